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

/** Tables no request writes, whose rows move on their own: left out of the dump, each with the reason. */
const MOVES_ON_ITS_OWN: Record<string, string> = {
  'pgboss.version': 'pg-boss stamps when it last ran its own maintenance (every few minutes, whatever we do)',
};

/** Every table of the database (schema-qualified on PostgreSQL), found by Kysely's introspection. */
export async function listTables(storage: Storage): Promise<string[]> {
  const tables = await storage.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables
    .filter((t) => !t.isView)
    .map((t) => (t.schema ? `${t.schema}.${t.name}` : t.name))
    .filter((name) => !(name in MOVES_ON_ITS_OWN));
}

/**
 * Every row of every table, each row as one JSON line with its columns in name order, sorted. `tables` saves
 * the introspection when dumping often (the fuzz tests); by default the tables are looked up each time.
 */
export async function dumpTables(storage: Storage, tables?: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of tables ?? (await listTables(storage))) {
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

export async function dumpState(storage: Storage, dataDir: string, tables?: string[]): Promise<StateDump> {
  return { tables: await dumpTables(storage, tables), files: hashDataFiles(dataDir) };
}
