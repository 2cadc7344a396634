import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localBlobStore } from '../blobs/blob-store.js';
import { databaseKey, KeyFileError, loadOrCreateKeyFile } from './key-file.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-keys-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const users = (name: string, databaseFile: string | null = null) => ({
  blobsDir: path.join(dir, name, 'blobs'),
  databaseFile,
});

describe('the key file', () => {
  it('is made once with mode 0600 in a 0700 folder, then read back', () => {
    const keyFile = path.join(dir, 'k1', 'keys', 'blob.key');
    const made = loadOrCreateKeyFile(keyFile, users('k1'));
    expect(made).toHaveLength(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(loadOrCreateKeyFile(keyFile, users('k1')).equals(made)).toBe(true);
  });

  it('is never silently replaced when recordings exist', async () => {
    const keyFile = path.join(dir, 'k2', 'blob.key');
    const s = localBlobStore(users('k2').blobsDir, loadOrCreateKeyFile(keyFile, users('k2')));
    await s.put(Buffer.from('hello'));
    fs.rmSync(keyFile);
    expect(() => loadOrCreateKeyFile(keyFile, users('k2'))).toThrow(KeyFileError);
    expect(() => loadOrCreateKeyFile(keyFile, users('k2'))).toThrow(/missing.*Restore the key file/);
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('is never silently replaced when an encrypted database exists, but is made next to a plain one', () => {
    const keyFile = path.join(dir, 'k3', 'blob.key');
    fs.mkdirSync(path.join(dir, 'k3'));
    const database = path.join(dir, 'k3', 'iep.sqlite');
    fs.writeFileSync(database, randomBytes(4096));
    expect(() => loadOrCreateKeyFile(keyFile, users('k3', database))).toThrow(
      /missing, but the encrypted database .*iep\.sqlite exists.*did not make a new key/,
    );
    expect(fs.existsSync(keyFile)).toBe(false);
    // A database from the release before encryption: the key is made, so it can be encrypted with it.
    fs.writeFileSync(
      database,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]),
    );
    expect(loadOrCreateKeyFile(keyFile, users('k3', database))).toHaveLength(32);
  });

  it('refuses a file that does not hold a 32-byte key', () => {
    const keyFile = path.join(dir, 'bad.key');
    fs.writeFileSync(keyFile, 'c2hvcnQ=\n');
    expect(() => loadOrCreateKeyFile(keyFile, users('k4'))).toThrow(/is not valid/);
  });
});

describe('the database key', () => {
  it('is derived (32 bytes), the same every time, and differs from the key file and between key files', () => {
    const master = randomBytes(32);
    const key = databaseKey(master);
    expect(key).toHaveLength(32);
    expect(databaseKey(master).equals(key)).toBe(true);
    expect(key.equals(master)).toBe(false);
    expect(databaseKey(randomBytes(32)).equals(key)).toBe(false);
  });
});
