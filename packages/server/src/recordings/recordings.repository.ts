import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  BookmarksTable,
  ClipsTable,
  Database,
  RecordingChunksTable,
  RecordingPartsTable,
  RecordingsTable,
} from '../db/schema.js';
import { bookmarkWaitingTaps } from '../db/companion-tap-bookmarks.js';
import { retryOnDeadlock } from '../db/retry-deadlock.js';
import { newId } from '../ids.js';

// Rows of recordings, parts, chunks, bookmarks and clips. Every lookup that starts from an id in a URL also
// takes the case id, so a part of another case is "not found" even when its id is known.

type Db = Kysely<Database>;
export type RecordingRow = Selectable<RecordingsTable>;
export type PartRow = Omit<Selectable<RecordingPartsTable>, 'bytes'> & { bytes: number | null };
export type ChunkRow = Selectable<RecordingChunksTable>;
export type BookmarkRow = Selectable<BookmarksTable>;
export type ClipRow = Omit<Selectable<ClipsTable>, 'bytes'> & { bytes: number };

const toPart = (row: Selectable<RecordingPartsTable>): PartRow => ({
  ...row,
  bytes: row.bytes === null ? null : Number(row.bytes),
});
const toClip = (row: Selectable<ClipsTable>): ClipRow => ({ ...row, bytes: Number(row.bytes) });

export async function findRecording(
  db: Db,
  caseId: string,
  recordingId: string,
): Promise<RecordingRow | null> {
  const row = await db
    .selectFrom('recordings')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', recordingId)
    .executeTakeFirst();
  return row ?? null;
}

/** By id alone: for background work that starts from a part (the caller knows no case). */
export async function findRecordingById(db: Db, recordingId: string): Promise<RecordingRow | null> {
  const row = await db.selectFrom('recordings').selectAll().where('id', '=', recordingId).executeTakeFirst();
  return row ?? null;
}

export async function findRecordingOfMeeting(
  db: Db,
  caseId: string,
  meetingId: string,
): Promise<RecordingRow | null> {
  const row = await db
    .selectFrom('recordings')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row ?? null;
}

export async function listRecordings(db: Db, caseId: string): Promise<RecordingRow[]> {
  return db
    .selectFrom('recordings')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

/**
 * The meeting's recording, made on first use; two first parts at once both end up on the same one. Companion taps
 * that reached the server before it (offline at the table) get their bookmarks on it here.
 */
export async function ensureRecording(
  db: Db,
  caseId: string,
  meetingId: string,
  now: string,
): Promise<RecordingRow> {
  const found = await findRecordingOfMeeting(db, caseId, meetingId);
  const recording = found ?? (await makeRecording(db, caseId, meetingId, now));
  await bookmarkWaitingTaps(db, { caseId, meetingId, recordingId: recording.id, now });
  return recording;
}

async function makeRecording(db: Db, caseId: string, meetingId: string, now: string): Promise<RecordingRow> {
  await db
    .insertInto('recordings')
    .values({ id: newId(), case_id: caseId, meeting_id: meetingId, created_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'meeting_id']).doNothing())
    .execute();
  const made = await findRecordingOfMeeting(db, caseId, meetingId);
  if (!made) throw new Error('The recording row was not made.');
  return made;
}

export async function deleteRecordingRow(db: Db, recordingId: string): Promise<void> {
  await retryOnDeadlock(() => db.deleteFrom('recordings').where('id', '=', recordingId).execute());
}

export async function listParts(db: Db, recordingId: string): Promise<PartRow[]> {
  const rows = await db
    .selectFrom('recording_parts')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .orderBy('started_at')
    .orderBy('created_at')
    .execute();
  return rows.map(toPart);
}

export async function findPart(db: Db, caseId: string, partId: string): Promise<PartRow | null> {
  const row = await db
    .selectFrom('recording_parts')
    .innerJoin('recordings', 'recordings.id', 'recording_parts.recording_id')
    .selectAll('recording_parts')
    .where('recordings.case_id', '=', caseId)
    .where('recording_parts.id', '=', partId)
    .executeTakeFirst();
  return row ? toPart(row) : null;
}

export async function findPartById(db: Db, partId: string): Promise<PartRow | null> {
  const row = await db.selectFrom('recording_parts').selectAll().where('id', '=', partId).executeTakeFirst();
  return row ? toPart(row) : null;
}

export async function findPartByClientId(
  db: Db,
  recordingId: string,
  clientPartId: string,
): Promise<PartRow | null> {
  const row = await db
    .selectFrom('recording_parts')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .where('client_part_id', '=', clientPartId)
    .executeTakeFirst();
  return row ? toPart(row) : null;
}

export interface NewPart {
  recordingId: string;
  clientPartId: string;
  source: 'browser' | 'import';
  startedAt: string;
  mimeType: string;
  device: string | null;
  status: PartRow['status'];
  now: string;
  originalBlobId?: string | null;
  originalName?: string | null;
}

/** Inserts the part unless the client id is taken; returns the part and whether it is new. */
export async function insertPart(db: Db, part: NewPart): Promise<{ part: PartRow; created: boolean }> {
  const id = newId();
  await db
    .insertInto('recording_parts')
    .values({
      id,
      recording_id: part.recordingId,
      client_part_id: part.clientPartId,
      source: part.source,
      started_at: part.startedAt,
      mime_type: part.mimeType,
      device: part.device,
      status: part.status,
      original_blob_id: part.originalBlobId ?? null,
      original_name: part.originalName ?? null,
      last_chunk_at: part.now,
      created_at: part.now,
    })
    .onConflict((oc) => oc.columns(['recording_id', 'client_part_id']).doNothing())
    .execute();
  const found = await findPartByClientId(db, part.recordingId, part.clientPartId);
  if (!found) throw new Error('The recording part was not made.');
  return { part: found, created: found.id === id };
}

export async function updatePart(
  db: Db,
  partId: string,
  patch: Updateable<RecordingPartsTable>,
): Promise<void> {
  await db.updateTable('recording_parts').set(patch).where('id', '=', partId).execute();
}

/** Back to recording after a client's late finish; a part a finalize holds right now (processing) is left alone. */
export async function reopenFinishedPart(db: Db, partId: string): Promise<void> {
  await db
    .updateTable('recording_parts')
    .set({ status: 'recording' })
    .where('id', '=', partId)
    .where('status', 'in', ['ready', 'failed'])
    .execute();
}

/** Parts still recording (or waiting for missing chunks) whose last chunk is older than `before`. */
export async function listStaleParts(db: Db, before: string): Promise<PartRow[]> {
  const rows = await db
    .selectFrom('recording_parts')
    .selectAll()
    .where('status', '=', 'recording')
    .where('last_chunk_at', '<', before)
    .execute();
  return rows.map(toPart);
}

export async function findChunk(db: Db, partId: string, seq: number): Promise<ChunkRow | null> {
  const row = await db
    .selectFrom('recording_chunks')
    .selectAll()
    .where('part_id', '=', partId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row ?? null;
}

/** Inserts the chunk row; false when the sequence number is already stored (a retry raced this one). */
export async function insertChunk(db: Db, row: ChunkRow): Promise<boolean> {
  const result = await db
    .insertInto('recording_chunks')
    .values(row)
    .onConflict((oc) => oc.columns(['part_id', 'seq']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listChunks(db: Db, partId: string): Promise<ChunkRow[]> {
  return db.selectFrom('recording_chunks').selectAll().where('part_id', '=', partId).orderBy('seq').execute();
}

export async function listChunkSeqs(db: Db, partId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('recording_chunks')
    .select('seq')
    .where('part_id', '=', partId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.seq);
}

export async function clearChunkBlobs(db: Db, partId: string): Promise<void> {
  await db.updateTable('recording_chunks').set({ blob_id: '' }).where('part_id', '=', partId).execute();
}

/** Every blob a recording owns (parts, originals, chunks, clips), to delete them with it. */
export async function blobsOfRecording(db: Db, recordingId: string): Promise<string[]> {
  const parts = await db
    .selectFrom('recording_parts')
    .select(['id', 'blob_id', 'original_blob_id'])
    .where('recording_id', '=', recordingId)
    .execute();
  const partIds = parts.map((p) => p.id);
  const chunks =
    partIds.length === 0
      ? []
      : await db.selectFrom('recording_chunks').select('blob_id').where('part_id', 'in', partIds).execute();
  const clips = await db
    .selectFrom('clips')
    .select('blob_id')
    .where('recording_id', '=', recordingId)
    .execute();
  return [
    ...parts.flatMap((p) => [p.blob_id, p.original_blob_id]),
    ...chunks.map((c) => c.blob_id),
    ...clips.map((c) => c.blob_id),
  ].filter((id): id is string => id !== null && id !== '');
}

/** Every blob id any row names: what the orphan sweep keeps. */
export async function allReferencedBlobs(db: Db): Promise<Set<string>> {
  const parts = await db.selectFrom('recording_parts').select(['blob_id', 'original_blob_id']).execute();
  const chunks = await db.selectFrom('recording_chunks').select('blob_id').execute();
  const clips = await db.selectFrom('clips').select('blob_id').execute();
  // The binder's documents keep their files in the same store; the sweep must keep them too (binder/ sits above
  // recordings/, so it is read here by table, not through the binder's repository).
  const documents = await db.selectFrom('documents').select('blob_id').execute();
  // Evidence binders built from a case (plan/evidence): their PDF and ZIP.
  const builds = await db.selectFrom('evidence_builds').select(['pdf_blob_id', 'zip_blob_id']).execute();
  return new Set(
    [
      ...parts.flatMap((p) => [p.blob_id, p.original_blob_id]),
      ...chunks.map((c) => c.blob_id),
      ...clips.map((c) => c.blob_id),
      ...documents.map((d) => d.blob_id),
      ...builds.flatMap((b) => [b.pdf_blob_id, b.zip_blob_id]),
    ].filter((id): id is string => id !== null && id !== ''),
  );
}

export async function listBookmarks(db: Db, recordingId: string): Promise<BookmarkRow[]> {
  return db
    .selectFrom('bookmarks')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .orderBy('at_ms')
    .orderBy('created_at')
    .execute();
}

export async function insertBookmark(db: Db, row: BookmarkRow): Promise<void> {
  await db.insertInto('bookmarks').values(row).execute();
}

export async function findBookmark(db: Db, caseId: string, bookmarkId: string): Promise<BookmarkRow | null> {
  const row = await db
    .selectFrom('bookmarks')
    .innerJoin('recordings', 'recordings.id', 'bookmarks.recording_id')
    .selectAll('bookmarks')
    .where('recordings.case_id', '=', caseId)
    .where('bookmarks.id', '=', bookmarkId)
    .executeTakeFirst();
  return row ?? null;
}

export async function updateBookmark(
  db: Db,
  bookmarkId: string,
  patch: Updateable<BookmarksTable>,
): Promise<void> {
  await db.updateTable('bookmarks').set(patch).where('id', '=', bookmarkId).execute();
}

export async function deleteBookmark(db: Db, bookmarkId: string): Promise<void> {
  await db.deleteFrom('bookmarks').where('id', '=', bookmarkId).execute();
}

export async function listClips(db: Db, recordingId: string): Promise<ClipRow[]> {
  const rows = await db
    .selectFrom('clips')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .orderBy('created_at')
    .execute();
  return rows.map(toClip);
}

export async function insertClip(db: Db, row: ClipRow): Promise<void> {
  await db.insertInto('clips').values(row).execute();
}

export async function findClip(db: Db, caseId: string, clipId: string): Promise<ClipRow | null> {
  const row = await db
    .selectFrom('clips')
    .innerJoin('recordings', 'recordings.id', 'clips.recording_id')
    .selectAll('clips')
    .where('recordings.case_id', '=', caseId)
    .where('clips.id', '=', clipId)
    .executeTakeFirst();
  return row ? toClip(row) : null;
}
