import type { Storage } from '../db/open-storage.js';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase } from '../cases/cases.service.js';
import { RECORDING_NOT_FOUND } from '../recordings/recordings.service.js';
import { meetingDay } from './items.meeting.js';
import { renderTranscript, type RenderedTranscript, type TranscriptFormat } from './export-render.js';
import { findTranscript } from './transcripts.repository.js';
import { getTranscriptBundle, NO_TRANSCRIPT } from './transcripts.service.js';

// A download of the recording's transcript as the parent sees it: the shown run, with their corrections.

export async function exportTranscript(
  storage: Storage,
  input: { ownerId: string; caseId: string; recordingId: string; format: TranscriptFormat },
): Promise<CaseResult<RenderedTranscript>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  const bundle = await getTranscriptBundle(storage, input.caseId, input.recordingId);
  if (bundle === null) return partNotFound(RECORDING_NOT_FOUND);
  // The run the parent sees (a re-run still going shows the previous one), with its own engine and length.
  const shown =
    bundle.shownTranscriptId === null ? null : await findTranscript(storage.db, bundle.shownTranscriptId);
  if (shown === null) return partNotFound(NO_TRANSCRIPT);
  const lastEnd = bundle.view.segments.reduce((end, s) => Math.max(end, s.end), 0);
  return ok(
    await renderTranscript(
      bundle.view,
      {
        studentName: stored.file.student.name,
        meetingDate: meetingDay(stored.file, bundle.meetingId, storage.now()),
        engine: shown.engine,
        durationSec: shown.duration_sec ?? lastEnd,
      },
      input.format,
    ),
  );
}
