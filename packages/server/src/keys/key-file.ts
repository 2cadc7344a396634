import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { sqliteFileState } from '../files/sqlite-header.js';

// One key file, outside the database, opens everything at rest: each recording's key and the database key are
// derived from it with HKDF under different labels, so neither key can be computed from the other. A copied data
// folder or a stolen laptop backup without this file reveals nothing. It is made once, on the first start,
// readable by the server's user only, and never replaced while something encrypted with it exists.

export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

export const KEY_BYTES = 32;
const DATABASE_KEY_INFO = Buffer.from('iep-ready sqlite database key v1', 'ascii');

/** What a new key would lock out: stored recordings and an encrypted database. */
export interface KeyUsers {
  blobsDir: string;
  /** The SQLite file (null on PostgreSQL). */
  databaseFile: string | null;
}

/** Where they are, from the config. */
export function keyUsers(config: Pick<Config, 'dataDir' | 'database'>): KeyUsers {
  return {
    blobsDir: path.join(config.dataDir, 'blobs'),
    databaseFile: config.database.kind === 'sqlite' ? config.database.file : null,
  };
}

function hasBlobs(blobsDir: string): boolean {
  if (!fs.existsSync(blobsDir)) return false;
  const stack = [blobsDir];
  while (stack.length > 0) {
    const dir = stack.pop() ?? '';
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.tmp')) return true;
      if (entry.isDirectory()) stack.push(path.join(dir, entry.name));
    }
  }
  return false;
}

/** The key file as bytes; throws KeyFileError when it is not a valid key. */
export function readKeyFile(keyFile: string): Buffer {
  const key = Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES)
    throw new KeyFileError(
      `The key file ${keyFile} is not valid (it must hold a ${KEY_BYTES}-byte key in base64). Restore it from your backup.`,
    );
  return key;
}

/** What is stored encrypted with the key, in words ("recordings are stored in …"); empty when nothing is. */
export function encryptedWithTheKey(users: KeyUsers): string[] {
  return [
    ...(hasBlobs(users.blobsDir) ? [`recordings are stored in ${users.blobsDir}`] : []),
    ...(users.databaseFile !== null && sqliteFileState(users.databaseFile) === 'encrypted'
      ? [`the encrypted database ${users.databaseFile} exists`]
      : []),
  ];
}

/**
 * Reads the key file, or makes it (mode 0600) when it does not exist and nothing encrypted was stored yet. A missing
 * key next to stored recordings or an encrypted database stops the start: a new key would make them unreadable.
 */
export function loadOrCreateKeyFile(keyFile: string, users: KeyUsers): Buffer {
  if (fs.existsSync(keyFile)) return readKeyFile(keyFile);
  const locked = encryptedWithTheKey(users);
  if (locked.length > 0)
    throw new KeyFileError(
      `The key file ${keyFile} is missing, but ${locked.join(' and ')}. Without that key they cannot be opened. ` +
        'Restore the key file from your backup (the copy made with "iep key export"), or set IEP_KEY_FILE to where it is. ' +
        'IEP Ready did not make a new key and changed nothing.',
    );
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  // 'wx': never overwrite a key another process made in the meantime.
  try {
    fs.writeFileSync(keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKeyFile(keyFile, users);
    throw error;
  }
  return key;
}

/**
 * The SQLCipher key of the database: HKDF-SHA256 of the key file's key with its own label (the recordings use
 * another), 32 bytes, handed to SQLCipher as a raw key.
 */
export function databaseKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), DATABASE_KEY_INFO, KEY_BYTES));
}
