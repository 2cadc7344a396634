import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import {
  BlobIntegrityError,
  HEADER_BYTES,
  SEGMENT_PLAIN,
  SEGMENT_SEALED,
  TAG_BYTES,
  layoutFromFileSize,
  newHeader,
  openSegment,
  parseHeader,
  sealSegment,
  type BlobHeader,
} from './blob-format.js';

// One sealed file (blob-format.ts) written from a stream and read back as plaintext: what the blob store keeps,
// and what an upload in progress keeps (each piece of a tus upload is one sealed file, see uploads/).

/** Inclusive byte range of the plaintext, like HTTP's: `end` defaults to the last byte. */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface SealedWrite {
  /** SHA-256 (hex) of the plaintext. */
  sha256: string;
  bytes: number;
  /** With `keepOnSourceError`: the source's error, after what arrived before it was sealed and kept. */
  sourceError?: unknown;
}

async function* chunksOf(source: Readable | Buffer | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    yield source;
    return;
  }
  for await (const chunk of source as AsyncIterable<Buffer | string>)
    yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/**
 * Writes `source` sealed into an open, empty file and fsyncs it. A source that fails mid-way (a dropped
 * connection) throws, unless `keepOnSourceError`: then what arrived is sealed as a whole file and the error is
 * returned. A failing write to the file always throws.
 */
export async function writeSealed(
  handle: fs.promises.FileHandle,
  masterKey: Buffer,
  source: Readable | Buffer | AsyncIterable<Buffer>,
  options: { keepOnSourceError?: boolean } = {},
): Promise<SealedWrite> {
  const header = newHeader(masterKey);
  const hash = createHash('sha256');
  let bytes = 0;
  let counter = 0;
  let sourceError: unknown;
  let failed = false;
  await handle.write(header.bytes);
  // One full segment is held back until more data arrives: only then is it known not to be the last.
  let pending: Buffer = Buffer.alloc(0);
  const chunks = chunksOf(source)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      if (!options.keepOnSourceError) throw error;
      sourceError = error;
      failed = true;
      break;
    }
    if (next.done) break;
    const chunk = next.value;
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
  return { sha256: hash.digest('hex'), bytes, ...(failed ? { sourceError } : {}) };
}

/** Writes `source` sealed to a new file (mode 0600; an existing file there is replaced). */
export async function writeSealedFile(
  file: string,
  masterKey: Buffer,
  source: Readable | Buffer | AsyncIterable<Buffer>,
  options: { keepOnSourceError?: boolean } = {},
): Promise<SealedWrite> {
  const handle = await fs.promises.open(file, 'w', 0o600);
  let written: SealedWrite;
  try {
    written = await writeSealed(handle, masterKey, source, options);
  } catch (error) {
    await handle.close();
    await fs.promises.rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return written;
}

/** The plaintext size of a sealed file of this size (an integrity error for a size no sealed file can have). */
export function sealedPlainBytes(fileBytes: number): number {
  return layoutFromFileSize(fileBytes).plainBytes;
}

/** The plaintext of a sealed file, or of a range of it, segment by segment (each checked before it is given). */
export async function* readSealed(
  file: string,
  masterKey: Buffer,
  range?: ByteRange,
  missing = 'This stored audio file is missing from the blob folder.',
): AsyncGenerator<Buffer> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobIntegrityError(missing);
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
  header: BlobHeader,
  index: number,
  last: boolean,
  plainLength: number,
): Promise<Buffer> {
  const sealed = Buffer.alloc(plainLength + TAG_BYTES);
  const { bytesRead } = await handle.read(sealed, 0, sealed.length, HEADER_BYTES + index * SEGMENT_SEALED);
  if (bytesRead !== sealed.length) throw new BlobIntegrityError('This stored audio file is cut short.');
  return openSegment(header, index, last, sealed);
}

/** Sealed files with the key held inside: what code outside the blob store gets instead of the key itself. */
export interface SealedFiles {
  write(
    file: string,
    source: Readable | Buffer | AsyncIterable<Buffer>,
    options?: { keepOnSourceError?: boolean },
  ): Promise<SealedWrite>;
  read(file: string, range?: ByteRange): AsyncGenerator<Buffer>;
}

export function sealedFiles(masterKey: Buffer): SealedFiles {
  return {
    write: (file, source, options) => writeSealedFile(file, masterKey, source, options),
    read: (file, range) => readSealed(file, masterKey, range, 'This stored file is missing.'),
  };
}
