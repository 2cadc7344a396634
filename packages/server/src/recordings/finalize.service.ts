import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { computePeaks, remuxWebm } from '../media/index.js';
import type { AppContext } from '../context/app-context.js';
import {
  allReferencedBlobs,
  clearChunkBlobs,
  findPartById,
  listChunks,
  listStaleParts,
  updatePart,
  type ChunkRow,
  type PartRow,
} from './recordings.repository.js';

// Finishing a part: the chunks in sequence order become one blob, remuxed (-c copy) so it has a duration and
// seek cues, hashed and checked, with waveform peaks. Until that has worked the chunks stay: a processing
// failure never costs audio that was acknowledged. A part finished by the silence sweep keeps its chunks too
// (until the client finishes it): late chunks re-open it and the next finalize makes the whole part again.

/** A part with no new chunk for this long is finished by the sweep (tab closed, crash, battery). */
export const SILENCE_MS = 2 * 60 * 1000;
export const PEAKS_PER_SECOND = 10;
const SWEEP_EVERY_MS = 30 * 1000;

export const NO_AUDIO = 'No audio reached the server for this part.';
const missingNote = (from: number) =>
  `Some audio of this part never reached the server (from piece ${from + 1} on). The part ends where the gap begins.`;

/** The chunks 0..upTo (inclusive) as one stream, in order. */
export function chunkStream(ctx: AppContext, chunks: readonly ChunkRow[]): Readable {
  async function* all(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) {
      for await (const piece of ctx.blobs.openRead(chunk.blob_id)) yield piece as Buffer;
    }
  }
  return Readable.from(all(), { objectMode: false });
}

/** The stored chunks from 0 without a gap. */
export function contiguousChunks(chunks: readonly ChunkRow[]): ChunkRow[] {
  const out: ChunkRow[] = [];
  for (const chunk of chunks) {
    if (chunk.seq !== out.length || chunk.blob_id === '') break;
    out.push(chunk);
  }
  return out;
}

/** Claims the part (recording -> processing) so two finalizers never work on it at once. */
async function claim(ctx: AppContext, partId: string): Promise<boolean> {
  const result = await ctx.storage.db
    .updateTable('recording_parts')
    .set({ status: 'processing' })
    .where('id', '=', partId)
    .where('status', '=', 'recording')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Finalizes a part if nobody else is; safe to call more than once. */
export async function finalizePart(ctx: AppContext, partId: string): Promise<PartRow | null> {
  if (!(await claim(ctx, partId))) return findPartById(ctx.storage.db, partId);
  const db = ctx.storage.db;
  const part = await findPartById(db, partId);
  if (!part) return null;
  const all = await listChunks(db, partId);
  const chunks = contiguousChunks(all);
  if (chunks.length === 0) {
    await updatePart(db, partId, { status: 'failed', error: NO_AUDIO });
    return findPartById(db, partId);
  }
  const expectedLast = part.last_seq ?? all.at(-1)?.seq ?? 0;
  const note = chunks.length - 1 < expectedLast ? missingNote(chunks.length) : null;
  try {
    const tmp = fs.mkdtempSync(path.join(ctx.tmpDir, 'part-'));
    try {
      const output = new PassThrough();
      const isWebm = /webm/i.test(part.mime_type);
      const [stored] = await Promise.all([
        ctx.blobs.put(output),
        isWebm
          ? remuxWebm(chunkStream(ctx, chunks), output, { tmpDir: tmp })
          : pipeline(chunkStream(ctx, chunks), output),
      ]);
      // Read back what was written: the hash on record is of the file as it will be played.
      const check = await ctx.blobs.verify(stored.id);
      if (!check.ok || check.sha256 !== stored.sha256)
        throw new Error(`The stored part did not read back the same (${check.error ?? 'hash differs'}).`);
      const { durationMs, peaks } = await computePeaks(ctx.blobs.openRead(stored.id), {
        peaksPerSecond: PEAKS_PER_SECOND,
      });
      await updatePart(db, partId, {
        status: 'ready',
        blob_id: stored.id,
        sha256: stored.sha256,
        bytes: stored.bytes,
        duration_ms: durationMs,
        peaks: JSON.stringify({ peaksPerSecond: PEAKS_PER_SECOND, peaks }),
        error: note,
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    // The chunks stay: the in-order audio can still be played and finalizing can be tried again.
    const message = error instanceof Error ? error.message : String(error);
    await updatePart(db, partId, {
      status: 'failed',
      error: `This part could not be prepared for playback: ${message}`,
    });
    return findPartById(db, partId);
  }
  // The file it replaces (a part finished before, then re-opened by late chunks) goes only now.
  if (part.blob_id) await ctx.blobs.delete(part.blob_id);
  const fresh = await findPartById(db, partId);
  if (!fresh) return null;
  const arrived = (await listChunks(db, partId)).filter((c) => !all.some((a) => a.seq === c.seq));
  if (arrived.length > 0) {
    // Chunks came in while this ran: the part is not done. Back to recording; the client's finish or the
    // next silence makes it again, from the chunk files, which therefore stay.
    await db
      .updateTable('recording_parts')
      .set({ status: 'recording' })
      .where('id', '=', partId)
      .where('status', '=', 'ready')
      .execute();
    if (fresh.last_seq !== null && fresh.contiguous_seq >= fresh.last_seq) finalizeSoon(ctx, partId);
    return findPartById(db, partId);
  }
  // The chunk files go only once the client has said the part is over and every piece of it is in the file.
  // A part the server finished on its own keeps them: the network may only have been down, and the rest of
  // the part can still come and be joined to them.
  const complete =
    fresh.finish_requested_at !== null && fresh.last_seq !== null && chunks.length - 1 >= fresh.last_seq;
  if (complete) {
    for (const chunk of chunks) await ctx.blobs.delete(chunk.blob_id);
    await clearChunkBlobs(db, partId);
  }
  return fresh;
}

/** Starts finalizing in the background (tracked by the context). */
export function finalizeSoon(ctx: AppContext, partId: string): void {
  ctx.track(finalizePart(ctx, partId));
}

/**
 * Parts that went silent: never finished (tab closed, crash) or finished with chunks still missing after the
 * grace period. Also picks up parts left 'processing' by a stop in the middle (only at start-up).
 */
export async function sweepParts(ctx: AppContext, options: { startUp?: boolean } = {}): Promise<string[]> {
  const db = ctx.storage.db;
  if (options.startUp) {
    await db
      .updateTable('recording_parts')
      .set({ status: 'recording' })
      .where('status', '=', 'processing')
      .where('source', '=', 'browser')
      .execute();
  }
  const before = new Date(ctx.now().getTime() - SILENCE_MS).toISOString();
  const stale = await listStaleParts(db, before);
  const done: string[] = [];
  for (const part of stale) {
    await finalizePart(ctx, part.id);
    done.push(part.id);
  }
  return done;
}

/** Removes blob files that no row names any more (a deleted case, a crash between steps), older than a day. */
export async function sweepOrphanBlobs(ctx: AppContext, blobsDir: string): Promise<number> {
  if (!fs.existsSync(blobsDir)) return 0;
  const keep = await allReferencedBlobs(ctx.storage.db);
  const cutoff = ctx.now().getTime() - 24 * 3600 * 1000;
  let removed = 0;
  for (const sub of fs.readdirSync(blobsDir, { withFileTypes: true })) {
    if (!sub.isDirectory() || sub.name === 'tmp') continue;
    for (const name of fs.readdirSync(path.join(blobsDir, sub.name))) {
      const file = path.join(blobsDir, sub.name, name);
      if (keep.has(name) || fs.statSync(file).mtimeMs > cutoff) continue;
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/** The sweep at start-up and every 30 s after; returns a stop function. */
export function startSweeper(ctx: AppContext): () => void {
  ctx.track(sweepParts(ctx, { startUp: true }).then(() => sweepOrphanBlobs(ctx, ctx.blobsDir)));
  const timer = setInterval(() => ctx.track(sweepParts(ctx)), SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
