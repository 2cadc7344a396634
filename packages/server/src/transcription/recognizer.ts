import type { TranscriptWord } from '@iep/core';
import type { EngineInfo } from '@iep/core/contract';
import type { SpeechSegment } from './vad.js';

// The one interface both engines implement: a batch of speech segments in, one text per segment out. Word times
// are seconds from the segment's own start; the caller places them on the recording's timeline.

export interface SegmentText {
  text: string;
  words: TranscriptWord[];
}

export interface Recognizer {
  readonly info: EngineInfo;
  /** One result per segment, in order. Stops (and kills any child process) when the signal aborts. */
  recognize(segments: SpeechSegment[], signal?: AbortSignal): Promise<SegmentText[]>;
  close(): Promise<void>;
}
