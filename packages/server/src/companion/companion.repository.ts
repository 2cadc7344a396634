import type { Kysely } from 'kysely';
import type { CompanionEntry, EntryAuthor } from '@iep/core/contract';
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
  author: EntryAuthor | null,
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
  bookmarked: 0,
  added_by_kind: author?.kind ?? null,
  added_by_name: author?.name ?? null,
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
  author: EntryAuthor | null = null,
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('companion_entries')
    .values(entries.map((e) => toRow(caseId, meetingId, e, now, author)))
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

/** Every entry of the case, meeting by meeting (for the case's backup). */
export async function listEntriesOfCase(
  db: Db,
  caseId: string,
): Promise<{ meetingId: string; entry: CompanionEntry }[]> {
  const rows = await db
    .selectFrom('companion_entries')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('meeting_id')
    .orderBy('seq')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ meetingId: row.meeting_id, entry: toEntry(row) }));
}

/** Who added the meeting's entries that a member or a guest added, by entry id (the owner's are not listed). */
export async function entryAuthors(
  db: Db,
  caseId: string,
  meetingId: string,
): Promise<Record<string, EntryAuthor>> {
  const rows = await db
    .selectFrom('companion_entries')
    .select(['id', 'added_by_kind', 'added_by_name'])
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .where('added_by_kind', 'in', ['member', 'guest'])
    .execute();
  const authors: Record<string, EntryAuthor> = {};
  for (const row of rows)
    authors[row.id] = { kind: row.added_by_kind as EntryAuthor['kind'], name: row.added_by_name ?? '' };
  return authors;
}

/** The next seq after every entry of the meeting (a guest's entries come after what is stored). */
export async function nextSeq(db: Db, caseId: string, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('companion_entries')
    .select((eb) => eb.fn.max('seq').as('top'))
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1;
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
