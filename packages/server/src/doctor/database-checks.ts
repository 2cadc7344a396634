import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { suffixes } from '../db/encrypt-plain-database.js';
import { openSqliteFile } from '../db/sqlite-file.js';
import { sqliteFileState } from '../files/sqlite-header.js';
import { databaseKey, readKeyFile } from '../keys/key-file.js';
import { ok, problem, warning, type Check } from './check.js';

const TOPIC = 'Database';

/** SQLite: the file has no plaintext header, opens with the key, and no plaintext copy lies beside it. */
export function sqliteChecks(file: string, keyFile: string): Check[] {
  const checks: Check[] = [];
  const state = sqliteFileState(file);
  if (state === 'missing')
    checks.push(
      warning(TOPIC, `There is no database at ${file} yet. It is made, encrypted, at the first start.`),
    );
  else if (state === 'plain')
    checks.push(
      problem(
        TOPIC,
        `The database ${file} is not encrypted (it starts with the plain SQLite header). Start IEP Ready once ` +
          '("iep serve"): it makes a backup, encrypts the database and checks that nothing was lost.',
      ),
    );
  else {
    try {
      openSqliteFile(file, databaseKey(readKeyFile(keyFile)), { readonly: true, keyFile }).close();
      checks.push(
        ok(TOPIC, `The database ${file} is encrypted (SQLCipher 4, AES-256) and opens with the key file.`),
      );
    } catch (error) {
      checks.push(problem(TOPIC, (error as Error).message));
    }
  }
  const folder = path.dirname(file);
  const base = path.basename(file);
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (name === base || !name.startsWith(base) || /-(wal|shm|journal)$/.test(name)) continue;
    if (sqliteFileState(path.join(folder, name)) !== 'plain') continue;
    const leftover = name === `${base}${suffixes.plainBackup}`;
    checks.push(
      problem(
        TOPIC,
        `${path.join(folder, name)} is an unencrypted copy of the database. ` +
          (leftover
            ? 'An interrupted start left it: start IEP Ready again to finish encrypting, which removes it.'
            : 'Delete it (or move it somewhere safe) unless you still need it.'),
      ),
    );
  }
  return checks;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** PostgreSQL: is the connection encrypted when it leaves this computer, and a reminder about its disk. */
export async function postgresChecks(url: string): Promise<Check[]> {
  const parsed = new URL(url);
  const host = decodeURIComponent(parsed.hostname) || parsed.searchParams.get('host') || 'localhost';
  const sslmode = parsed.searchParams.get('sslmode') ?? 'prefer (not set)';
  const local = LOOPBACK.test(host) || host.startsWith('/');
  const checks: Check[] = [];
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const row = (
      await client.query<{ ssl: boolean; version: string | null }>(
        'select ssl, version from pg_stat_ssl where pid = pg_backend_pid()',
      )
    ).rows[0];
    const tls = row?.ssl === true;
    if (local)
      checks.push(
        ok(
          TOPIC,
          `PostgreSQL is on this computer (${host}), so the connection does not cross a network` +
            `${tls ? ` (and it is encrypted, ${row?.version ?? 'TLS'})` : ''}.`,
        ),
      );
    else if (!tls)
      checks.push(
        warning(
          TOPIC,
          `The connection to PostgreSQL at ${host} is not encrypted: case files and transcripts cross the ` +
            'network in the clear. Turn on TLS on the server and add sslmode=verify-full to DATABASE_URL.',
        ),
      );
    else if (sslmode !== 'verify-full')
      checks.push(
        warning(
          TOPIC,
          `The connection to PostgreSQL at ${host} is encrypted (${row?.version ?? 'TLS'}), but sslmode is ` +
            `${sslmode}: use sslmode=verify-full in DATABASE_URL so the server's certificate and name are checked.`,
        ),
      );
    else
      checks.push(
        ok(
          TOPIC,
          `The connection to PostgreSQL at ${host} is encrypted (${row?.version ?? 'TLS'}) and checks the server's certificate.`,
        ),
      );
  } catch (error) {
    checks.push(problem(TOPIC, `Could not connect to PostgreSQL at ${host}: ${(error as Error).message}`));
  } finally {
    await client.end().catch(() => undefined);
  }
  checks.push(
    warning(
      TOPIC,
      'PostgreSQL keeps its data unencrypted on its own disk, which IEP Ready cannot check from here. Make sure ' +
        "the database server's disk is encrypted (LUKS, BitLocker, or your cloud's disk encryption) and so are its backups.",
    ),
  );
  return checks;
}

export function databaseChecks(config: Pick<Config, 'database' | 'keyFile'>): Promise<Check[]> | Check[] {
  return config.database.kind === 'sqlite'
    ? sqliteChecks(config.database.file, config.keyFile)
    : postgresChecks(config.database.url);
}
