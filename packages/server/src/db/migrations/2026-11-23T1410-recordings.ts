import type { Kysely } from 'kysely';

// Recordings: one timeline per meeting, made of parts (one per browser stream or imported file), the chunks a
// browser uploads, bookmarks and clips. The audio itself lives in the encrypted blob store; these rows name
// the blobs. Forward-only. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recordings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('recordings_case_meeting_uq', ['case_id', 'meeting_id'])
    .execute();

  await db.schema
    .createTable('recording_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('client_part_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('device', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer')
    .addColumn('blob_id', 'text')
    .addColumn('sha256', 'text')
    .addColumn('bytes', 'bigint')
    .addColumn('original_blob_id', 'text')
    .addColumn('original_name', 'text')
    .addColumn('error', 'text')
    .addColumn('peaks', 'text')
    // Finish asked with this last sequence number (null until the browser says it is done).
    .addColumn('last_seq', 'integer')
    // Every chunk from 0 to this one is stored (-1: none yet): what the browser may forget.
    .addColumn('contiguous_seq', 'integer', (c) => c.notNull().defaultTo(-1))
    .addColumn('finish_requested_at', 'text')
    // The last time a chunk arrived (or the part was made): a part silent for 2 minutes is finalized.
    .addColumn('last_chunk_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('recording_parts_client_uq', ['recording_id', 'client_part_id'])
    .execute();
  await db.schema
    .createIndex('recording_parts_status_idx')
    .on('recording_parts')
    .columns(['status', 'last_chunk_at'])
    .execute();

  await db.schema
    .createTable('recording_chunks')
    .addColumn('part_id', 'text', (c) => c.notNull().references('recording_parts.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('blob_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recording_chunks_pk', ['part_id', 'seq'])
    .execute();

  await db.schema
    .createTable('bookmarks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('at_ms', 'integer', (c) => c.notNull())
    .addColumn('part_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('bookmarks_recording_idx')
    .on('bookmarks')
    .columns(['recording_id', 'at_ms'])
    .execute();

  await db.schema
    .createTable('clips')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('from_ms', 'integer', (c) => c.notNull())
    .addColumn('to_ms', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('blob_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clips_recording_idx').on('clips').columns(['recording_id']).execute();
}
