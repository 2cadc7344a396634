import type { Kysely } from 'kysely';

// A sent letter's clocks start on receipt (missouri-rules.md §16.5). By mail only the parent knows the day it
// arrived, so it is kept with the sent letter (`received_on`, YYYY-MM-DD, null until given). `clocks` keeps the
// deadline rules the letter asked for when it was sent (JSON array, e.g. the Sunshine Law's 3 days only when a
// records request asked for district records); null for letters sent before this migration. Forward-only.
// Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('letters_sent').addColumn('received_on', 'text').execute();
  await db.schema.alterTable('letters_sent').addColumn('clocks', 'text').execute();
}
