import type { TranscriptWord } from '@iep/core';
import type { EngineInfo } from '@iep/core/contract';
import type { SpeechSegment } from './vad.js';

// The one interface both engines implement: a batch of speech segments in, one text per segment out. Word times
// are seconds from the segment's own start; the caller places them on the recording's timeline.

export interface SegmentText {
  text: string;
  words: TranscriptWord[];
}

export interface RecognizeOptions {
  signal?: AbortSignal;
  /** What an earlier batch left for the next (the engine's own string, e.g. pocketsphinx's cepstral mean). */
  carry?: string | null;
}

export interface Recognized {
  /** One result per segment, in order. */
  texts: SegmentText[];
  /** For a later batch (saved with the checkpoint, so a resumed run decodes exactly as an unbroken one). */
  carry: string | null;
}

export interface Recognizer {
  readonly info: EngineInfo;
  /** How many batches may be recognized at once (default 1). */
  readonly parallel?: number;
  /** Stops (and kills any child process) when the signal aborts. */
  recognize(segments: SpeechSegment[], options?: RecognizeOptions): Promise<Recognized>;
  close(): Promise<void>;
}
