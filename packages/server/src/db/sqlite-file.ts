import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';

// Opening the SQLite file: SQLCipher 4 pages (AES-256-CBC with an HMAC-SHA512 per page, from the
// better-sqlite3-multiple-ciphers build of SQLite3 Multiple Ciphers), so the file, its WAL and its rollback
// journal hold only ciphertext. The key is a raw 256-bit key (x'…'), not a passphrase: it is already uniformly
// random (derived from the key file), so SQLCipher's PBKDF2 (256,000 rounds) would add about 100 ms to every
// open (each CLI command) and no strength. Temporary tables, indexes and sorts stay in memory (temp_store), so
// SQLite never writes a plaintext temp file.

export type SqliteConnection = SqliteDatabase.Database;

/** The database file could not be opened with this key (another key file, or the file is damaged). */
export class DatabaseKeyError extends Error {
  override name = 'DatabaseKeyError';
}

export function wrongKeyMessage(file: string, keyFile: string): string {
  return (
    `The database ${file} cannot be opened with the key file ${keyFile}: that key does not belong to this ` +
    'database (the key file may have been replaced), or the database file is damaged. Restore the key file that ' +
    'belongs to this data folder from your backup (the copy made with "iep key export"), or set IEP_KEY_FILE to ' +
    'where it is. Nothing was changed.'
  );
}

/**
 * Opens (or creates) the file with the SQLCipher key, or plain when `key` is null, and reads the schema once so a
 * wrong key fails here with DatabaseKeyError instead of at the first query.
 */
export function openSqliteFile(
  file: string,
  key: Buffer | null,
  options: { readonly?: boolean; keyFile?: string } = {},
): SqliteConnection {
  const database = new SqliteDatabase(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    if (key !== null) {
      database.pragma(`cipher = 'sqlcipher'`);
      database.pragma('legacy = 4');
      database.pragma(`key = "x'${key.toString('hex')}'"`);
    }
    database.pragma('temp_store = MEMORY');
    database.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    database.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB')
      throw new DatabaseKeyError(wrongKeyMessage(file, options.keyFile ?? 'in use'), { cause: error });
    throw error;
  }
  return database;
}

/**
 * The settings of a working connection: WAL (readers never wait for the writer), foreign keys, busy wait, and a
 * page cache of up to 64 MiB: a page read from disk is decrypted once and then served from memory (SQLite's default
 * 2 MiB made a transcript search decrypt the same full-text pages again and again).
 */
export function tuneConnection(database: SqliteConnection): void {
  database.pragma('cache_size = -65536');
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
}

/** Table names (SQLite's own excluded) and their row counts: what an encrypted copy must match. */
export function tableCounts(database: SqliteConnection): Map<string, number> {
  const names = database
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    .pluck()
    .all() as string[];
  return new Map(
    names.map((name) => [
      name,
      Number(
        database
          .prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      ),
    ]),
  );
}

/** Writes a file's data and the folder entry to disk (a rename is only durable once its folder is synced). */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
