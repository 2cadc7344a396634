import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  BlobIntegrityError,
  HEADER_BYTES,
  SEGMENT_PLAIN,
  SEGMENT_SEALED,
  layoutFromFileSize,
  newHeader,
  openSegment,
  parseHeader,
  sealSegment,
} from './blob-format.js';

export { BlobIntegrityError } from './blob-format.js';

/** Inclusive byte range of the plaintext, like HTTP's: `end` defaults to the last byte. */
export interface ByteRange {
  start: number;
  end?: number;
}

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

async function* chunksOf(source: Readable | Buffer): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    yield source;
    return;
  }
  for await (const chunk of source) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
}

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
    const header = newHeader(masterKey);
    const hash = createHash('sha256');
    let bytes = 0;
    let counter = 0;
    try {
      await handle.write(header.bytes);
      // One full segment is held back until more data arrives: only then is it known not to be the last.
      let pending: Buffer = Buffer.alloc(0);
      for await (const chunk of chunksOf(source)) {
        hash.update(chunk);
        bytes += chunk.length;
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        while (pending.length > SEGMENT_PLAIN) {
          await handle.write(sealSegment(header, counter++, false, pending.subarray(0, SEGMENT_PLAIN)));
          pending = pending.subarray(SEGMENT_PLAIN);
        }
      }
      await handle.write(sealSegment(header, counter, true, pending));
      await handle.sync();
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
    return { id, sha256: hash.digest('hex'), bytes };
  }

  async function* segments(id: string, range: ByteRange | undefined): AsyncGenerator<Buffer> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(pathOf(id), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new BlobIntegrityError('This stored audio file is missing from the blob folder.');
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const layout = layoutFromFileSize(size);
      const headerBytes = Buffer.alloc(HEADER_BYTES);
      await handle.read(headerBytes, 0, HEADER_BYTES, 0);
      const header = parseHeader(masterKey, headerBytes);
      const start = range?.start ?? 0;
      const end = Math.min(range?.end ?? layout.plainBytes - 1, layout.plainBytes - 1);
      if (start > end) {
        // Still authenticate the last segment of an empty blob so a damaged empty file is not "fine".
        if (layout.plainBytes === 0) await readSegment(handle, header, 0, true, 0);
        return;
      }
      const first = Math.floor(start / SEGMENT_PLAIN);
      const lastNeeded = Math.floor(end / SEGMENT_PLAIN);
      for (let i = first; i <= lastNeeded; i++) {
        const isLast = i === layout.segments - 1;
        const plainLength = isLast ? layout.plainBytes - i * SEGMENT_PLAIN : SEGMENT_PLAIN;
        const plain = await readSegment(handle, header, i, isLast, plainLength);
        const from = i === first ? start - i * SEGMENT_PLAIN : 0;
        const to = i === lastNeeded ? end - i * SEGMENT_PLAIN + 1 : plain.length;
        yield plain.subarray(from, to);
      }
    } finally {
      await handle.close();
    }
  }

  async function readSegment(
    handle: fs.promises.FileHandle,
    header: ReturnType<typeof parseHeader>,
    index: number,
    last: boolean,
    plainLength: number,
  ): Promise<Buffer> {
    const sealed = Buffer.alloc(plainLength + 16);
    const { bytesRead } = await handle.read(sealed, 0, sealed.length, HEADER_BYTES + index * SEGMENT_SEALED);
    if (bytesRead !== sealed.length) throw new BlobIntegrityError('This stored audio file is cut short.');
    return openSegment(header, index, last, sealed);
  }

  return {
    put,
    pathOf,
    openRead: (id, range) => Readable.from(segments(id, range), { objectMode: false }),
    size: async (id) => {
      const stat = await fs.promises.stat(pathOf(id));
      return layoutFromFileSize(stat.size).plainBytes;
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
