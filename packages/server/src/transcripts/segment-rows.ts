import { applyCorrections, type MachineSegment } from '@iep/core';
import { newId } from '../ids.js';
import type { RecognizedSegment } from '../transcription/transcriber.js';
import type { NewSegmentRow, TranscriptRow } from './transcripts.repository.js';

// A batch of recognized segments as rows: new ids (unique across runs), the times in ms, and the text with the
// parent's corrections for search.

/** The rows of one batch: new ids (unique across runs), the times in ms, the corrected text for search. */
export function segmentRows(
  transcript: TranscriptRow,
  segments: readonly RecognizedSegment[],
  count: number,
  corrections: Parameters<typeof applyCorrections>[1],
): NewSegmentRow[] {
  const machine: MachineSegment[] = segments.map((s) => ({
    id: newId(),
    start: s.start,
    end: s.end,
    speaker: s.speaker,
    text: s.text,
    words: s.words,
  }));
  const view = applyCorrections(machine, corrections);
  const shown = new Map(view.segments.map((s) => [s.id, s]));
  return machine.map((m, i) => {
    const seen = shown.get(m.id);
    const startMs = Math.round(m.start * 1000);
    return {
      id: m.id,
      transcript_id: transcript.id,
      recording_id: transcript.recording_id,
      case_id: transcript.case_id,
      seq: count + i,
      start_ms: startMs,
      end_ms: Math.max(startMs, Math.round(m.end * 1000)),
      speaker: m.speaker,
      text: m.text,
      words: JSON.stringify(m.words),
      embedding: segments[i]?.embedding ? JSON.stringify(segments[i]?.embedding) : null,
      search_text: seen?.text ?? m.text,
      speaker_name: seen?.speakerName ?? '',
    };
  });
}
