import type { AppContext, ChunkStored } from '../context/app-context.js';
import { getStoredCase } from '../cases/cases.service.js';
import { findRecordingById } from '../recordings/recordings.repository.js';
import { EngineUnavailableError } from '../transcription/transcriber.js';
import { createRun, reconcileActive, rosterHeadcount, type TranscriptsDeps } from './transcripts.service.js';

// Live transcription: the first chunk of a recorder's part starts a live run of the recording (unless one is on),
// which reads the parts' chunks as they arrive (live-audio.ts) and is complete soon after the meeting stops. On
// by default when the machine has a speech engine; IEP_LIVE_TRANSCRIPTION=false turns it off. Starting is done in
// the background: the chunk's upload is answered without waiting for it.

/** Starts a live run of the recording unless one is on or no engine can run here; returns its id or null. */
export async function startLiveTranscript(
  deps: TranscriptsDeps,
  recordingId: string,
): Promise<string | null> {
  const db = deps.ctx.storage.db;
  if (await reconcileActive(deps, recordingId)) return null;
  const recording = await findRecordingById(db, recordingId);
  if (!recording) return null;
  let engine;
  try {
    engine = await deps.engine.pickEngine('auto', { modelsDir: deps.modelsDir });
  } catch (error) {
    if (error instanceof EngineUnavailableError) return null;
    throw error;
  }
  const owner = await db
    .selectFrom('cases')
    .select('owner_id')
    .where('id', '=', recording.case_id)
    .executeTakeFirst();
  const stored = owner ? await getStoredCase(deps.ctx.storage, owner.owner_id, recording.case_id) : null;
  if (!stored) return null;
  const created = await createRun(deps, recording, {
    choice: 'auto',
    engine,
    speakers: rosterHeadcount(stored.file),
    live: true,
  });
  return typeof created === 'string' ? null : created.id;
}

/** The ingest listener: a part's first chunk starts a live run (in the background, tracked by the context). */
export function liveTranscriptListener(deps: TranscriptsDeps): (event: ChunkStored) => void {
  const ctx: AppContext = deps.ctx;
  return (event) => {
    if (event.seq !== 0) return;
    ctx.track(
      startLiveTranscript(deps, event.recordingId).catch((error: unknown) =>
        ctx.log(`recording ${event.recordingId}: the live transcript could not start`, error),
      ),
    );
  };
}
