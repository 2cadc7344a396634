import { sql } from 'kysely';
import type { Storage } from '../db/open-storage.js';
import { holdRecordingParents } from '../db/lock-order.js';
import { newId } from '../ids.js';
import { listParts } from '../recordings/recordings.repository.js';
import { timelineOf } from '../recordings/views.js';
import { isSettled } from './live-audio.js';
import {
  insertSegments,
  listSegmentRows,
  shownTranscript,
  type TranscriptRow,
} from './transcripts.repository.js';

// A live run started by a later session of a meeting (a new part, days after the first) begins where the finished
// transcript of the earlier parts ends: it takes over that run's segments (with their voice embeddings, so the
// speakers are grouped over the whole meeting at the end) instead of recognizing hours of audio again, and is
// complete soon after the new session stops. Only when that run covered exactly the finished parts before the
// new one; otherwise the live run reads everything itself.

/** Seeds a fresh live run from the recording's finished run; returns the checkpoint reached (0: not seeded). */
export async function seedFromFinishedRun(storage: Storage, run: TranscriptRow): Promise<number> {
  const db = storage.db;
  if (run.live !== 1 || run.processed_sec > 0) return 0;
  const earlier = await shownTranscript(db, run.recording_id);
  if (!earlier || earlier.id === run.id || earlier.status !== 'done' || earlier.duration_sec === null)
    return 0;
  // The finished parts at the start of the timeline that the earlier run covered, to the second.
  const timeline = timelineOf(await listParts(db, run.recording_id));
  const parts = new Map((await listParts(db, run.recording_id)).map((p) => [p.id, p]));
  let covered = 0;
  for (const slot of timeline.parts) {
    const part = parts.get(slot.partId);
    if (!part || !isSettled(part)) break;
    const end = (slot.offsetMs + slot.durationMs) / 1000;
    if (end > earlier.duration_sec + 0.5) break;
    covered = end;
  }
  if (covered === 0 || Math.abs(covered - earlier.duration_sec) > 0.5) return 0;
  const rows = (await listSegmentRows(db, earlier.id)).map((r) => ({
    ...r,
    id: newId(),
    transcript_id: run.id,
  }));
  return db.transaction().execute(async (trx) => {
    const parents = { caseId: run.case_id, recordingId: run.recording_id };
    if (!(await holdRecordingParents(trx, storage.dialect, parents))) return 0;
    const inserted = await insertSegments(trx, rows);
    await trx
      .updateTable('transcripts')
      .set({ processed_sec: covered, segment_count: sql<number>`segment_count + ${inserted}` })
      .where('id', '=', run.id)
      .where('processed_sec', '=', 0)
      .execute();
    return covered;
  });
}
