import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The master key of the blob store lives in a file outside the database, so a copy of the database alone
// does not open the audio. It is made once, on the first start, readable by the server's user only.

export class BlobKeyError extends Error {
  override name = 'BlobKeyError';
}

const KEY_BYTES = 32;

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

/**
 * Reads the key file, or makes it (mode 0600) when it does not exist and no blob was stored yet. A missing
 * key next to existing blobs stops the start: a new key would make every stored recording unreadable.
 */
export function loadOrCreateBlobKey(keyFile: string, blobsDir: string): Buffer {
  if (fs.existsSync(keyFile)) {
    const key = Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
    if (key.length !== KEY_BYTES)
      throw new BlobKeyError(
        `The recording key file ${keyFile} is not valid (it must hold a ${KEY_BYTES}-byte key in base64). Restore it from your backup.`,
      );
    return key;
  }
  if (hasBlobs(blobsDir))
    throw new BlobKeyError(
      `The recording key file ${keyFile} is missing, but recordings are stored in ${blobsDir}. ` +
        'Without that key they cannot be opened. Restore the key file from your backup (or set IEP_KEY_FILE to where it is); the server did not make a new key.',
    );
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  // 'wx': never overwrite a key another process made in the meantime.
  try {
    fs.writeFileSync(keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateBlobKey(keyFile, blobsDir);
    throw error;
  }
  return key;
}
