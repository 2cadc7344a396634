import { Readable } from 'node:stream';
import type { AppContext } from '../context/app-context.js';
import { findChunk, findPartById, type PartRow } from '../recordings/recordings.repository.js';

// The audio of a part still being recorded, for a live transcript: its stored chunks in order, as one byte stream
// (MediaRecorder's chunks form one decodable stream; only the first holds the header), waiting for the next chunk
// until the part is finished. Nothing is queued in memory: the chunk files are the queue, read at the
// transcriber's pace (ffmpeg's pipe pushes back), so the recorder's upload never waits on transcription, and a
// transcriber that fell behind reads on after the meeting. Chunks are told of as they are stored (the ingest
// hook); a poll catches the rest (another process stored it, a missed signal).

/** A part that no longer takes chunks: its audio is whole (ready) or will not come (failed). */
export const isSettled = (part: PartRow): boolean => part.status === 'ready' || part.status === 'failed';

export interface ChunkFollower {
  /** The part's bytes, chunk after chunk; ends once the part is finished and every stored chunk was read. */
  stream: Readable;
  /**
   * True when the chunk files went away before they were read (the part was finished and its chunks removed):
   * the transcript then goes on from its checkpoint over the part's finished file.
   */
  readonly gone: boolean;
}

const BATCH = 200;

/** Resolves on the next chunk stored for the part, after `pollMs`, or when the signal aborts. */
function nextChunk(ctx: AppContext, partId: string, pollMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ctx.chunkListeners.delete(listener);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const listener = (event: { partId: string }) => {
      if (event.partId === partId) done();
    };
    const timer = setTimeout(done, pollMs);
    ctx.chunkListeners.add(listener);
    signal.addEventListener('abort', done, { once: true });
  });
}

export function followPartChunks(
  ctx: AppContext,
  partId: string,
  options: { signal: AbortSignal; pollMs?: number },
): ChunkFollower {
  const db = ctx.storage.db;
  const pollMs = options.pollMs ?? 1000;
  const state = { gone: false };
  async function* bytes(): AsyncGenerator<Buffer> {
    let next = 0;
    for (;;) {
      options.signal.throwIfAborted();
      // The status first: a part seen finished has all its chunks stored by then.
      const part = await findPartById(db, partId);
      if (!part) {
        state.gone = true;
        throw new Error('The part was deleted.');
      }
      const chunks = await db
        .selectFrom('recording_chunks')
        .select(['seq', 'blob_id'])
        .where('part_id', '=', partId)
        .where('seq', '>=', next)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      let read = 0;
      for (const chunk of chunks) {
        if (chunk.seq !== next) break;
        if (chunk.blob_id === '') {
          state.gone = true;
          throw new Error('The chunk files were removed.');
        }
        try {
          for await (const piece of ctx.blobs.openRead(chunk.blob_id)) yield piece as Buffer;
        } catch (error) {
          if ((await findChunk(db, partId, chunk.seq))?.blob_id !== chunk.blob_id) state.gone = true;
          throw error;
        }
        next += 1;
        read += 1;
      }
      if (read > 0) continue;
      if (part.status !== 'recording') return;
      await nextChunk(ctx, partId, pollMs, options.signal);
    }
  }
  return {
    stream: Readable.from(bytes(), { objectMode: false }),
    get gone() {
      return state.gone;
    },
  };
}

/** Waits until the part is finished (ready or failed); null when it was deleted. */
export async function settledPart(
  ctx: AppContext,
  partId: string,
  options: { signal: AbortSignal; pollMs?: number },
): Promise<PartRow | null> {
  for (;;) {
    options.signal.throwIfAborted();
    const part = await findPartById(ctx.storage.db, partId);
    if (!part || isSettled(part)) return part;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, options.pollMs ?? 1000);
      function done() {
        clearTimeout(timer);
        options.signal.removeEventListener('abort', done);
        resolve();
      }
      options.signal.addEventListener('abort', done, { once: true });
    });
  }
}
