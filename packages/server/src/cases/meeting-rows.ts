import { promiseItemId } from '@iep/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// A meeting lives inside the case file, so no foreign key cascades its rows: they are removed here, in the
// transaction that removes the meeting, or a new meeting that reuses the id would inherit them (a guest code that
// still opens its companion, old taps, ticked tasks, answer marks). What is evidence stays: a meeting with a
// recording or a sent letter is not removed at all (nothing lost). This is the one list of a meeting's rows;
// meeting-removal.medium.test.ts checks it against every table of the database that has a meeting_id column.

export const MEETING_HAS_RECORDING =
  'This meeting has a recording, so it stays: the recording is your record of what was said. To remove the meeting, first delete its recording on the page where you recorded it.';
export const MEETING_HAS_SENT_LETTERS =
  'This meeting has letters you marked as sent, so it stays: those letters are part of your paper trail with the school.';

/** Why the meeting must stay (it has evidence), or null when it may go. */
export async function meetingEvidence(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
): Promise<string | null> {
  const recorded = await db
    .selectFrom('recording_parts')
    .innerJoin('recordings', 'recordings.id', 'recording_parts.recording_id')
    .select('recording_parts.id')
    .where('recordings.case_id', '=', caseId)
    .where('recordings.meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (recorded) return MEETING_HAS_RECORDING;
  const sent = await db
    .selectFrom('letters_sent')
    .select('id')
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return sent ? MEETING_HAS_SENT_LETTERS : null;
}

/** Removes every row of a meeting that has no evidence (see meetingEvidence): call inside the meeting's transaction. */
export async function deleteMeetingRows(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
): Promise<void> {
  for (const table of [
    'plan_task_status',
    'companion_entries',
    'letter_drafts',
    // Files made by downloading a letter that was never marked sent (a sent one keeps the meeting).
    'letter_files',
    // A recording with no part: its bookmarks (from companion taps) go with it by the foreign key.
    'recordings',
  ] as const) {
    await db.deleteFrom(table).where('case_id', '=', caseId).where('meeting_id', '=', meetingId).execute();
  }
  // A guest at the table loses the companion at once: sessions first, then the codes that started them.
  const codes = db
    .selectFrom('guest_codes')
    .select('id')
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId);
  await db.deleteFrom('guest_sessions').where('code_id', 'in', codes).execute();
  await db
    .deleteFrom('guest_codes')
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .execute();
  // Keyed by an id that holds the meeting's: answer marks of its promises ("promise.<meeting>.<item>", core's
  // promiseItemId) and the escalation page's "date you knew" of the meeting ("meeting:<id>").
  const promisePrefix = promiseItemId(meetingId, { id: '' });
  await db
    .deleteFrom('answer_marks')
    .where('case_id', '=', caseId)
    .where(sql<string>`substr(item_id, 1, ${promisePrefix.length})`, '=', promisePrefix)
    .execute();
  await db
    .deleteFrom('escalation_known_dates')
    .where('case_id', '=', caseId)
    .where('event_id', '=', `meeting:${meetingId}`)
    .execute();
}
