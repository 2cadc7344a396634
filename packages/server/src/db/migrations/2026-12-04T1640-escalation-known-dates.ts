import type { Kysely } from 'kysely';

// The escalation page's "date you knew": the day the parent says they learned of one event of the case (a meeting,
// a Notice of Action, a refusal, a letter). The due process window counts from it (34 CFR 300.511(e)). One row per
// event per case; deleting the case deletes them. Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('escalation_known_dates')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('known_on', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('escalation_known_dates_pk', ['case_id', 'event_id'])
    .execute();
}
