import type { Kysely } from 'kysely';

// Evidence binders built for a case: the parent's choice, the build job's state and the two files it wrote (the
// PDF and the ZIP of originals, both in the encrypted blob store). The blob ids are written as soon as a blob
// exists, so a build that died half-way can have them deleted when it runs again or is deleted; the files are
// offered only once the row says 'ready'. Forward-only. Kysely<any>: migrations must not depend on the current
// schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence_builds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('include', 'text')
    .addColumn('chosen', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('pdf_blob_id', 'text')
    .addColumn('zip_blob_id', 'text')
    .addColumn('pdf_sha256', 'text')
    .addColumn('pdf_bytes', 'bigint')
    .addColumn('zip_bytes', 'bigint')
    .addColumn('exhibits', 'integer')
    .addColumn('pages', 'integer')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('evidence_builds_case').on('evidence_builds').columns(['case_id']).execute();
}
