import { sql, type Kysely } from 'kysely';

// Live transcripts: a run started by the first audio of a part while the meeting is recorded (`live` = 1) reads
// parts still being recorded from their chunks. `engine_carry` is what the speech engine carries from one batch
// to the next (pocketsphinx's cepstral mean), saved with each checkpoint so a resumed run decodes the same.
// Forward-only. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('transcripts')
    .addColumn('live', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
  await db.schema.alterTable('transcripts').addColumn('engine_carry', 'text').execute();
}
