import type { TranscriptSummary } from '@iep/core/contract';
import type { TranscriptRow } from './transcripts.repository.js';

// What the API shows of a transcript run (the contract's TranscriptSummary): its state, progress and time left.

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function transcriptSummary(row: TranscriptRow, now: Date): TranscriptSummary {
  const duration = row.duration_sec;
  const processed = row.processed_sec;
  const progress =
    row.status === 'done' ? 1 : duration && duration > 0 ? Math.max(0, Math.min(1, processed / duration)) : 0;
  return {
    id: row.id,
    recordingId: row.recording_id,
    meetingId: row.meeting_id,
    status: row.status,
    live: row.live === 1,
    engine: row.engine,
    engineNote: row.engine_note,
    speakersExpected: row.speakers_expected,
    durationSec: duration,
    processedSec: round(processed, 3),
    progress: round(progress, 4),
    etaSec: etaSec(row, now),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    jobId: row.job_id,
  };
}

/**
 * Time left from this run's own speed: audio done since it started (a resumed run does not count the part done
 * before) over the time it took. Unknown until some audio is done.
 */
export function etaSec(row: TranscriptRow, now: Date): number | null {
  if (row.status !== 'running' || row.started_at === null || row.duration_sec === null) return null;
  const done = row.processed_sec - row.resumed_from_sec;
  const elapsed = (now.getTime() - Date.parse(row.started_at)) / 1000;
  if (done <= 0 || elapsed <= 0) return null;
  const left = Math.max(0, row.duration_sec - row.processed_sec);
  return Math.round((elapsed / done) * left);
}
