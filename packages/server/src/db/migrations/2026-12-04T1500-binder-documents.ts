import { PostgresAdapter, sql, type Kysely } from 'kysely';

// The binder's documents: one row per file of school paper in a case (the file itself is a blob, encrypted), and
// its text page by page. A case holds a file once (unique hash per case). The pages are searched like transcript
// segments: SQLite FTS5 with external content kept in sync by triggers, PostgreSQL a generated tsvector with a GIN
// index. Forward-only. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('blob_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('tab', 'text', (c) => c.notNull())
    .addColumn('document_date', 'text')
    .addColumn('date_source', 'text', (c) => c.notNull())
    .addColumn('kind_given', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tab_given', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The reading job's checkpoint: every page up to pages_done is saved (a restart resumes after it).
    .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pages_total', 'integer')
    .addColumn('ocr_pages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('job_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_case_sha_uq', ['case_id', 'sha256'])
    .execute();
  await db.schema
    .createIndex('documents_case_idx')
    .on('documents')
    .columns(['case_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('document_pages')
    .addColumn('row_no', postgres ? 'bigint' : 'integer', (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
    )
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('page_no', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // A page saved twice (a resumed job) stays one page.
    .addUniqueConstraint('document_pages_page_uq', ['document_id', 'page_no'])
    .execute();
  await db.schema.createIndex('document_pages_case_idx').on('document_pages').columns(['case_id']).execute();

  if (postgres) {
    await sql`alter table document_pages add column search_tsv tsvector
      generated always as (to_tsvector('english', text)) stored`.execute(db);
    await sql`create index document_pages_search_idx on document_pages using gin (search_tsv)`.execute(db);
  } else {
    await sql`create virtual table document_pages_fts using fts5(
      text,
      content = 'document_pages',
      content_rowid = 'row_no',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger document_pages_fts_insert after insert on document_pages begin
      insert into document_pages_fts (rowid, text) values (new.row_no, new.text);
    end`.execute(db);
    await sql`create trigger document_pages_fts_delete after delete on document_pages begin
      insert into document_pages_fts (document_pages_fts, rowid, text) values ('delete', old.row_no, old.text);
    end`.execute(db);
    await sql`create trigger document_pages_fts_update after update of text on document_pages begin
      insert into document_pages_fts (document_pages_fts, rowid, text) values ('delete', old.row_no, old.text);
      insert into document_pages_fts (rowid, text) values (new.row_no, new.text);
    end`.execute(db);
  }
}
