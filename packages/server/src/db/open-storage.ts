import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { ensurePrivateDir } from '../files/private-modes.js';
import { prepareDataFolder } from '../files/prepare-data-folder.js';
import { databaseKey, keyUsers, loadOrCreateKeyFile } from '../keys/key-file.js';
import {
  encryptPlainDatabase,
  finishEarlierEncryption,
  suffixes,
  type EncryptionStep,
} from './encrypt-plain-database.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { sqliteFileState } from '../files/sqlite-header.js';
import { openSqliteFile, tuneConnection, type SqliteConnection } from './sqlite-file.js';
import { withStatementCache } from './sqlite-statements.js';

export interface Storage {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** The clock that services stamp their writes with (the app's clock in tests), so the paper trail has one time. */
  now(): Date;
  /** What opening did that the operator should hear of once: modes tightened, the database encrypted. */
  notices: readonly string[];
  close(): Promise<void>;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface OpenStorageOptions {
  now?: () => Date;
  /**
   * Benchmarks only (scripts/bench): a plain SQLite file through the same code, to print what encryption costs.
   * No setting reaches it; the app and the CLI always encrypt.
   */
  unencryptedForBenchmark?: boolean;
  /** Tests only: called after each step of encrypting a plain database; throwing there stops it as a crash would. */
  afterEncryptionStep?: (step: EncryptionStep) => void;
}

type Opened = Omit<Storage, 'notices'> & { notices: string[] };

/**
 * Prepares the data folder (private modes, stale temp files), opens the database the config names (SQLite:
 * encrypted with the key file, a plain one from an older release encrypted first) and brings its schema up to
 * date. Throws MigrationError, KeyFileError, DatabaseKeyError or DatabaseEncryptionError with a plain message.
 */
export async function openStorage(
  config: Pick<Config, 'database' | 'dataDir' | 'keyFile'>,
  options: OpenStorageOptions = {},
): Promise<Storage> {
  const notices = prepareDataFolder(config);
  // Made (or checked) at the first start on either database: it encrypts the recordings too, and it should
  // exist to be exported ("iep key export") before there is anything to lose.
  const masterKey = loadOrCreateKeyFile(config.keyFile, keyUsers(config));
  const opened =
    config.database.kind === 'sqlite'
      ? await openSqlite(config.database.file, databaseKey(masterKey), config.keyFile, options)
      : openPostgres(config.database.url);
  const storage = options.now ? { ...opened, now: options.now } : opened;
  storage.notices.unshift(...notices);
  try {
    await migrateToLatest(storage.db);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

async function openSqlite(
  file: string,
  key: Buffer,
  keyFile: string,
  options: OpenStorageOptions,
): Promise<Opened> {
  ensurePrivateDir(path.dirname(file));
  const notices: string[] = [];
  let database: SqliteConnection;
  if (options.unencryptedForBenchmark) {
    if (sqliteFileState(file) === 'encrypted')
      throw new Error(`${file} is encrypted; a plain bench needs a new file.`);
    database = openSqliteFile(file, null);
  } else {
    const state = sqliteFileState(file);
    if (state === 'plain') {
      const outcome = await encryptPlainDatabase(file, key, options.afterEncryptionStep);
      notices.push(
        `Encrypted the database ${file} (${outcome.tables} tables, ${outcome.rows} rows, checked against the ` +
          `original). A copy from before, also encrypted, is kept as ${file}${suffixes.beforeEncryption}: ` +
          'delete it once everything looks right.',
      );
    }
    // Made here with mode 0600: SQLite gives its -wal and -shm files the mode of the database file.
    if (state === 'missing') fs.closeSync(fs.openSync(file, 'a', 0o600));
    database = openSqliteFile(file, key, { keyFile });
    if (state === 'encrypted' && finishEarlierEncryption(file))
      notices.push(
        `Finished encrypting the database ${file}: removed the unencrypted backup an interrupted start left.`,
      );
  }
  tuneConnection(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', now: () => new Date(), notices, close: () => db.destroy() };
}

function openPostgres(url: string): Opened {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle connection that the database drops (restart, admin command) is an 'error' event on the pool;
  // without a listener Node would crash the server. pg already removes the broken client; the next query
  // opens a new one, and a query on a dead database fails on its own with a clear error.
  pool.on('error', (error) => {
    process.emitWarning(`A PostgreSQL connection was closed: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', now: () => new Date(), notices: [], close: () => db.destroy() };
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
