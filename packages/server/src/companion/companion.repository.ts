import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BookmarkKind, CompanionAction, CompanionEntry } from '@iep/core/contract';
import type { CompanionEntriesTable, Database } from '../db/schema.js';
import { companionEntryOfRow } from '../db/companion-entry-row.js';

// The companion's entries, stored once per id, and what the companion reads of other tables by id only (the
// meeting's extracted items, for evidence): reading them here keeps the features free of a loop (transcripts
// imports the companion for the taps its items match, never the other way).

type Db = Kysely<Database>;

const toRow = (
  caseId: string,
  meetingId: string,
  entry: CompanionEntry,
  now: string,
): CompanionEntriesTable => ({
  case_id: caseId,
  id: entry.id,
  meeting_id: meetingId,
  seq: entry.seq,
  at: entry.at,
  at_ms: entry.atMs,
  session: entry.session,
  action: JSON.stringify(entry.action),
  created_at: now,
});

export const toEntry = companionEntryOfRow;

/** The ids of these entries already stored for the case (any meeting: an id is the case's). */
export async function knownEntryIds(db: Db, caseId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('companion_entries')
    .select('id')
    .where('case_id', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertEntries(
  db: Db,
  caseId: string,
  meetingId: string,
  entries: readonly CompanionEntry[],
  now: string,
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('companion_entries')
    .values(entries.map((e) => toRow(caseId, meetingId, e, now)))
    .onConflict((oc) => oc.columns(['case_id', 'id']).doNothing())
    .execute();
}

export async function listEntries(db: Db, caseId: string, meetingId: string): Promise<CompanionEntry[]> {
  const rows = await db
    .selectFrom('companion_entries')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

export async function countEntries(db: Db, caseId: string, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('companion_entries')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The extracted items of the meeting's recording, for the evidence a tap gets. */
export async function meetingItems(db: Db, recordingId: string) {
  return db
    .selectFrom('transcript_items')
    .select(['id', 'kind', 'source', 'start_ms'])
    .where('recording_id', '=', recordingId)
    .where('status', '!=', 'dropped')
    .execute();
}

const BOOKMARK_OF: Partial<Record<CompanionAction['type'], true>> = {
  outcome: true,
  note: true,
  'voice-note': true,
};

const OUTCOME_BOOKMARK: Record<string, BookmarkKind> = {
  agreed: 'agreed',
  refused: 'refused',
  promised: 'promised',
  proposed: 'important',
  tabled: 'important',
};

/** A bookmark's id made from the case and the entry: a resend finds the same id, and no id of another case. */
export const bookmarkIdOf = (caseId: string, entryId: string) =>
  `cmp-${createHash('sha256').update(`${caseId}\u0000${entryId}`).digest('hex').slice(0, 32)}`;

const BOOKMARK_NOTE_MAX = 2000;

/** Each tap on the recording (outcomes and notes with a moment) is a bookmark there, made once. */
export async function insertTapBookmarks(
  db: Db,
  caseId: string,
  recordingId: string,
  entries: readonly CompanionEntry[],
  now: string,
): Promise<void> {
  const rows = entries.flatMap((entry) => {
    const { action } = entry;
    if (entry.atMs === null || BOOKMARK_OF[action.type] !== true) return [];
    const kind: BookmarkKind =
      action.type === 'outcome' ? (OUTCOME_BOOKMARK[action.outcome] ?? 'important') : 'note';
    const note =
      action.type === 'outcome' ? action.title : action.type === 'note' ? action.text : 'Voice note';
    return [
      {
        id: bookmarkIdOf(caseId, entry.id),
        recording_id: recordingId,
        at_ms: entry.atMs,
        part_id: null,
        kind,
        note: note.slice(0, BOOKMARK_NOTE_MAX),
        created_at: now,
        updated_at: now,
      },
    ];
  });
  if (rows.length === 0) return;
  await db
    .insertInto('bookmarks')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
