import type { Kysely } from 'kysely';

// The answer tracker's marks: the parent says the school answered an item (a letter's deadline or a meeting
// promise), with the binder document that holds the answer. One mark per item of a case; removing it is an undo.
// The item id is core's (answers/track-answers.ts). A deleted document leaves the mark without its link.
// Forward-only. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('answer_marks')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('marked_by', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_marks_pk', ['case_id', 'item_id'])
    .execute();
}
