import { sql } from 'kysely';
import { z } from 'zod';
import { BlobIntegrityError } from '../blobs/blob-format.js';
import type { Storage } from '../db/open-storage.js';
import type { JobAbortReason, JobContext, JobDefinition, JobOutcome } from '../jobs/job-queue.js';
import type { AppContext } from '../context/app-context.js';
import { listParts } from '../recordings/recordings.repository.js';
import { timelineOf } from '../recordings/views.js';
import { EngineUnavailableError, type EngineChoice, type EngineName } from '../transcription/transcriber.js';
import { realTranscriptionEngine, type TranscriptionEngine } from './transcription-engine.js';
import {
  countSegments,
  findTranscript,
  insertSegments,
  listSegmentRows,
  loadCorrections,
  setSegmentSpeakers,
  showTranscript,
  type TranscriptRow,
} from './transcripts.repository.js';
import { refreshSearchColumns } from './transcript-corrections.js';
import { NOT_READY, NO_AUDIO, TRANSCRIBE_JOB } from './transcripts.service.js';
import { holdRecordingParents } from '../db/lock-order.js';
import { followPartChunks, isSettled, settledPart } from './live-audio.js';
import { seedFromFinishedRun } from './live-seed.js';
import { segmentRows } from './segment-rows.js';

// The `transcribe` job: reads each ready part of the recording (decrypted as a stream), turns it into text a batch
// at a time and saves every batch with the checkpoint in one transaction, so a crash, restart or retry resumes
// where it stopped without saving a segment twice. When recognition is done, speakers are grouped over all
// saved voice embeddings. Each stage keeps its result: a failure to group speakers leaves the words (status
// done, with a note), and a failure mid-way keeps every batch saved so far.

const payload = z.object({ transcriptId: z.string().min(1).max(100) });
export type TranscribePayload = z.infer<typeof payload>;

export interface TranscriptionJobDeps {
  ctx: AppContext;
  modelsDir: string;
  /** The real engines unless a test hands in another. */
  engine?: TranscriptionEngine;
  log?: (message: string, detail?: unknown) => void;
  /** How often a live run looks for new chunks when not told of them (default 1 s). */
  livePollMs?: number;
}

export interface TranscriptionJobOptions {
  /** Runs after a transcript is done (the items helper's extraction); its failure leaves the transcript done. */
  onDone?: (storage: Storage, transcriptId: string) => Promise<void>;
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
}

/** The run was cancelled, or another job took it over (a retry): stop without touching the row. */
class RunStopped extends Error {
  override name = 'RunStopped';
}

const MAX_ATTEMPTS = 3;
export const SPEAKERS_NOTE =
  'The words are saved, but the voices could not be told apart, so every part has no speaker yet. You can still ' +
  'name speakers and move parts to them by hand.';

// One transcription at a time in this process (the queue runs two jobs at once, so an import is not held up): a
// speech model (Parakeet is over 600 MB) must not be loaded twice, and two recognizers would take both cores.
let turn: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const mine = turn.then(work, work);
  turn = mine.catch(() => undefined);
  return mine;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const parentsOf = (row: TranscriptRow) => ({ caseId: row.case_id, recordingId: row.recording_id });

export function transcriptionJob(
  deps: TranscriptionJobDeps,
  options: TranscriptionJobOptions = {},
): JobDefinition<typeof payload> {
  const engine = deps.engine ?? realTranscriptionEngine;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const log = deps.log ?? (() => undefined);
  const storage = deps.ctx.storage;
  const db = storage.db;
  const now = () => deps.ctx.now().toISOString();

  /** Updates the row only while this job still runs it. */
  async function updateMine(
    id: string,
    jobId: string,
    values: Partial<Omit<TranscriptRow, 'id'>>,
  ): Promise<boolean> {
    const result = await db
      .updateTable('transcripts')
      .set({ ...values, updated_at: now() })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('job_id', '=', jobId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async function stillMine(id: string, job: JobContext): Promise<TranscriptRow> {
    const row = await findTranscript(db, id);
    if (!row || row.status !== 'running' || row.job_id !== job.jobId) throw new RunStopped();
    if (job.signal.aborted) throw new Error('The work was stopped.');
    return row;
  }

  async function run(transcriptId: string, job: JobContext): Promise<JobOutcome> {
    // Claim the run: queued (or left running by a process that is gone) and not another job's.
    const claimed = await db
      .updateTable('transcripts')
      .set((eb) => ({
        status: 'running',
        job_id: job.jobId,
        started_at: now(),
        resumed_from_sec: eb.ref('processed_sec'),
        finished_at: null,
        updated_at: now(),
      }))
      .where('id', '=', transcriptId)
      .where('status', 'in', ['queued', 'running'])
      .where((eb) => eb.or([eb('job_id', 'is', null), eb('job_id', '=', job.jobId)]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return { status: 'skipped' };
    let row = await stillMine(transcriptId, job);

    const live = row.live === 1;
    const initial = await listParts(db, row.recording_id);
    // A live run reads parts still being recorded from their chunks; any other run needs every part finished.
    const unready = initial.some((p) => p.status !== 'ready' || p.blob_id === null);
    if (initial.length === 0 || (!live && unready)) {
      const error = initial.length === 0 ? NO_AUDIO : NOT_READY;
      await updateMine(transcriptId, job.jobId, { status: 'failed', error, finished_at: now() });
      return { status: 'failed', error };
    }
    let durationSec = timelineOf(initial).totalMs / 1000;
    if (row.duration_sec !== durationSec && !unready)
      await updateMine(transcriptId, job.jobId, { duration_sec: durationSec });

    let engineName = row.engine_name as EngineName | null;
    if (engineName === null) {
      const info = await engine.pickEngine(row.engine_choice as EngineChoice, { modelsDir: deps.modelsDir });
      engineName = info.name;
      await updateMine(transcriptId, job.jobId, {
        engine_name: info.name,
        engine: info.label,
        engine_note: info.accuracyNote,
      });
    }
    const corrections = await loadCorrections(db, row.recording_id);
    const speakers = row.speakers_expected ?? undefined;
    // A later session's live run takes over the finished transcript of the earlier parts.
    const seeded = live ? await seedFromFinishedRun(storage, row) : 0;
    let processed = Math.max(row.processed_sec, seeded);
    let carry = row.engine_carry;
    let count = await countSegments(db, transcriptId);
    const report = (sec: number) => job.progress(durationSec > 0 ? Math.min(1, sec / durationSec) : 0);
    const follow = { signal: job.signal, ...(deps.livePollMs ? { pollMs: deps.livePollMs } : {}) };
    /** Parts read to their end over their chunks in this run, with the seconds of audio they held. */
    const followed = new Map<string, number>();

    /** One part's audio through the pipeline, from the checkpoint; each batch saved with the checkpoint. */
    const transcribePart = async (source: NodeJS.ReadableStream, offset: number, end: number | null) => {
      row = await stillMine(transcriptId, job);
      const resume =
        processed > offset ? { processedSec: processed - offset, segmentCount: count, carry } : undefined;
      return engine.transcribePcm(engine.decodeToPcm(source, { signal: job.signal }), {
        engine: engineName,
        ...(speakers === undefined ? {} : { speakers }),
        ...(resume ? { resume } : {}),
        ...(end === null ? {} : { durationSec: end - offset }),
        offsetSec: offset,
        signal: job.signal,
        modelsDir: deps.modelsDir,
        ...(end === null
          ? {}
          : { onProgress: (fraction: number) => report(offset + fraction * (end - offset)) }),
        onBatch: async (segments, checkpoint) => {
          await stillMine(transcriptId, job);
          const reached = Math.min(end ?? Infinity, Math.max(processed, offset + checkpoint.processedSec));
          const rows = segmentRows(row, segments, count, corrections);
          let inserted = 0;
          await db.transaction().execute(async (trx) => {
            if (!(await holdRecordingParents(trx, storage.dialect, parentsOf(row)))) throw new RunStopped();
            inserted = await insertSegments(trx, rows);
            await trx
              .updateTable('transcripts')
              .set({
                processed_sec: reached,
                engine_carry: checkpoint.carry ?? null,
                segment_count: sql<number>`segment_count + ${inserted}`,
                updated_at: now(),
              })
              .where('id', '=', transcriptId)
              .execute();
          });
          processed = reached;
          carry = checkpoint.carry ?? null;
          count += inserted;
          report(processed);
        },
      });
    };

    // Parts in start order. A finished part is read from its file; a part still being recorded (live runs) from
    // its chunks as they come, and once it is finished its file's length places the next part on the timeline.
    for (let index = 0; ;) {
      const parts = await listParts(db, row.recording_id);
      const timeline = timelineOf(parts);
      const slot = timeline.parts[index];
      if (!slot) break;
      const part = parts.find((p) => p.id === slot.partId);
      if (!part) break;
      const offset = slot.offsetMs / 1000;
      if (isSettled(part)) {
        const end = (slot.offsetMs + slot.durationMs) / 1000;
        // A part this run read over its chunks is done, whatever its file's length says to the millisecond.
        if (part.blob_id && processed < end - 0.0005 && !followed.has(part.id)) {
          const source = deps.ctx.blobs.openRead(part.blob_id);
          try {
            await transcribePart(source, offset, end);
          } finally {
            source.destroy();
          }
        }
        // The whole part is read: the next run starts at the next part, with nothing carried over.
        processed = Math.max(processed, end);
        carry = null;
        durationSec = Math.max(durationSec, timeline.totalMs / 1000);
        await updateMine(transcriptId, job.jobId, {
          processed_sec: processed,
          engine_carry: null,
          ...(live ? { duration_sec: durationSec } : {}),
        });
        report(processed);
        index += 1;
        continue;
      }
      if (!live) throw new Error('A part of the recording is not finished.');
      const readSec = followed.get(part.id);
      if (readSec !== undefined) {
        // Read to its end over its chunks while its file is still being made (remux, hash, peaks: minutes for
        // hours of audio). The last part needs nothing more; a later part waits for its length on the timeline.
        if (!timeline.parts[index + 1]) {
          processed = Math.max(processed, offset + readSec);
          break;
        }
        await settledPart(deps.ctx, part.id, follow);
        continue;
      }
      const chunks = followPartChunks(deps.ctx, part.id, follow);
      try {
        const result = await transcribePart(chunks.stream, offset, null);
        followed.set(part.id, result.durationSec);
      } catch (error) {
        // The part was finished and its chunks removed meanwhile: go on over its file, from the checkpoint.
        if (!chunks.gone || job.signal.aborted) throw error;
        log(`transcript ${transcriptId}: the live part's chunks went away; going on over its file`);
        await settledPart(deps.ctx, part.id, follow);
      } finally {
        chunks.stream.destroy();
      }
    }
    durationSec = Math.max(processed, timelineOf(await listParts(db, row.recording_id)).totalMs / 1000);

    const note = await groupSpeakers(transcriptId, job, speakers);
    const finished = await db.transaction().execute(async (trx) => {
      if (!(await holdRecordingParents(trx, storage.dialect, parentsOf(row)))) return false;
      const result = await trx
        .updateTable('transcripts')
        .set({
          status: 'done',
          processed_sec: durationSec,
          segment_count: count,
          error: note,
          finished_at: now(),
          updated_at: now(),
        })
        .where('id', '=', transcriptId)
        .where('status', '=', 'running')
        .where('job_id', '=', job.jobId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      // The newest finished run is the one shown and searched; the parent's corrections apply to it.
      await showTranscript(trx, row.recording_id, transcriptId);
      await refreshSearchColumns(trx, transcriptId, await loadCorrections(trx, row.recording_id));
      return true;
    });
    if (!finished) return { status: 'skipped' };
    try {
      await options.onDone?.(storage, transcriptId);
    } catch (error) {
      log(`transcript ${transcriptId}: the after-transcript step failed`, error);
    }
    return { status: 'done' };
  }

  /** Labels the saved segments by voice; a failure is a note on the transcript, never a lost transcript. */
  async function groupSpeakers(
    transcriptId: string,
    job: JobContext,
    speakers: number | undefined,
  ): Promise<string | null> {
    const transcript = await stillMine(transcriptId, job);
    try {
      const rows = await listSegmentRows(db, transcriptId);
      if (rows.length === 0) return null;
      const embeddings = rows.map((r) =>
        r.embedding === null ? null : (JSON.parse(r.embedding) as number[]),
      );
      const labels = await engine.groupSpeakers(embeddings, speakers);
      if (labels.length !== rows.length)
        throw new Error(`${labels.length} labels for ${rows.length} segments`);
      await db.transaction().execute(async (trx) => {
        if (!(await holdRecordingParents(trx, storage.dialect, parentsOf(transcript))))
          throw new RunStopped();
        await setSegmentSpeakers(
          trx,
          rows.map((r, i) => ({ id: r.id, speaker: labels[i] ?? null })),
        );
      });
      return null;
    } catch (error) {
      if (job.signal.aborted || error instanceof RunStopped) throw error;
      log(`transcript ${transcriptId}: speakers not grouped`, error);
      return SPEAKERS_NOTE;
    }
  }

  return {
    name: TRANSCRIBE_JOB,
    payload,
    maxAttempts,
    ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
    handler: async ({ transcriptId }, job) => {
      try {
        return await oneAtATime(() => {
          job.signal.throwIfAborted();
          return run(transcriptId, job);
        });
      } catch (error) {
        if (error instanceof RunStopped) return { status: 'skipped' };
        const current = await findTranscript(db, transcriptId);
        if (current?.status === 'cancelled') return { status: 'skipped' };
        if (job.signal.aborted) {
          // The job itself was cancelled (not through the transcript): the transcript says so too.
          if (job.signal.reason === ('cancelled' satisfies JobAbortReason)) {
            await updateMine(transcriptId, job.jobId, { status: 'cancelled', finished_at: now() });
            return { status: 'skipped' };
          }
          // The server is stopping: the run waits in the queue and resumes from its checkpoint at the next start.
          await updateMine(transcriptId, job.jobId, { status: 'queued' });
          throw error;
        }
        const final =
          error instanceof EngineUnavailableError ||
          error instanceof BlobIntegrityError ||
          job.attempt >= maxAttempts;
        const message = describe(error);
        log(`transcript ${transcriptId}: attempt ${job.attempt} failed`, error);
        if (final) {
          const plain = `The transcript stopped: ${message} The text made so far is kept; try again to go on from there.`;
          await updateMine(transcriptId, job.jobId, { status: 'failed', error: plain, finished_at: now() });
          return { status: 'failed', error: plain };
        }
        await updateMine(transcriptId, job.jobId, {
          status: 'queued',
          error: `The transcript stopped (${message}). It will try again in a moment.`,
        });
        throw error;
      }
    },
  };
}
