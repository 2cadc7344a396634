import type { MachineSegment } from '@iep/core';
import type { EngineChoice, EngineInfo, EngineName } from '@iep/core/contract';

// The Transcriber port: audio in (16 kHz mono PCM as a stream), machine segments out, a batch at a time so the
// caller can save them (checkpoint) before more work is done. Engines: sherpa-onnx (Whisper, Moonshine or
// Parakeet models) and Debian's pocketsphinx (the fallback that needs no model download). What the API shows of an
// engine is the contract's EngineInfo.

export type { EngineChoice, EngineInfo, EngineName };

/** Saved after each batch: where to resume. */
export interface Checkpoint {
  /** Seconds of the input fully processed (all segments ending before it are saved). */
  processedSec: number;
  /** Segments saved so far (for numbering). */
  segmentCount: number;
  /** What the engine carries from batch to batch (opaque; null or absent: nothing), so a resume decodes alike. */
  carry?: string | null;
}

/** A segment with the voice embedding used to group speakers at the end (kept with the segment). */
export interface RecognizedSegment extends MachineSegment {
  embedding: number[] | null;
}

export interface TranscribeOptions {
  engine: EngineChoice;
  /** Number of people speaking when known (the roster's headcount); otherwise estimated. */
  speakers?: number;
  /** Resume: skip the input before checkpoint.processedSec. */
  resume?: Checkpoint;
  /** Total length when known (for progress). */
  durationSec?: number;
  /** Offset added to every time (a part's place on the recording's timeline). */
  offsetSec?: number;
  /** Called after each batch, before more audio is read; a throw stops the run. */
  onBatch(segments: RecognizedSegment[], checkpoint: Checkpoint): Promise<void>;
  /** Fraction done 0..1. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

export interface TranscribeResult {
  engine: EngineInfo;
  /** Seconds of audio read. */
  durationSec: number;
  segmentCount: number;
}

/** Raised when no engine can run or a model is missing or broken; the message says what to do. */
export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}
