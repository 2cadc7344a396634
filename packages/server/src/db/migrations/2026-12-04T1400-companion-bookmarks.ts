import { sql, type Kysely } from 'kysely';

// Whether a companion tap's bookmark was made. A tap can reach the server before the meeting's recording does (a
// phone offline at the table syncs taps and audio in any order): its bookmark is made when the recording is, once,
// and never again (a bookmark the parent deleted stays deleted; a new recording does not get old taps' moments).
// Taps stored before this migration whose meeting has a recording had their bookmarks made then. Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('companion_entries')
    .addColumn('bookmarked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update companion_entries set bookmarked = 1 where exists (select 1 from recordings r where r.case_id = companion_entries.case_id and r.meeting_id = companion_entries.meeting_id)`.execute(
    db,
  );
}
