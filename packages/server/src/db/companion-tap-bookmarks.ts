import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BookmarkKind, CompanionEntry } from '@iep/core/contract';
import { companionEntryOfRow } from './companion-entry-row.js';
import type { Database } from './schema.js';

// Every companion tap with a moment is a bookmark on the meeting's recording, made once. Here, below the features,
// because two make them: the companion when taps arrive, and the recordings when the meeting's recording starts
// after taps arrived (a phone offline at the table sends taps and audio in any order).

type Db = Kysely<Database>;

const OUTCOME_BOOKMARK: Record<string, BookmarkKind> = {
  agreed: 'agreed',
  refused: 'refused',
  promised: 'promised',
  proposed: 'important',
  tabled: 'important',
};

const BOOKMARK_NOTE_MAX = 2000;

/** A bookmark's id made from the case and the entry: a resend finds the same id, and no id of another case. */
export const bookmarkIdOf = (caseId: string, entryId: string) =>
  `cmp-${createHash('sha256').update(`${caseId}\u0000${entryId}`).digest('hex').slice(0, 32)}`;

/** The bookmark a tap makes (outcomes and notes with a moment), or null (undo, PWN queue, topics, sessions). */
function bookmarkOf(entry: CompanionEntry): { kind: BookmarkKind; note: string; atMs: number } | null {
  const { action } = entry;
  if (entry.atMs === null) return null;
  switch (action.type) {
    case 'outcome':
      return { kind: OUTCOME_BOOKMARK[action.outcome] ?? 'important', note: action.title, atMs: entry.atMs };
    case 'note':
      return { kind: 'note', note: action.text, atMs: entry.atMs };
    case 'voice-note':
      return { kind: 'note', note: 'Voice note', atMs: entry.atMs };
    default:
      return null;
  }
}

/**
 * Makes the bookmarks of the meeting's taps that have none yet on its recording, and marks those taps done (a tap
 * without a moment or a bookmark is marked too): each tap's bookmark is made once, whoever comes first.
 */
export async function bookmarkWaitingTaps(
  db: Db,
  input: { caseId: string; meetingId: string; recordingId: string; now: string },
): Promise<void> {
  const waiting = await db
    .selectFrom('companion_entries')
    .select(['id', 'seq', 'at', 'at_ms', 'session', 'action'])
    .where('case_id', '=', input.caseId)
    .where('meeting_id', '=', input.meetingId)
    .where('bookmarked', '=', 0)
    .execute();
  if (waiting.length === 0) return;
  const rows = waiting.map(companionEntryOfRow).flatMap((entry) => {
    const mark = bookmarkOf(entry);
    return mark === null
      ? []
      : [
          {
            id: bookmarkIdOf(input.caseId, entry.id),
            recording_id: input.recordingId,
            at_ms: mark.atMs,
            part_id: null,
            kind: mark.kind,
            note: mark.note.slice(0, BOOKMARK_NOTE_MAX),
            created_at: input.now,
            updated_at: input.now,
          },
        ];
  });
  if (rows.length > 0)
    await db
      .insertInto('bookmarks')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  await db
    .updateTable('companion_entries')
    .set({ bookmarked: 1 })
    .where('case_id', '=', input.caseId)
    .where(
      'id',
      'in',
      waiting.map((w) => w.id),
    )
    .execute();
}
