import type { Kysely } from 'kysely';

// The meeting companion: every tap and note the parent made at the table, as the browser made it (its id, its
// order, the moment on the recording). Stored once per id: a resend after a dead network changes nothing. A
// bookmark a tap made on the recording keeps the tap's entry id, so it is made once too. Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('companion_entries')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'integer')
    .addColumn('session', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('companion_entries_pk', ['case_id', 'id'])
    .execute();
  await db.schema
    .createIndex('companion_entries_meeting_idx')
    .on('companion_entries')
    .columns(['case_id', 'meeting_id', 'seq'])
    .execute();
}
