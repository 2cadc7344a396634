import type { Kysely } from 'kysely';

// What extraction found in a meeting's transcript (commitments, refusals, agreements, open questions) and what the
// parent decided about each. `machine_key` names an item by what the machine saw (kind, source words, second), so
// running extraction again finds the same item and keeps the parent's decision on it. Forward-only.
// Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('transcript_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    // The transcript it was last found in; no foreign key: a new transcript of the recording keeps the items.
    .addColumn('transcript_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('who', 'text')
    .addColumn('due', 'text')
    .addColumn('start_ms', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('machine_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Two extraction runs at once (the job's and the parent's button) cannot make the same item twice.
    .addUniqueConstraint('transcript_items_machine_key_uq', ['recording_id', 'machine_key'])
    .execute();
  // The follow-up letter and the plan ask for the confirmed items of one meeting.
  await db.schema
    .createIndex('transcript_items_meeting_idx')
    .on('transcript_items')
    .columns(['case_id', 'meeting_id', 'status'])
    .execute();
}
