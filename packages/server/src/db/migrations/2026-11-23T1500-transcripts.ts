import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Transcripts: one row per recognition run of a recording, its machine segments, and the parent's corrections
// (one layer per recording, so a re-run keeps them). Full-text search over the corrected text: SQLite FTS5 with
// external content kept in sync by triggers, PostgreSQL a generated tsvector with a GIN index.
// Forward-only. Kysely<any>: migrations must not depend on the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('transcripts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // What the parent asked for ('auto', 'sherpa', 'pocketsphinx') and what it resolved to: a resumed run must
    // use the same engine as the segments already saved.
    .addColumn('engine_choice', 'text', (c) => c.notNull())
    .addColumn('engine_name', 'text')
    .addColumn('engine', 'text')
    .addColumn('engine_note', 'text')
    .addColumn('speakers_expected', 'integer')
    .addColumn('duration_sec', 'double precision')
    // The checkpoint: seconds of the timeline whose segments are all saved.
    .addColumn('processed_sec', 'double precision', (c) => c.notNull().defaultTo(0))
    // processed_sec when this run started, for the time-left estimate of this run.
    .addColumn('resumed_from_sec', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('segment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('job_id', 'text')
    // 1 for the transcript whose segments the recording shows and search finds (at most one per recording).
    .addColumn('shown', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('transcripts_recording_idx')
    .on('transcripts')
    .columns(['recording_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('transcripts_case_shown_idx')
    .on('transcripts')
    .columns(['case_id', 'shown'])
    .execute();
  // At most one run queued or running per recording, even when two starts arrive at the same moment.
  await db.schema
    .createIndex('transcripts_one_active_uq')
    .on('transcripts')
    .column('recording_id')
    .unique()
    .where(sql.ref('status'), 'in', ['queued', 'running'])
    .execute();

  // row_no is the integer key the SQLite full-text index points at (an INTEGER PRIMARY KEY, so VACUUM cannot
  // renumber it under the index); the API uses the text id.
  await db.schema
    .createTable('transcript_segments')
    .addColumn('row_no', postgres ? 'bigint' : 'integer', (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('transcript_id', 'text', (c) => c.notNull().references('transcripts.id').onDelete('cascade'))
    .addColumn('recording_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('start_ms', 'integer', (c) => c.notNull())
    .addColumn('end_ms', 'integer', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('embedding', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('speaker_name', 'text', (c) => c.notNull())
    // A batch saved twice (a resume that overlaps the checkpoint) cannot add the same segment twice.
    .addUniqueConstraint('transcript_segments_time_uq', ['transcript_id', 'start_ms', 'end_ms'])
    .execute();
  await db.schema
    .createIndex('transcript_segments_transcript_idx')
    .on('transcript_segments')
    .columns(['transcript_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('transcript_segments_case_idx')
    .on('transcript_segments')
    .columns(['case_id', 'recording_id', 'start_ms'])
    .execute();

  // The speaker filter of search compares names without case.
  await sql`create index transcript_segments_speaker_idx on transcript_segments (case_id, lower(speaker_name))`.execute(
    db,
  );

  await db.schema
    .createTable('transcript_corrections')
    .addColumn('recording_id', 'text', (c) => c.primaryKey().references('recordings.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('corrections', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  if (postgres) {
    await sql`alter table transcript_segments add column search_tsv tsvector
      generated always as (to_tsvector('english', search_text)) stored`.execute(db);
    await sql`create index transcript_segments_search_idx on transcript_segments using gin (search_tsv)`.execute(
      db,
    );
  } else {
    // Porter stemming over unicode61 without diacritics: "evaluations" finds "evaluate", "résumé" finds "resume".
    await sql`create virtual table transcript_segments_fts using fts5(
      search_text,
      content = 'transcript_segments',
      content_rowid = 'row_no',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger transcript_segments_fts_insert after insert on transcript_segments begin
      insert into transcript_segments_fts (rowid, search_text) values (new.row_no, new.search_text);
    end`.execute(db);
    await sql`create trigger transcript_segments_fts_delete after delete on transcript_segments begin
      insert into transcript_segments_fts (transcript_segments_fts, rowid, search_text)
        values ('delete', old.row_no, old.search_text);
    end`.execute(db);
    await sql`create trigger transcript_segments_fts_update after update of search_text on transcript_segments begin
      insert into transcript_segments_fts (transcript_segments_fts, rowid, search_text)
        values ('delete', old.row_no, old.search_text);
      insert into transcript_segments_fts (rowid, search_text) values (new.row_no, new.search_text);
    end`.execute(db);
  }
}
