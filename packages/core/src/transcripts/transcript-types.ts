import type { BookmarkKind } from '../contract/enums.js';

// The transcript model shared by the server, the web app and the CLI. Times are seconds on the recording's
// timeline (parts played one after another), as numbers with millisecond precision.
// These are the one declaration of each shape: the HTTP contract's schemas (contract/transcripts.ts) are tied to
// them with `matching`, so a change here that the wire does not follow is a compile error.

/** A word as the engine heard it. `confidence` is 0..1, or null when the engine gives none. */
export interface TranscriptWord {
  text: string;
  start: number;
  end: number;
  confidence: number | null;
}

/**
 * One stretch of speech as the machine recognized it. `speaker` is the machine's label ("S1", "S2", ...) or null
 * before speakers are grouped. The machine output is never edited: the parent's changes live in
 * TranscriptCorrections and are applied on top.
 */
export interface MachineSegment {
  id: string;
  start: number;
  end: number;
  speaker: string | null;
  text: string;
  words: TranscriptWord[];
}

/** The parent's layer over the machine output. Re-running recognition keeps it (see applyCorrections). */
export interface TranscriptCorrections {
  /** Machine speaker label -> the name the parent gave it (usually a roster name). */
  speakerNames: Record<string, string>;
  /** Machine speaker label -> the label it was merged into. */
  speakerMerges: Record<string, string>;
  /**
   * Per segment: new text and/or another speaker label. `start`/`end` are the segment's times when the change was
   * made, so the change finds its segment again after recognition is re-run (new ids, similar times).
   */
  segments: Record<string, SegmentCorrection>;
}

export interface SegmentCorrection {
  start: number;
  end: number;
  text?: string;
  speaker?: string;
}

/** A segment as the parent sees it: corrections applied. */
export interface SegmentView {
  id: string;
  start: number;
  end: number;
  /** The label after merges and moves (null: not grouped). */
  speaker: string | null;
  /** The name to show: the parent's name for the label, else "Speaker 1" etc., else "Unknown speaker". */
  speakerName: string;
  text: string;
  /** The machine's words, kept for click-to-hear even when the text was edited (then `edited` is true). */
  words: TranscriptWord[];
  edited: boolean;
  /** The machine text, when the parent edited it. */
  machineText: string | null;
}

export interface SpeakerView {
  label: string;
  name: string;
  /** Whether the parent named this speaker. */
  named: boolean;
  segmentCount: number;
  /** Seconds of speech. */
  seconds: number;
  /** A representative moment to hear (start and end, seconds): the longest segment, at most 10 s of it. */
  sample: { start: number; end: number } | null;
}

export interface TranscriptView {
  segments: SegmentView[];
  speakers: SpeakerView[];
}

export const EXTRACT_KINDS = ['commitment', 'refusal', 'agreement', 'open-question'] as const;
export type ExtractKind = (typeof EXTRACT_KINDS)[number];

/** One utterance given to extraction: from a transcript segment, a bookmark, or a line of a text file. */
export interface Utterance {
  speaker: string | null;
  text: string;
  /** Seconds on the recording's timeline, or null when unknown (a text file). */
  start: number | null;
  /** Set when the utterance is a recorder bookmark; the kind hints at what it is. */
  bookmark?: { kind: BookmarkKind };
}

export interface ExtractedItem {
  kind: ExtractKind;
  /** What was promised / refused / agreed / asked, as a short plain sentence. */
  text: string;
  /** Who (for a commitment: who will do it; for a refusal: who said no), or null. */
  who: string | null;
  /** YYYY-MM-DD, resolved against the meeting date, or null. */
  due: string | null;
  start: number | null;
  /** The utterance it came from, unchanged. */
  source: string;
}
