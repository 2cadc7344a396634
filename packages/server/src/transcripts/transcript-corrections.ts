import {
  applyCorrections,
  emptyCorrections,
  resolveLabel,
  type MachineSegment,
  type SegmentCorrection,
  type TranscriptCorrections,
} from '@iep/core';
import { RECORDING_NOT_FOUND } from '../recordings/recordings.service.js';
import { conflict, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import {
  listSegmentRows,
  loadCorrections,
  machineSegments,
  saveCorrections,
  setSearchColumns,
  shownTranscript,
  toMachineSegment,
} from './transcripts.repository.js';
import {
  bodyOf,
  getTranscriptBundle,
  NO_TRANSCRIPT,
  recordingOf,
  SEGMENT_NOT_FOUND,
  SPEAKER_NOT_FOUND,
  type Db,
  type TranscriptsDeps,
} from './transcripts.service.js';
import type { TranscriptBody } from '@iep/core/contract';
import { holdRecordingParents } from '../db/lock-order.js';

// The parent's corrections: rename a speaker (everywhere), merge two speakers, move a segment to another speaker,
// edit a segment's text. They are one layer per recording over the machine output, so a new recognition run keeps
// them; the corrected text and speaker names are copied onto the shown run's segments for search.

/**
 * Recomputes the corrected text and speaker name that search uses, for the segments of one run whose values
 * changed. Called after every correction and when a run becomes the shown one.
 */
export async function refreshSearchColumns(
  db: Db,
  transcriptId: string,
  corrections: TranscriptCorrections,
): Promise<void> {
  const rows = await listSegmentRows(db, transcriptId);
  const view = applyCorrections(rows.map(toMachineSegment), corrections);
  const byId = new Map(view.segments.map((s) => [s.id, s]));
  const changes = [];
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen && (seen.text !== row.search_text || seen.speakerName !== row.speaker_name))
      changes.push({ id: row.id, search_text: seen.text, speaker_name: seen.speakerName });
  }
  await setSearchColumns(db, changes);
}

type Change =
  | { kind: 'segment'; segmentId: string; text?: string | undefined; speaker?: string | undefined }
  | { kind: 'rename'; label: string; name: string }
  | { kind: 'merge'; from: string; into: string };

/** Applies one change to the corrections; a plain message when it does not fit the transcript. */
function applyChange(
  corrections: TranscriptCorrections,
  change: Change,
  segments: readonly MachineSegment[],
  labels: ReadonlySet<string>,
): string | null {
  switch (change.kind) {
    case 'segment': {
      const segment = segments.find((s) => s.id === change.segmentId);
      if (!segment) return SEGMENT_NOT_FOUND;
      const previous = corrections.segments[segment.id];
      const next: SegmentCorrection = { ...(previous ?? {}), start: segment.start, end: segment.end };
      if (change.text !== undefined) {
        if (change.text === segment.text) delete next.text;
        else next.text = change.text;
      }
      if (change.speaker !== undefined) {
        if (change.speaker === segment.speaker) delete next.speaker;
        else next.speaker = change.speaker;
      }
      // A segment back to what the machine said needs no correction.
      corrections.segments = Object.fromEntries(
        Object.entries(corrections.segments).filter(([id]) => id !== segment.id),
      );
      if (next.text !== undefined || next.speaker !== undefined) corrections.segments[segment.id] = next;
      return null;
    }
    case 'rename': {
      if (!labels.has(change.label)) return SPEAKER_NOT_FOUND;
      corrections.speakerNames[change.label] = change.name;
      return null;
    }
    case 'merge': {
      if (!labels.has(change.from) || !labels.has(change.into)) return SPEAKER_NOT_FOUND;
      const merges = corrections.speakerMerges;
      if (resolveLabel(change.from, merges) === resolveLabel(change.into, merges))
        return 'These are already the same speaker. Pick two different speakers.';
      corrections.speakerMerges[change.from] = change.into;
      return null;
    }
  }
}

/** A correction that cannot be made, with the sentence that says why. */
class Refused extends Error {
  override name = 'Refused';
}

async function refusedOrNull(work: () => Promise<void>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
}

/** Changes the parent's corrections of the recording's shown transcript; answers with the new transcript. */
async function correct(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
  change: Change,
): Promise<CaseResult<TranscriptBody>> {
  const recordingResult = await recordingOf(deps, ownerId, caseId, recordingId);
  if (recordingResult.kind !== 'ok') return recordingResult;
  const recording = recordingResult.value;
  const storage = deps.ctx.storage;
  const outcome = await refusedOrNull(async () => {
    await storage.db.transaction().execute(async (trx) => {
      // The one lock order under a recording (db/lock-order.ts): a delete at the same moment never deadlocks.
      if (!(await holdRecordingParents(trx, storage.dialect, { caseId, recordingId: recording.id })))
        throw new Refused(RECORDING_NOT_FOUND);
      const shown = await shownTranscript(trx, recording.id);
      if (!shown) throw new Refused(NO_TRANSCRIPT);
      // Two corrections at the same moment must not overwrite each other: lock the row they both change.
      await trx
        .insertInto('transcript_corrections')
        .values({
          recording_id: recording.id,
          case_id: caseId,
          corrections: JSON.stringify(emptyCorrections()),
          updated_at: deps.ctx.now().toISOString(),
        })
        .onConflict((oc) => oc.column('recording_id').doNothing())
        .execute();
      if (storage.dialect === 'postgres')
        await trx
          .selectFrom('transcript_corrections')
          .select('recording_id')
          .where('recording_id', '=', recording.id)
          .forUpdate()
          .execute();
      const corrections = await loadCorrections(trx, recording.id);
      const segments = await machineSegments(trx, shown.id);
      const view = applyCorrections(segments, corrections);
      const labels = new Set<string>([
        ...segments.flatMap((s) => (s.speaker === null ? [] : [s.speaker])),
        ...view.speakers.map((s) => s.label),
      ]);
      const problem = applyChange(corrections, change, segments, labels);
      // Thrown, not returned: the transaction rolls back, so a refused change leaves no empty corrections row.
      if (problem) throw new Refused(problem);
      await saveCorrections(trx, {
        recordingId: recording.id,
        caseId,
        corrections,
        now: deps.ctx.now().toISOString(),
      });
      await refreshSearchColumns(trx, shown.id, corrections);
    });
  });
  if (outcome !== null)
    return outcome === NO_TRANSCRIPT || outcome === SEGMENT_NOT_FOUND || outcome === SPEAKER_NOT_FOUND
      ? partNotFound(outcome)
      : conflict(outcome);
  const bundle = await getTranscriptBundle(storage, caseId, recording.id);
  return bundle ? ok(bodyOf(bundle)) : partNotFound(RECORDING_NOT_FOUND);
}

export function editSegment(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
  segmentId: string,
  patch: { text?: string | undefined; speaker?: string | undefined },
): Promise<CaseResult<TranscriptBody>> {
  return correct(deps, ownerId, caseId, recordingId, { kind: 'segment', segmentId, ...patch });
}

export function renameSpeaker(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
  label: string,
  name: string,
): Promise<CaseResult<TranscriptBody>> {
  return correct(deps, ownerId, caseId, recordingId, { kind: 'rename', label, name });
}

export function mergeSpeakers(
  deps: TranscriptsDeps,
  ownerId: string,
  caseId: string,
  recordingId: string,
  from: string,
  into: string,
): Promise<CaseResult<TranscriptBody>> {
  return correct(deps, ownerId, caseId, recordingId, { kind: 'merge', from, into });
}
