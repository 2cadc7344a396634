import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// PostgreSQL for the benchmarks that measure both databases: DATABASE_URL, else the throwaway server, in a fresh
// database that is dropped afterwards.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** DATABASE_URL, or the throwaway server's (started if needed); null when neither is available. */
export function postgresUrl(): string | null {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  try {
    const out = execFileSync('bash', [join(root, 'scripts/postgres-throwaway.sh'), 'start'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim().split('\n').pop() ?? null;
  } catch {
    return null;
  }
}

/** Runs `work` against a new empty database on the server, then drops it; null when there is no PostgreSQL. */
export async function withFreshDatabase<T>(work: (url: string) => Promise<T>): Promise<T | null> {
  const base = postgresUrl();
  if (!base) return null;
  const name = `iep_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    // pg's pool.end() resolves before its sockets have closed; give them a moment so that the forced drop below
    // does not cut live connections (which only prints warnings, but alarming ones).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cleanup = new pg.Client({ connectionString: base });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}
