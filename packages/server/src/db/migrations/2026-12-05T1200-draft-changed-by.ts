import type { Kysely } from 'kysely';

// Who saved a letter draft last (a user id; null for drafts saved before this, or by the command line). On a shared
// case the letter page says "Sam Rivera (advocate) last changed these answers", so a parent sees that someone else
// edited the letter before it goes to the school. Forward-only. Kysely<any>: migrations must not depend on the
// current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('letter_drafts').addColumn('updated_by', 'text').execute();
}
