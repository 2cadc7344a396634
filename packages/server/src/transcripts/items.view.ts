import type { TranscriptItem } from '@iep/core/contract';
import type { TranscriptItemsTable } from '../db/schema.js';

// What the API shows of an extracted item (the contract's TranscriptItem). Times on the recording's timeline are
// seconds, like the transcript's.

export type ItemRow = TranscriptItemsTable;

export const itemView = (row: ItemRow, tap: TranscriptItem['tap'] = null): TranscriptItem => ({
  id: row.id,
  recordingId: row.recording_id,
  meetingId: row.meeting_id,
  kind: row.kind,
  text: row.text,
  who: row.who,
  due: row.due,
  start: row.start_ms === null ? null : Number(row.start_ms) / 1000,
  source: row.source,
  status: row.status,
  edited: Number(row.edited) === 1,
  doneAt: row.done_at,
  tap,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** In the order they were said; items without a time (none today) last, then by when they were made. */
export function byTime(a: ItemRow, b: ItemRow): number {
  const as = a.start_ms === null ? Number.POSITIVE_INFINITY : Number(a.start_ms);
  const bs = b.start_ms === null ? Number.POSITIVE_INFINITY : Number(b.start_ms);
  if (as !== bs) return as - bs;
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
