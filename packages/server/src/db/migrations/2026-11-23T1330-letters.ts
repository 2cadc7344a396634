import { PostgresAdapter, type Kysely } from 'kysely';

// Letters: interview drafts, the exact bytes of every file made, and the record of each letter sent.
// Forward-only, like every migration. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One draft per case, kind and meeting ('' when the letter is not about a meeting): the answers so far.
  await db.schema
    .createTable('letter_drafts')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_drafts_pk', ['case_id', 'kind', 'meeting_id'])
    .execute();

  // The bytes exactly as downloaded, so "what did I send?" has one answer, checked by its SHA-256.
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('letter_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('content', binary, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('letter_files_case_id_idx')
    .on('letter_files')
    .columns(['case_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('letters_sent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('letter_files.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('letters_sent_case_id_idx')
    .on('letters_sent')
    .columns(['case_id', 'sent_at'])
    .execute();
}
