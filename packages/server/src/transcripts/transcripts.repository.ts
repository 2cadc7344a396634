import {
  emptyCorrections,
  type MachineSegment,
  type TranscriptCorrections,
  type TranscriptWord,
} from '@iep/core';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database, TranscriptSegmentsTable, TranscriptStatus, TranscriptsTable } from '../db/schema.js';

// Rows of transcripts, their segments and the per-recording corrections. Every lookup from an id in a URL also
// takes the case id, so another case's transcript is "not found" even when its id is known.

type Db = Kysely<Database> | Transaction<Database>;
export type TranscriptRow = Selectable<TranscriptsTable>;
export type SegmentRow = Omit<Selectable<TranscriptSegmentsTable>, 'row_no'>;
export type NewSegmentRow = Omit<SegmentRow, never>;

export const ACTIVE: readonly TranscriptStatus[] = ['queued', 'running'];

/** Every column but row_no (a bigint on PostgreSQL that the app never needs). */
const SEGMENT_COLUMNS = [
  'id',
  'transcript_id',
  'recording_id',
  'case_id',
  'seq',
  'start_ms',
  'end_ms',
  'speaker',
  'text',
  'words',
  'embedding',
  'search_text',
  'speaker_name',
] as const;

const toTranscript = (row: TranscriptRow): TranscriptRow => ({
  ...row,
  processed_sec: Number(row.processed_sec),
  resumed_from_sec: Number(row.resumed_from_sec),
  duration_sec: row.duration_sec === null ? null : Number(row.duration_sec),
  live: Number(row.live),
});

export async function findTranscript(db: Db, transcriptId: string): Promise<TranscriptRow | null> {
  const row = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('id', '=', transcriptId)
    .executeTakeFirst();
  return row ? toTranscript(row) : null;
}

export async function findTranscriptOfCase(
  db: Db,
  caseId: string,
  transcriptId: string,
): Promise<TranscriptRow | null> {
  const row = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', transcriptId)
    .executeTakeFirst();
  return row ? toTranscript(row) : null;
}

/** The newest run of the recording (whatever its status): what the progress display follows. */
export async function latestTranscript(db: Db, recordingId: string): Promise<TranscriptRow | null> {
  const row = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toTranscript(row) : null;
}

/** The run whose segments the recording shows (and search finds), or null. */
export async function shownTranscript(db: Db, recordingId: string): Promise<TranscriptRow | null> {
  const row = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .where('shown', '=', 1)
    .executeTakeFirst();
  return row ? toTranscript(row) : null;
}

export async function activeTranscript(db: Db, recordingId: string): Promise<TranscriptRow | null> {
  const row = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .where('status', 'in', ACTIVE)
    .executeTakeFirst();
  return row ? toTranscript(row) : null;
}

export async function insertTranscript(db: Db, row: Selectable<TranscriptsTable>): Promise<void> {
  await db.insertInto('transcripts').values(row).execute();
}

export async function updateTranscript(
  db: Db,
  transcriptId: string,
  patch: Updateable<TranscriptsTable>,
): Promise<void> {
  await db.updateTable('transcripts').set(patch).where('id', '=', transcriptId).execute();
}

/** Makes this run the one the recording shows (one at a time). */
export async function showTranscript(db: Db, recordingId: string, transcriptId: string): Promise<void> {
  await db
    .updateTable('transcripts')
    .set({ shown: 0 })
    .where('recording_id', '=', recordingId)
    .where('id', '!=', transcriptId)
    .where('shown', '=', 1)
    .execute();
  await db.updateTable('transcripts').set({ shown: 1 }).where('id', '=', transcriptId).execute();
}

/** Inserts segments; one already saved at the same times (a replayed batch) is skipped. Returns how many went in. */
export async function insertSegments(db: Db, rows: NewSegmentRow[]): Promise<number> {
  let inserted = 0;
  // A few hundred rows per statement keeps under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insertInto('transcript_segments')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['transcript_id', 'start_ms', 'end_ms']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

export async function listSegmentRows(db: Db, transcriptId: string): Promise<SegmentRow[]> {
  return db
    .selectFrom('transcript_segments')
    .select(SEGMENT_COLUMNS)
    .where('transcript_id', '=', transcriptId)
    .orderBy('start_ms')
    .orderBy('seq')
    .execute();
}

export async function countSegments(db: Db, transcriptId: string): Promise<number> {
  const row = await db
    .selectFrom('transcript_segments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('transcript_id', '=', transcriptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const toMachineSegment = (row: SegmentRow): MachineSegment => ({
  id: row.id,
  start: row.start_ms / 1000,
  end: row.end_ms / 1000,
  speaker: row.speaker,
  text: row.text,
  words: JSON.parse(row.words) as TranscriptWord[],
});

export async function machineSegments(db: Db, transcriptId: string): Promise<MachineSegment[]> {
  return (await listSegmentRows(db, transcriptId)).map(toMachineSegment);
}

export async function setSegmentSpeakers(
  db: Db,
  labels: readonly { id: string; speaker: string | null }[],
): Promise<void> {
  for (const { id, speaker } of labels)
    await db.updateTable('transcript_segments').set({ speaker }).where('id', '=', id).execute();
}

export async function setSearchColumns(
  db: Db,
  changes: readonly { id: string; search_text: string; speaker_name: string }[],
): Promise<void> {
  for (const { id, search_text, speaker_name } of changes)
    await db
      .updateTable('transcript_segments')
      .set({ search_text, speaker_name })
      .where('id', '=', id)
      .execute();
}

export async function loadCorrections(db: Db, recordingId: string): Promise<TranscriptCorrections> {
  const row = await db
    .selectFrom('transcript_corrections')
    .select('corrections')
    .where('recording_id', '=', recordingId)
    .executeTakeFirst();
  if (!row) return emptyCorrections();
  const parsed = JSON.parse(row.corrections) as Partial<TranscriptCorrections>;
  return {
    speakerNames: parsed.speakerNames ?? {},
    speakerMerges: parsed.speakerMerges ?? {},
    segments: parsed.segments ?? {},
  };
}

export async function saveCorrections(
  db: Db,
  row: { recordingId: string; caseId: string; corrections: TranscriptCorrections; now: string },
): Promise<void> {
  const corrections = JSON.stringify(row.corrections);
  await db
    .insertInto('transcript_corrections')
    .values({ recording_id: row.recordingId, case_id: row.caseId, corrections, updated_at: row.now })
    .onConflict((oc) => oc.column('recording_id').doUpdateSet({ corrections, updated_at: row.now }))
    .execute();
}
