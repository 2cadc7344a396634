import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BlobIntegrityError } from './blob-format.js';
import { readSealed, sealedPlainBytes, writeSealed, type ByteRange } from './sealed-file.js';

export { BlobIntegrityError } from './blob-format.js';
export type { ByteRange } from './sealed-file.js';

export interface StoredBlob {
  id: string;
  /** SHA-256 (hex) of the plaintext. */
  sha256: string;
  bytes: number;
}

/** Where encrypted audio is kept. Every method works on plaintext; encryption is the store's business. */
export interface BlobStore {
  put(source: Readable | Buffer): Promise<StoredBlob>;
  openRead(id: string, range?: ByteRange): Readable;
  size(id: string): Promise<number>;
  delete(id: string): Promise<void>;
  verify(id: string): Promise<{ ok: boolean; sha256: string | null; bytes: number | null; error?: string }>;
  /** The file of a blob, for tests that damage it on purpose. */
  pathOf(id: string): string;
}

export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
}

const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** The local-folder adapter: `<dir>/<2 chars>/<id>`, written to a temp file, fsynced, then renamed. */
export function localBlobStore(dir: string, masterKey: Buffer): BlobStore {
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true, mode: 0o700 });

  const pathOf = (id: string): string => {
    if (!ID_PATTERN.test(id)) throw new BlobNotFoundError('No such stored file.');
    return path.join(dir, id.slice(0, 2), id);
  };

  async function put(source: Readable | Buffer): Promise<StoredBlob> {
    const id = randomBytes(18).toString('base64url');
    const tmp = path.join(tmpDir, `${id}.tmp`);
    const handle = await fs.promises.open(tmp, 'wx', 0o600);
    let written;
    try {
      written = await writeSealed(handle, masterKey, source);
    } catch (error) {
      await handle.close();
      await fs.promises.rm(tmp, { force: true });
      throw error;
    }
    await handle.close();
    const target = pathOf(id);
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.promises.rename(tmp, target);
    // The rename is durable only once the folder itself is synced.
    const dirHandle = await fs.promises.open(path.dirname(target), 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
    return { id, sha256: written.sha256, bytes: written.bytes };
  }

  // A generator, so a bad id fails the read stream (as a missing file does), not the call that opens it.
  async function* segments(id: string, range: ByteRange | undefined): AsyncGenerator<Buffer> {
    yield* readSealed(pathOf(id), masterKey, range);
  }

  return {
    put,
    pathOf,
    openRead: (id, range) => Readable.from(segments(id, range), { objectMode: false }),
    size: async (id) => {
      const stat = await fs.promises.stat(pathOf(id));
      return sealedPlainBytes(stat.size);
    },
    delete: async (id) => {
      await fs.promises.rm(pathOf(id), { force: true });
    },
    verify: async (id) => {
      const hash = createHash('sha256');
      let bytes = 0;
      try {
        for await (const chunk of segments(id, undefined)) {
          hash.update(chunk);
          bytes += chunk.length;
        }
      } catch (error) {
        if (error instanceof BlobIntegrityError)
          return { ok: false, sha256: null, bytes: null, error: error.message };
        throw error;
      }
      return { ok: true, sha256: hash.digest('hex'), bytes };
    },
  };
}
