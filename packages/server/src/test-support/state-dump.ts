import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Storage } from '../db/open-storage.js';

// Everything a request could have changed, as plain data a test can compare: every row of every table the
// database has (found by Kysely's introspection, so a table added later is in without anyone listing it) and the
// SHA-256 of every file under the data folder. "A refused request changed nothing" is then one toEqual.

export interface StateDump {
  tables: Record<string, string[]>;
  files: Record<string, string>;
}

/** The database files themselves: their bytes move with checkpoints even when no row changed (rows are dumped). */
const DATABASE_FILE = /^iep\.sqlite(-wal|-shm|-journal)?$/;

function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return `bytes:${Buffer.from(value).toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Every row of every table (both databases), each row as one JSON line with its columns in name order, sorted. */
export async function dumpTables(storage: Storage): Promise<Record<string, string[]>> {
  const tables = await storage.db.introspection.getTables({ withInternalKyselyTables: true });
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    if (table.isView) continue;
    const name = table.schema ? `${table.schema}.${table.name}` : table.name;
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(storage.db);
    out[name] = result.rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => [column, plain(row[column])]),
        ),
      )
      .sort();
  }
  return out;
}

/** SHA-256 of every file under the data folder (blobs, uploads, keys, temp files), by relative path. */
export function hashDataFiles(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !(dir === dataDir && DATABASE_FILE.test(entry.name)))
        out[path.relative(dataDir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dataDir);
  return out;
}

export async function dumpState(storage: Storage, dataDir: string): Promise<StateDump> {
  return { tables: await dumpTables(storage), files: hashDataFiles(dataDir) };
}
