import { createHash } from 'node:crypto';
import type { Recording, RecordingPart, RecordingSummary, ResponseOf } from '@iep/core/contract';
import { ownsCase } from '../cases/case-access.js';
import { conflict, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase } from '../cases/cases.service.js';
import { MEETING_NOT_FOUND } from '../cases/meetings.service.js';
import { finalizeSoon } from './finalize.service.js';
import type { AppContext, ChunkStored } from '../context/app-context.js';
import {
  blobsOfRecording,
  deleteRecordingRow,
  ensureRecording,
  findChunk,
  findPart,
  findRecording,
  findRecordingOfMeeting,
  insertChunk,
  insertPart,
  listBookmarks,
  listParts,
  listRecordings,
  reopenFinishedPart,
  updatePart,
  type PartRow,
  type RecordingRow,
} from './recordings.repository.js';
import { bookmarkView, partView, timelineOf } from './views.js';

// Recording a meeting: parts, chunk ingest and the recording as the player sees it. Every function checks
// that the case is the user's first; anything of another case is "not found", like a missing one.

export const NO_RECORDING = 'This meeting has no recording yet.';
export const RECORDING_NOT_FOUND = 'This recording was not found. Reload the page.';
export const PART_NOT_FOUND = 'This part of the recording was not found. Reload the page.';
export const CHUNK_CHANGED =
  'A different piece of audio was already saved under this number. The recorder must not reuse numbers.';
export const PART_CLOSED = 'This part of the recording is finished; start a new part to record more.';

export async function recordingView(ctx: AppContext, recording: RecordingRow): Promise<Recording> {
  const parts = await listParts(ctx.storage.db, recording.id);
  const bookmarks = await listBookmarks(ctx.storage.db, recording.id);
  return {
    id: recording.id,
    meetingId: recording.meeting_id,
    createdAt: recording.created_at,
    parts: parts.map(partView),
    bookmarks: bookmarks.map(bookmarkView),
    timeline: timelineOf(parts),
  };
}

export async function getMeetingRecording(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<CaseResult<Recording>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const recording = await findRecordingOfMeeting(ctx.storage.db, caseId, meetingId);
  if (!recording) return partNotFound(NO_RECORDING);
  return ok(await recordingView(ctx, recording));
}

export async function listCaseRecordings(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<ResponseOf<'GET /api/cases/:id/recordings'>>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const recordings = await listRecordings(ctx.storage.db, caseId);
  const summaries = await Promise.all(
    recordings.map(async (r): Promise<RecordingSummary> => {
      const parts = await listParts(ctx.storage.db, r.id);
      const statuses = new Set(parts.map((p) => p.status));
      // The "worst" state first: a parent wants to know a part is still recording or failed.
      const status =
        parts.length === 0
          ? 'empty'
          : ((['recording', 'processing', 'failed', 'ready'] as const).find((s) => statuses.has(s)) ??
            'ready');
      return {
        id: r.id,
        meetingId: r.meeting_id,
        createdAt: r.created_at,
        parts: parts.length,
        totalMs: timelineOf(parts).totalMs,
        status,
      };
    }),
  );
  return ok({ recordings: summaries });
}

export interface NewPartInput {
  clientPartId: string;
  startedAt: string;
  mimeType: string;
  device?: string | undefined;
}

/** Starts a part (and the meeting's recording on first use); the same client part id again returns it. */
export async function startPart(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  meetingId: string,
  input: NewPartInput,
): Promise<CaseResult<{ part: RecordingPart; created: boolean }>> {
  const stored = await getStoredCase(ctx.storage, ownerId, caseId);
  if (!stored) return notFound;
  if (!stored.file.meetings.some((m) => m.id === meetingId)) return partNotFound(MEETING_NOT_FOUND);
  const now = ctx.now().toISOString();
  const recording = await ensureRecording(ctx.storage.db, caseId, meetingId, now);
  const { part, created } = await insertPart(ctx.storage.db, {
    recordingId: recording.id,
    clientPartId: input.clientPartId,
    source: 'browser',
    startedAt: new Date(input.startedAt).toISOString(),
    mimeType: input.mimeType,
    device: input.device ?? null,
    status: 'recording',
    now,
  });
  return ok({ part: partView(part), created });
}

export async function partOfCase(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  partId: string,
): Promise<CaseResult<PartRow>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const part = await findPart(ctx.storage.db, caseId, partId);
  return part ? ok(part) : partNotFound(PART_NOT_FOUND);
}

/** Moves contiguous_seq forward over the chunks now present after it; returns the new value. */
async function advanceContiguous(ctx: AppContext, part: PartRow): Promise<number> {
  const db = ctx.storage.db;
  const row = await db
    .selectFrom('recording_parts')
    .select('contiguous_seq')
    .where('id', '=', part.id)
    .executeTakeFirstOrThrow();
  let upTo = row.contiguous_seq;
  const seqs = await db
    .selectFrom('recording_chunks')
    .select('seq')
    .where('part_id', '=', part.id)
    .where('seq', '>', upTo)
    .orderBy('seq')
    .limit(1000)
    .execute();
  for (const { seq } of seqs) {
    if (seq !== upTo + 1) break;
    upTo = seq;
  }
  // Only ever forward: two chunks stored at once may both compute this; the larger value wins.
  await db
    .updateTable('recording_parts')
    .set({ contiguous_seq: upTo })
    .where('id', '=', part.id)
    .where('contiguous_seq', '<', upTo)
    .execute();
  return upTo;
}

export interface ChunkResult {
  stored: boolean;
  contiguousUpTo: number;
}

/**
 * Stores chunk `seq` of a part, fsynced before it answers. A repeat with the same bytes is not stored again;
 * different bytes under a stored number are a conflict. Chunks may come in any order.
 */
export async function putChunk(
  ctx: AppContext,
  part: PartRow,
  seq: number,
  body: Buffer,
): Promise<CaseResult<ChunkResult>> {
  const db = ctx.storage.db;
  const sha256 = createHash('sha256').update(body).digest('hex');
  const existing = await findChunk(db, part.id, seq);
  if (existing) {
    if (existing.sha256 !== sha256) return conflict(CHUNK_CHANGED);
    return ok({ stored: false, contiguousUpTo: await advanceContiguous(ctx, part) });
  }
  if (!(await acceptsNewChunk(ctx, part, seq))) return conflict(PART_CLOSED);
  const blob = await ctx.blobs.put(body);
  const now = ctx.now().toISOString();
  const inserted = await insertChunk(db, {
    part_id: part.id,
    seq,
    blob_id: blob.id,
    sha256,
    bytes: body.length,
    received_at: now,
  });
  if (!inserted) {
    // The same number arrived twice at the same moment: keep the first, drop this copy's file.
    await ctx.blobs.delete(blob.id);
    const winner = await findChunk(db, part.id, seq);
    if (winner && winner.sha256 !== sha256) return conflict(CHUNK_CHANGED);
    return ok({ stored: false, contiguousUpTo: await advanceContiguous(ctx, part) });
  }
  await updatePart(db, part.id, { last_chunk_at: now });
  await reopenPart(ctx, part.id, now);
  const contiguousUpTo = await advanceContiguous(ctx, part);
  tellChunkStored(ctx, { recordingId: part.recording_id, partId: part.id, seq });
  return ok({ stored: true, contiguousUpTo });
}

/** Tells the listeners (live transcription); a listener's failure is logged, never the upload's. */
function tellChunkStored(ctx: AppContext, event: ChunkStored): void {
  for (const listener of ctx.chunkListeners) {
    try {
      listener(event);
    } catch (error) {
      ctx.log('a chunk listener failed', error);
    }
  }
}

/**
 * Whether a part takes a chunk it does not have yet. A part still recording does. A part the client finished
 * takes only the missing numbers up to its last one. A part the server finished on its own (2 minutes of
 * silence: often a dead network, not the end) takes any number, as long as its chunk files were kept.
 */
async function acceptsNewChunk(ctx: AppContext, part: PartRow, seq: number): Promise<boolean> {
  if (part.status === 'recording') return true;
  if (part.source !== 'browser') return false;
  if (part.finish_requested_at !== null && (part.last_seq === null || seq > part.last_seq)) return false;
  return chunkFilesKept(ctx, part.id);
}

/** False once a finalize removed the part's chunk files (then it cannot be made again; it stays closed). */
export async function chunkFilesKept(ctx: AppContext, partId: string): Promise<boolean> {
  const dropped = await ctx.storage.db
    .selectFrom('recording_chunks')
    .select('seq')
    .where('part_id', '=', partId)
    .where('blob_id', '=', '')
    .limit(1)
    .executeTakeFirst();
  return dropped === undefined;
}

/**
 * A finished part that just got a chunk goes back to recording: the playable file made so far stays until the
 * next finalize (the client's finish, or the next silence) replaces it. A part being finalized right now is
 * left alone: that finalize sees the new chunk when it ends and re-opens the part itself.
 */
async function reopenPart(ctx: AppContext, partId: string, now: string): Promise<void> {
  await ctx.storage.db
    .updateTable('recording_parts')
    .set({ status: 'recording', last_chunk_at: now })
    .where('id', '=', partId)
    .where('status', 'in', ['ready', 'failed'])
    .execute();
}

/**
 * The client finished a part after its last chunk `lastSeq`. A part still recording takes the finish; so does a
 * part the server finished on its own after a silence that the client never finished (its file is made again
 * from every chunk, and only then are the chunk files removed). Everything here: the part is finished now;
 * otherwise the sweep finishes it with what it has after 2 minutes without any missing piece arriving.
 */
export async function finishPart(ctx: AppContext, part: PartRow, lastSeq: number): Promise<void> {
  const serverFinished =
    part.source === 'browser' &&
    part.finish_requested_at === null &&
    part.status !== 'recording' &&
    (await chunkFilesKept(ctx, part.id));
  if (part.status !== 'recording' && !serverFinished) return;
  await updatePart(ctx.storage.db, part.id, {
    last_seq: lastSeq,
    finish_requested_at: ctx.now().toISOString(),
  });
  // A part being made right now by the sweep sees this finish when it ends.
  if (serverFinished && part.status !== 'processing') await reopenFinishedPart(ctx.storage.db, part.id);
  if (part.contiguous_seq >= lastSeq && part.status !== 'processing') finalizeSoon(ctx, part.id);
}

export async function recordingOfCase(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<RecordingRow>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const recording = await findRecording(ctx.storage.db, caseId, recordingId);
  return recording ? ok(recording) : partNotFound(RECORDING_NOT_FOUND);
}

/** Deletes the recording, its rows and every blob file it owns. */
export async function deleteRecording(ctx: AppContext, recording: RecordingRow): Promise<void> {
  await ctx.settle();
  const blobIds = await blobsOfRecording(ctx.storage.db, recording.id);
  // Rows first: a crash between leaves files no row names, which the orphan sweep removes; the other order
  // would leave rows naming missing files.
  await deleteRecordingRow(ctx.storage.db, recording.id);
  for (const id of blobIds) await ctx.blobs.delete(id);
}
