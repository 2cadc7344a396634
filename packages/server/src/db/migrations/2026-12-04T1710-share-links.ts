import type { Kysely } from 'kysely';

// Links that share a part of a meeting: a clip link (one cut of a recording, its words kept as they were when the
// link was made) and a student view (the parent's plain notes, each with a clip link or not, opened by the child
// with a link or a short code). A link's id is its secret (128 random bits); a passphrase is kept only as its
// argon2id hash. Deleting the case, the recording or the clip deletes its links. Forward-only. Kysely<any>:
// migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('share_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('clip_id', 'text', (c) => c.notNull().references('clips.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('from_ms', 'integer', (c) => c.notNull())
    .addColumn('to_ms', 'integer', (c) => c.notNull())
    // The words of the clip as JSON ({ startMs, endMs, speaker, text }[]), relative to the clip's start.
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('passphrase_hash', 'text')
    .addColumn('plays', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('share_links_case_idx').on('share_links').columns(['case_id']).execute();

  await db.schema
    .createTable('student_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // A short code the child can type (unique while stored); the id is the long secret of the link.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    // The parent's notes as JSON ({ note, linkId | null }[]), in the order chosen.
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('opens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('student_views_case_idx').on('student_views').columns(['case_id']).execute();
}
