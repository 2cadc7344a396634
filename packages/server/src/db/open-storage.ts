import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export interface Storage {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** The clock that services stamp their writes with (the app's clock in tests), so the paper trail has one time. */
  now(): Date;
  close(): Promise<void>;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Opens the database the config names and brings its schema up to date. Throws MigrationError on failure. */
export async function openStorage(
  config: Pick<Config, 'database'>,
  options: { now?: () => Date } = {},
): Promise<Storage> {
  const opened =
    config.database.kind === 'sqlite' ? openSqlite(config.database.file) : openPostgres(config.database.url);
  const storage = options.now ? { ...opened, now: options.now } : opened;
  try {
    await migrateToLatest(storage.db);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

function openSqlite(file: string): Storage {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', now: () => new Date(), close: () => db.destroy() };
}

function openPostgres(url: string): Storage {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle connection that the database drops (restart, admin command) is an 'error' event on the pool;
  // without a listener Node would crash the server. pg already removes the broken client; the next query
  // opens a new one, and a query on a dead database fails on its own with a clear error.
  pool.on('error', (error) => {
    process.emitWarning(`A PostgreSQL connection was closed: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', now: () => new Date(), close: () => db.destroy() };
}

/** Applies the migrations not applied yet; the provider is a parameter so tests can feed a failing one. */
export async function migrateToLatest(
  db: Kysely<Database>,
  provider: MigrationProvider = migrationProvider,
): Promise<string[]> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    throw new MigrationError(`Could not reach the database to update its tables: ${describe(error)}`, {
      cause: error,
    });
  }
  const migrator = new Migrator({ db, provider });
  const outcome = await migrator.migrateToLatest();
  const failed = outcome.results?.find((r) => r.status === 'Error');
  if (outcome.error !== undefined) {
    const name = failed ? ` "${failed.migrationName}"` : '';
    throw new MigrationError(
      `The database update${name} failed, so the server did not start. Nothing after it was applied. Cause: ${describe(outcome.error)}`,
      { cause: outcome.error },
    );
  }
  return (outcome.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
