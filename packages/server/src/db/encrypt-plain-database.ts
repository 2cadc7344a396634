import fs from 'node:fs';
import path from 'node:path';
import { openSqliteFile, syncFile, tableCounts, type SqliteConnection } from './sqlite-file.js';
import { sqliteFileState } from '../files/sqlite-header.js';

// A database made by a release before encryption is encrypted in place on the first start, with nothing lost:
//
//   1. lock: the plain database leaves WAL mode (its WAL is folded in) and is locked for this process alone
//   2. backup: a consistent copy (SQLite's backup API) to <db>.plain-backup, mode 0600
//   3. export: another copy to <db>.encrypting, encrypted there with SQLCipher's rekey
//   4. verify: the encrypted copy opens with the key, passes integrity_check, has the same tables and row counts
//   5. keep: the verified encrypted copy is also kept as <db>.before-encryption (encrypted, so it adds no risk),
//      for an upgrade to undo by hand if something the checks cannot see went wrong
//   6. switch: <db>.encrypting is renamed over <db> (atomic), and the plain database's -wal and -shm are removed
//   7. clean: the plaintext backup is removed, so no plaintext stays on disk
//
// A crash at any step leaves either the plain original (the next start starts over, removing the partial
// files) or the verified encrypted database (the next start removes the plaintext backup).

export type EncryptionStep =
  'locked' | 'backed-up' | 'exported' | 'verified' | 'kept' | 'switched' | 'cleaned';

export const suffixes = {
  plainBackup: '.plain-backup',
  encrypting: '.encrypting',
  beforeEncryption: '.before-encryption',
  partial: '.partial',
} as const;

export class DatabaseEncryptionError extends Error {
  override name = 'DatabaseEncryptionError';
}

function removeFiles(files: string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}

function syncDir(dir: string): void {
  syncFile(dir);
}

/** Partial files of an attempt that did not finish (the plain original is still the database). */
function leftoversOfAttempt(file: string): string[] {
  const { plainBackup, encrypting, beforeEncryption, partial } = suffixes;
  return [
    `${file}${plainBackup}${partial}`,
    `${file}${plainBackup}`,
    `${file}${encrypting}`,
    `${file}${encrypting}-journal`,
    `${file}${beforeEncryption}${partial}`,
  ];
}

/**
 * After the encrypted database opened with its key: removes the plaintext backup that a crash between the switch
 * and the clean-up left behind. Returns whether there was one.
 */
export function finishEarlierEncryption(file: string): boolean {
  const leftover = `${file}${suffixes.plainBackup}`;
  const found = fs.existsSync(leftover);
  removeFiles([...leftoversOfAttempt(file)]);
  return found;
}

function lockPlain(file: string): SqliteConnection {
  const plain = openSqliteFile(file, null);
  try {
    plain.pragma('busy_timeout = 5000');
    const check = plain.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new DatabaseEncryptionError(
        `The database ${file} is damaged (SQLite's integrity check says: ${String(check)}), so it was not ` +
          'encrypted and nothing was changed. Restore it from a backup.',
      );
    // Leaving WAL mode folds the WAL into the file and removes it; it needs every other connection gone.
    plain.pragma('journal_mode = DELETE');
    plain.pragma('locking_mode = EXCLUSIVE');
    plain.exec('BEGIN EXCLUSIVE; COMMIT');
    return plain;
  } catch (error) {
    plain.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new DatabaseEncryptionError(
        `The database ${file} is in use by another program (an IEP Ready server or command of an older version?), ` +
          'so it could not be encrypted. Stop the other program and start again. Nothing was changed.',
        { cause: error },
      );
    throw error;
  }
}

async function copyTo(plain: SqliteConnection, target: string): Promise<void> {
  const partial = `${target}${suffixes.partial}`;
  fs.rmSync(partial, { force: true });
  fs.closeSync(fs.openSync(partial, 'w', 0o600));
  await plain.backup(partial);
  fs.chmodSync(partial, 0o600);
  syncFile(partial);
  fs.renameSync(partial, target);
}

function differences(expected: Map<string, number>, found: Map<string, number>): string[] {
  const lines: string[] = [];
  for (const [name, rows] of expected)
    if (found.get(name) !== rows)
      lines.push(`${name}: ${rows} rows before, ${found.get(name) ?? 'none'} after`);
  for (const name of found.keys()) if (!expected.has(name)) lines.push(`${name}: a table that was not there`);
  return lines;
}

export interface EncryptionOutcome {
  tables: number;
  rows: number;
}

/**
 * Encrypts the plain SQLite database `file` with `key` (see the steps above). `afterStep` lets tests stop at each
 * step as a crash would. Throws DatabaseEncryptionError, leaving the plain original, when it cannot be done.
 */
export async function encryptPlainDatabase(
  file: string,
  key: Buffer,
  afterStep: (step: EncryptionStep) => void = () => undefined,
): Promise<EncryptionOutcome> {
  if (sqliteFileState(file) !== 'plain') throw new Error(`${file} is not a plain SQLite database.`);
  removeFiles(leftoversOfAttempt(file));
  const plain = lockPlain(file);
  const encrypting = `${file}${suffixes.encrypting}`;
  let expected: Map<string, number>;
  try {
    expected = tableCounts(plain);
    afterStep('locked');
    await copyTo(plain, `${file}${suffixes.plainBackup}`);
    afterStep('backed-up');

    fs.closeSync(fs.openSync(encrypting, 'w', 0o600));
    await plain.backup(encrypting);
    const target = openSqliteFile(encrypting, null);
    try {
      target.pragma(`cipher = 'sqlcipher'`);
      target.pragma('legacy = 4');
      target.pragma(`rekey = "x'${key.toString('hex')}'"`);
    } finally {
      target.close();
    }
    syncFile(encrypting);
    afterStep('exported');

    const check = openSqliteFile(encrypting, key);
    try {
      const integrity = check.pragma('integrity_check', { simple: true });
      const problems = [
        ...(sqliteFileState(encrypting) === 'encrypted' ? [] : ['the copy is not encrypted']),
        ...(integrity === 'ok' ? [] : [`integrity check: ${String(integrity)}`]),
        ...differences(expected, tableCounts(check)),
      ];
      if (problems.length > 0)
        throw new DatabaseEncryptionError(
          `The encrypted copy of ${file} did not match the original (${problems.join('; ')}), so the database ` +
            'was left as it was, unencrypted. Please report this problem.',
        );
    } finally {
      check.close();
    }
    afterStep('verified');

    const kept = `${file}${suffixes.beforeEncryption}`;
    fs.copyFileSync(encrypting, `${kept}${suffixes.partial}`);
    fs.chmodSync(`${kept}${suffixes.partial}`, 0o600);
    syncFile(`${kept}${suffixes.partial}`);
    fs.renameSync(`${kept}${suffixes.partial}`, kept);
    afterStep('kept');

    // The plain file is out of WAL mode and locked by us: it has no -wal, and no other connection can make one.
    removeFiles([`${file}-wal`, `${file}-shm`, `${file}-journal`]);
    fs.renameSync(encrypting, file);
    syncDir(path.dirname(file));
  } finally {
    plain.close();
  }
  afterStep('switched');
  removeFiles([`${file}${suffixes.plainBackup}`]);
  syncDir(path.dirname(file));
  afterStep('cleaned');
  return {
    tables: expected.size,
    rows: [...expected.values()].reduce((sum, n) => sum + n, 0),
  };
}
