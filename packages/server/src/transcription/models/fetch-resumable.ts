import fs from 'node:fs';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ModelError } from './model-types.js';

// Downloads a file into `partial`, going on from what an earlier try left there: it asks for the rest with an
// HTTP Range header, and starts over when the server sends the whole file instead (no Range support) or a range
// that does not fit. A broken connection leaves the partial file for the next try; the caller decides when to
// give up and remove it.

export interface FetchResumableOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Called with bytes in the file so far and the total when the server says it. */
  onProgress?(done: number, total: number | null): void;
  /** The file writer: a seam for tests (a full disk). */
  createWriteStream?: (file: string, flags: 'a' | 'w') => Writable;
}

export class DiskFullError extends ModelError {
  override name = 'DiskFullError';
}

/** A connection that broke off or a server that did not answer: worth another try later. */
export class DownloadInterruptedError extends ModelError {
  override name = 'DownloadInterruptedError';
}

const sizeOf = (file: string): number => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};

/** "bytes 100-199/1000" -> { start: 100, total: 1000 }. */
function contentRange(header: string | null): { start: number; total: number | null } | null {
  const m = header ? /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header.trim()) : null;
  if (!m) return null;
  return { start: Number(m[1]), total: m[2] === '*' ? null : Number(m[2]) };
}

/**
 * Writes each chunk before taking the next (a stream's write buffer would be lost when the connection breaks, and
 * the partial file must hold exactly what was counted, so the next try asks for the right range).
 */
const defaultWriter = (file: string, flags: 'a' | 'w'): Writable => {
  const fd = fs.openSync(file, flags, 0o600);
  let closed = false;
  const close = () => {
    if (!closed) fs.closeSync(fd);
    closed = true;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      // Synchronous: a write in flight when the connection breaks would be cut from the file (chunks are small).
      try {
        fs.writeSync(fd, chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    final(done) {
      close();
      done();
    },
    destroy(error, done) {
      close();
      done(error);
    },
  });
};

const isDiskFull = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
};

/** Fetches `url` into `partial` (resuming); returns the total size. Throws plain ModelErrors. */
export async function fetchResumable(
  url: string,
  partial: string,
  options: FetchResumableOptions = {},
): Promise<number> {
  const fetchImpl = options.fetch ?? fetch;
  const have = sizeOf(partial);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      redirect: 'follow',
      headers: have > 0 ? { range: `bytes=${have}-` } : {},
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new DownloadInterruptedError('This computer cannot reach the model publisher right now.', {
      cause: error,
    });
  }
  // The file is already whole (a try that stopped after the last byte).
  if (response.status === 416 && have > 0) {
    const range = contentRange(response.headers.get('content-range'));
    await response.body?.cancel();
    if (range?.total === have) return have;
    fs.rmSync(partial, { force: true });
    return fetchResumable(url, partial, options);
  }
  if (!response.ok || !response.body)
    throw new DownloadInterruptedError(
      `The model publisher did not send the file (it answered ${response.status}). Try again later.`,
    );
  let done = 0;
  let total: number | null;
  if (response.status === 206) {
    const range = contentRange(response.headers.get('content-range'));
    if (!range || range.start !== have) {
      // A range we did not ask for: start over.
      await response.body.cancel();
      fs.rmSync(partial, { force: true });
      return fetchResumable(url, partial, options);
    }
    done = have;
    total = range.total;
  } else {
    // 200: the whole file (the server ignores Range, or nothing was there yet).
    total = Number(response.headers.get('content-length')) || null;
  }
  options.onProgress?.(done, total);
  const count = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      done += chunk.length;
      options.onProgress?.(done, total);
      next(null, chunk);
    },
  });
  const writer = (options.createWriteStream ?? defaultWriter)(partial, response.status === 206 ? 'a' : 'w');
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      count,
      writer,
      ...(options.signal ? [{ signal: options.signal }] : []),
    );
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    if (isDiskFull(error))
      throw new DiskFullError(
        'The disk is full, so the model could not be saved. Free some space, then try again.',
        { cause: error },
      );
    throw new DownloadInterruptedError('The connection broke off during the download.', { cause: error });
  }
  if (total !== null && done !== total)
    throw new DownloadInterruptedError('The connection broke off during the download.');
  return done;
}
