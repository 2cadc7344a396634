import type { TranscriptBody, TranscriptBookmark, TranscriptSummary } from '@iep/core/contract';
import { applyCorrections, type CaseFile, type TranscriptView } from '@iep/core';
import { holdRecordingParents } from '../db/lock-order.js';
import type { Storage } from '../db/open-storage.js';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { AppContext } from '../context/app-context.js';
import {
  findRecording,
  listBookmarks,
  listParts,
  type RecordingRow,
} from '../recordings/recordings.repository.js';
import { ownsCase } from '../cases/case-access.js';
import { RECORDING_NOT_FOUND } from '../recordings/recordings.service.js';
import { timelineOf } from '../recordings/views.js';
import { conflict, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase } from '../cases/cases.service.js';
import type { EngineChoice, EngineInfo } from '@iep/core/contract';
import { EngineUnavailableError } from '../transcription/transcriber.js';
import type { Kysely, Transaction } from 'kysely';
import type { TranscriptionEngine } from './transcription-engine.js';
import {
  activeTranscript,
  findTranscript,
  findTranscriptOfCase,
  insertTranscript,
  latestTranscript,
  loadCorrections,
  machineSegments,
  showTranscript,
  shownTranscript,
  updateTranscript,
  type TranscriptRow,
} from './transcripts.repository.js';
import { transcriptSummary } from './transcript-views.js';

// Transcripts of a case's recordings: start a run (a background job), follow it, cancel or retry it, and read the
// transcript with the parent's corrections applied (making corrections: transcript-corrections.ts). Every function that takes an owner checks the
// case is theirs first; anything of another case is "not found", like a missing one.

export const TRANSCRIBE_JOB = 'transcribe';

export const NOT_READY =
  'This recording is still being recorded or prepared. Try again when every part of it is ready.';
export const NO_AUDIO = 'This recording has no audio yet. Record or import the meeting first.';
export const ALREADY_RUNNING =
  'This recording is already being turned into text. Wait for it to finish, or cancel it first.';
export const NOT_RUNNING = 'This transcript is not being made right now, so there is nothing to cancel.';
export const NOT_RETRYABLE =
  'Only a transcript that failed or was cancelled can be tried again. To run it again, start a new one.';
export const TRANSCRIPT_NOT_FOUND = 'This transcript was not found. Reload the page.';
export const NO_TRANSCRIPT = 'This recording has no transcript yet. Make one first.';
export const SEGMENT_NOT_FOUND = 'This part of the transcript was not found. Reload the page.';
export const SPEAKER_NOT_FOUND = 'This speaker is not in the transcript. Reload the page.';

/** What the transcripts service works with; `engine` is the real one in the app, a fake in some tests. */
export interface TranscriptsDeps {
  ctx: AppContext;
  jobs: JobQueue;
  engine: TranscriptionEngine;
  modelsDir: string;
}

export type Db = Kysely<Database> | Transaction<Database>;

/**
 * How many people a meeting of this case usually has: the roster (team members who come to meetings, so not the
 * custodians of records) plus the parents. Null when the case has no team listed: then the engine estimates.
 */
export function rosterHeadcount(file: CaseFile): number | null {
  const team = file.team.filter((member) => member.role !== 'custodian-of-records');
  if (team.length === 0) return null;
  return Math.min(30, team.length + file.parents.length);
}

export async function listEngineInfos(deps: TranscriptsDeps): Promise<EngineInfo[]> {
  return deps.engine.listEngines({ modelsDir: deps.modelsDir });
}

export async function recordingOf(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<RecordingRow>> {
  if (!(await ownsCase(deps.ctx.storage, ownerId, caseId))) return notFound;
  const recording = await findRecording(deps.ctx.storage.db, caseId, recordingId);
  return recording ? ok(recording) : partNotFound(RECORDING_NOT_FOUND);
}

/** Whether every part of the recording is ready to be read (and there is at least one). */
async function audioProblem(db: Kysely<Database>, recordingId: string): Promise<string | null> {
  const parts = await listParts(db, recordingId);
  if (parts.length === 0) return NO_AUDIO;
  if (parts.some((p) => p.status !== 'ready' || p.blob_id === null)) return NOT_READY;
  return null;
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string };
  return (
    e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/.test(e.message ?? '')
  );
};

export const JOB_LOST =
  'The background work stopped before this transcript was finished. Try again to go on from where it stopped.';

/**
 * The recording's queued or running transcript, or null. One whose job has ended without ending it (a job queue
 * that gave up on it, a job that could not run, a job cancelled in the queue) is marked failed (or cancelled)
 * first, so it never stays "running" forever and the parent can try again.
 */
export async function reconcileActive(
  deps: TranscriptsDeps,
  recordingId: string,
): Promise<TranscriptRow | null> {
  const db = deps.ctx.storage.db;
  const active = await activeTranscript(db, recordingId);
  if (!active || active.job_id === null) return active;
  const job = await deps.jobs.get(active.job_id);
  // While the job is queued or running it still owns the transcript; the handler ends the transcript before
  // its job ends, so a settled job with an active transcript lost it.
  if (job && (job.status === 'queued' || job.status === 'running')) return active;
  const now = deps.ctx.now().toISOString();
  const cancelled = job?.status === 'cancelled';
  const result = await db
    .updateTable('transcripts')
    .set({
      status: cancelled ? 'cancelled' : 'failed',
      error: cancelled ? active.error : JOB_LOST,
      finished_at: now,
      updated_at: now,
    })
    .where('id', '=', active.id)
    .where('status', 'in', ['queued', 'running'])
    .where('job_id', '=', active.job_id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? null : activeTranscript(db, recordingId);
}

export interface StartInput {
  engine?: EngineChoice | undefined;
  speakers?: number | undefined;
}

/** Queues a transcription of the recording. 409 when its audio is not ready, a run is on, or no engine can run. */
export async function startTranscription(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
  input: StartInput,
): Promise<CaseResult<TranscriptSummary>> {
  const db = deps.ctx.storage.db;
  const stored = await getStoredCase(deps.ctx.storage, ownerId, caseId);
  if (!stored) return notFound;
  const recording = await findRecording(db, caseId, recordingId);
  if (!recording) return partNotFound(RECORDING_NOT_FOUND);
  const problem = await audioProblem(db, recording.id);
  if (problem) return conflict(problem);
  if (await reconcileActive(deps, recording.id)) return conflict(ALREADY_RUNNING);
  const choice = input.engine ?? 'auto';
  let engine: EngineInfo;
  try {
    engine = await deps.engine.pickEngine(choice, { modelsDir: deps.modelsDir });
  } catch (error) {
    if (error instanceof EngineUnavailableError) return conflict(error.message);
    throw error;
  }
  const created = await createRun(deps, recording, {
    choice,
    engine,
    speakers: input.speakers ?? rosterHeadcount(stored.file),
    live: false,
  });
  if (created === 'running') return conflict(ALREADY_RUNNING);
  if (created === 'gone') return partNotFound(RECORDING_NOT_FOUND);
  return ok(created);
}

export interface NewRun {
  choice: EngineChoice;
  engine: EngineInfo;
  speakers: number | null;
  /** Started by the recorder's audio: it reads parts still being recorded (live-transcripts.ts). */
  live: boolean;
}

/** Saves a queued run of the recording and queues its job; 'running' when one is on, 'gone' when deleted. */
export async function createRun(
  deps: TranscriptsDeps,
  recording: RecordingRow,
  run: NewRun,
): Promise<TranscriptSummary | 'running' | 'gone'> {
  const db = deps.ctx.storage.db;
  const now = deps.ctx.now().toISOString();
  const parts = await listParts(db, recording.id);
  const row: TranscriptRow = {
    id: newId(),
    recording_id: recording.id,
    case_id: recording.case_id,
    meeting_id: recording.meeting_id,
    status: 'queued',
    engine_choice: run.choice,
    engine_name: run.engine.name,
    engine: run.engine.label,
    engine_note: run.engine.accuracyNote,
    speakers_expected: run.speakers,
    // A live run's length is known once the recording stops.
    duration_sec: run.live ? null : timelineOf(parts).totalMs / 1000,
    processed_sec: 0,
    resumed_from_sec: 0,
    segment_count: 0,
    error: null,
    job_id: null,
    shown: 0,
    live: run.live ? 1 : 0,
    engine_carry: null,
    started_at: null,
    finished_at: null,
    created_at: now,
    updated_at: now,
  };
  let gone = false;
  try {
    await db.transaction().execute(async (trx) => {
      // The one lock order under a recording (db/lock-order.ts): a delete at the same moment never deadlocks.
      const storage = deps.ctx.storage;
      const parents = { caseId: recording.case_id, recordingId: recording.id };
      if (!(await holdRecordingParents(trx, storage.dialect, parents))) {
        gone = true;
        return;
      }
      await insertTranscript(trx, row);
      // Until a run finishes, the newest one is shown (its segments appear as they come); a finished transcript
      // stays shown while a re-run is under way.
      const shown = await shownTranscript(trx, recording.id);
      if (shown?.status !== 'done') await showTranscript(trx, recording.id, row.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'running';
    throw error;
  }
  if (gone) return 'gone';
  return enqueue(deps, row.id);
}

async function enqueue(deps: TranscriptsDeps, transcriptId: string): Promise<TranscriptSummary> {
  const db = deps.ctx.storage.db;
  try {
    const jobId = await deps.jobs.enqueue(TRANSCRIBE_JOB, { transcriptId });
    // The job may have started already: only fill in the id, never undo its progress.
    await db.updateTable('transcripts').set({ job_id: jobId }).where('id', '=', transcriptId).execute();
  } catch (error) {
    const now = deps.ctx.now().toISOString();
    await updateTranscript(db, transcriptId, {
      status: 'failed',
      error:
        'The background work could not be started. Try again; if it keeps happening, check the server log.',
      finished_at: now,
      updated_at: now,
    });
    throw error;
  }
  const row = await findTranscript(db, transcriptId);
  if (!row) throw new Error('The transcript row is gone.');
  return transcriptSummary(row, deps.ctx.now());
}

/** Stops a queued or running transcription; the segments made so far are kept (retry resumes from them). */
export async function cancelTranscription(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  transcriptId: string,
): Promise<CaseResult<TranscriptSummary>> {
  const db = deps.ctx.storage.db;
  if (!(await ownsCase(deps.ctx.storage, ownerId, caseId))) return notFound;
  const row = await findTranscriptOfCase(db, caseId, transcriptId);
  if (!row) return partNotFound(TRANSCRIPT_NOT_FOUND);
  const now = deps.ctx.now().toISOString();
  const result = await db
    .updateTable('transcripts')
    .set({ status: 'cancelled', finished_at: now, updated_at: now })
    .where('id', '=', row.id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return conflict(NOT_RUNNING);
  // The job checks the row between batches too; cancelling the job stops it at once (its signal aborts).
  if (row.job_id !== null) await deps.jobs.cancel(row.job_id).catch(() => undefined);
  const fresh = await findTranscriptOfCase(db, caseId, transcriptId);
  return ok(transcriptSummary(fresh ?? row, deps.ctx.now()));
}

/** Runs a failed or cancelled transcription again; it resumes from its last checkpoint. */
export async function retryTranscription(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  transcriptId: string,
): Promise<CaseResult<TranscriptSummary>> {
  const db = deps.ctx.storage.db;
  if (!(await ownsCase(deps.ctx.storage, ownerId, caseId))) return notFound;
  const row = await findTranscriptOfCase(db, caseId, transcriptId);
  if (!row) return partNotFound(TRANSCRIPT_NOT_FOUND);
  if (row.status !== 'failed' && row.status !== 'cancelled') return conflict(NOT_RETRYABLE);
  const problem = await audioProblem(db, row.recording_id);
  if (problem) return conflict(problem);
  if (await reconcileActive(deps, row.recording_id)) return conflict(ALREADY_RUNNING);
  const now = deps.ctx.now().toISOString();
  try {
    const result = await db
      .updateTable('transcripts')
      .set({ status: 'queued', error: null, finished_at: null, job_id: null, updated_at: now })
      .where('id', '=', row.id)
      .where('status', 'in', ['failed', 'cancelled'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return conflict(NOT_RETRYABLE);
  } catch (error) {
    if (isUniqueViolation(error)) return conflict(ALREADY_RUNNING);
    throw error;
  }
  const shown = await shownTranscript(db, row.recording_id);
  if (shown?.status !== 'done') await showTranscript(db, row.recording_id, row.id);
  return ok(await enqueue(deps, row.id));
}

async function bookmarksOf(db: Kysely<Database>, recordingId: string): Promise<TranscriptBookmark[]> {
  const rows = await listBookmarks(db, recordingId);
  return rows.map((b) => ({ id: b.id, atSec: Number(b.at_ms) / 1000, kind: b.kind, note: b.note }));
}

export interface TranscriptBundle {
  /** The newest run (its status and progress), or null when none was made. */
  transcript: TranscriptSummary | null;
  /** The shown run's segments with the parent's corrections applied. */
  view: TranscriptView;
  bookmarks: TranscriptBookmark[];
  meetingId: string;
  /** The run whose segments `view` holds (the newest finished one, else the newest), or null. */
  shownTranscriptId: string | null;
}

/**
 * The transcript of a recording of this case as the parent sees it, or null when the case has no such
 * recording. No owner check: callers check the case is the user's first.
 */
export async function getTranscriptBundle(
  storage: Storage,
  caseId: string,
  recordingId: string,
): Promise<TranscriptBundle | null> {
  const db = storage.db;
  const recording = await findRecording(db, caseId, recordingId);
  if (!recording) return null;
  const latest = await latestTranscript(db, recording.id);
  const shown = await shownTranscript(db, recording.id);
  const view = shown
    ? applyCorrections(await machineSegments(db, shown.id), await loadCorrections(db, recording.id))
    : { segments: [], speakers: [] };
  return {
    transcript: latest ? transcriptSummary(latest, storage.now()) : null,
    view,
    bookmarks: await bookmarksOf(db, recording.id),
    meetingId: recording.meeting_id,
    shownTranscriptId: shown?.id ?? null,
  };
}

export const bodyOf = (bundle: TranscriptBundle): TranscriptBody => ({
  transcript: bundle.transcript,
  segments: bundle.view.segments,
  speakers: bundle.view.speakers,
  bookmarks: bundle.bookmarks,
});

export async function getTranscript(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<TranscriptBody>> {
  const recording = await recordingOf(deps, ownerId, caseId, recordingId);
  if (recording.kind !== 'ok') return recording;
  await reconcileActive(deps, recording.value.id);
  const bundle = await getTranscriptBundle(deps.ctx.storage, caseId, recordingId);
  return bundle ? ok(bodyOf(bundle)) : partNotFound(RECORDING_NOT_FOUND);
}
