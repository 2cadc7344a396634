import { Readable } from 'node:stream';
import { BlobIntegrityError, DAMAGED } from '../blobs/blob-format.js';
import type { AppContext } from '../context/app-context.js';
import { listChunks, updatePart, type PartRow } from './recordings.repository.js';
import { contiguousChunks } from './finalize.service.js';

// Reading a part's audio: the finished file, or before that the chunks stored in order (a valid WebM prefix),
// both as one byte sequence that HTTP Range requests can cut. Only the encrypted segments a range touches are
// decrypted.

export class DamagedAudioError extends Error {
  override name = 'DamagedAudioError';
}

interface Piece {
  blobId: string;
  bytes: number;
}

export interface PartAudio {
  size: number;
  contentType: string;
  open(range?: { start: number; end: number }): Readable;
}

/** Marks the part as damaged so the player and the manifest say so. */
export async function reportDamaged(ctx: AppContext, part: PartRow, detail: string): Promise<void> {
  await updatePart(ctx.storage.db, part.id, { error: `${DAMAGED} ${detail}`.trim() });
}

export async function partAudio(ctx: AppContext, part: PartRow): Promise<PartAudio> {
  let pieces: Piece[];
  if (part.blob_id) {
    const size = await ctx.blobs.size(part.blob_id).catch((error: unknown) => {
      if (error instanceof BlobIntegrityError || (error as NodeJS.ErrnoException).code === 'ENOENT')
        return -1;
      throw error;
    });
    // A file of another size than on record was cut short or grown: refuse it before playing a byte.
    if (size !== part.bytes) {
      await reportDamaged(ctx, part, '(Its size is not the size on record.)');
      throw new DamagedAudioError(DAMAGED);
    }
    pieces = [{ blobId: part.blob_id, bytes: size }];
  } else {
    pieces = contiguousChunks(await listChunks(ctx.storage.db, part.id)).map((c) => ({
      blobId: c.blob_id,
      bytes: c.bytes,
    }));
  }
  const size = pieces.reduce((sum, p) => sum + p.bytes, 0);
  return {
    size,
    contentType: part.mime_type.split(';')[0]?.trim() || 'application/octet-stream',
    open: (range) => Readable.from(readPieces(ctx, pieces, range ?? { start: 0, end: size - 1 })),
  };
}

async function* readPieces(
  ctx: AppContext,
  pieces: readonly Piece[],
  range: { start: number; end: number },
): AsyncGenerator<Buffer> {
  let offset = 0;
  for (const piece of pieces) {
    const from = Math.max(range.start, offset);
    const to = Math.min(range.end, offset + piece.bytes - 1);
    if (from <= to) {
      for await (const chunk of ctx.blobs.openRead(piece.blobId, { start: from - offset, end: to - offset }))
        yield chunk as Buffer;
    }
    offset += piece.bytes;
    if (offset > range.end) return;
  }
}

export type RangeAnswer =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One byte range of a Range header (RFC 9110). Several ranges or another unit are answered with the whole
 * file, which the standard allows; a range that starts past the end is unsatisfiable (416).
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined) return { kind: 'full' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match)
    return header.trim().startsWith('bytes=') && !header.includes(',')
      ? { kind: 'unsatisfiable' }
      : { kind: 'full' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'unsatisfiable' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || (last !== '' && Number(last) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}

/** Pulls the first piece before any header is sent, so a damaged start is a plain error, not broken audio. */
export async function startReading(stream: Readable): Promise<Readable> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = (await iterator.next()) as IteratorResult<Buffer>;
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (first.done) return;
      yield first.value;
      for (;;) {
        const next = (await iterator.next()) as IteratorResult<Buffer>;
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A client that stops reading (a seek, a closed tab) must not leave the blob file open.
      await iterator.return?.();
    }
  }
  return Readable.from(rest());
}
