import { describe, expect, it } from 'vitest';
import type { SherpaVad } from './sherpa-addon.js';
import { SAMPLE_RATE } from './pcm.js';
import { PAD_SEC, SpeechBatcher, type SpeechBatch } from './vad.js';

// The batcher around a stand-in detector: any non-zero sample is speech, and a stretch ends after 0.3 s of zeros
// (as Silero's minimum silence does). What is tested is the batcher's part: the padding of each segment with the
// audio around it (never over a neighbour, never before the detector's last reset) and that a run resumed at a
// batch's end finds the same segments as one that never stopped.

const MIN_SILENCE = Math.round(0.3 * SAMPLE_RATE);

function fakeVad(): SherpaVad {
  let fed = 0;
  let speech: number[] = [];
  let start = -1;
  let quiet = 0;
  const found: { start: number; samples: Float32Array }[] = [];
  const close = () => {
    found.push({ start, samples: Float32Array.from(speech) });
    speech = [];
    start = -1;
  };
  return {
    acceptWaveform(samples) {
      for (const v of samples) {
        if (v !== 0) {
          if (start < 0) start = fed;
          // Silence inside a stretch belongs to it.
          for (; quiet > 0; quiet--) speech.push(0);
          speech.push(v);
        } else if (start >= 0 && ++quiet >= MIN_SILENCE) {
          quiet = 0;
          close();
        }
        fed += 1;
      }
    },
    isEmpty: () => found.length === 0,
    isDetected: () => start >= 0,
    pop: () => void found.shift(),
    front: () => found[0] ?? { start: 0, samples: new Float32Array(0) },
    reset() {
      fed = 0;
      speech = [];
      start = -1;
      quiet = 0;
    },
    flush() {
      if (start >= 0) close();
    },
  };
}

/** Silence and speech stretches, in seconds: [silence, speech, silence, speech, ...]; speech is 0.5. */
function audio(pattern: number[]): Float32Array {
  const parts = pattern.map((sec, i) =>
    new Float32Array(Math.round(sec * SAMPLE_RATE)).fill(i % 2 ? 0.5 : 0),
  );
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function run(input: Float32Array, startSample = 0, batchSec = 1000): SpeechBatch[] {
  const batcher = new SpeechBatcher(fakeVad(), {
    startSample,
    batchSamples: batchSec * SAMPLE_RATE,
    maxBatchSamples: batchSec * 1.5 * SAMPLE_RATE,
  });
  const out: SpeechBatch[] = [];
  // Odd-sized pieces, as a PCM stream gives them.
  for (let i = startSample; i < input.length; i += 3001)
    out.push(...batcher.push(input.subarray(i, i + 3001)));
  const last = batcher.finish();
  if (last) out.push(last);
  return out;
}

const seconds = (samples: number) => Math.round((samples / SAMPLE_RATE) * 1000) / 1000;

describe('SpeechBatcher padding', () => {
  it('widens each segment by the audio around it', () => {
    const [batch] = run(audio([1, 2, 1, 2, 1]));
    const spans = batch?.segments.map((s) => [seconds(s.startSample), seconds(s.samples.length)]);
    expect(PAD_SEC).toBe(0.2);
    expect(spans).toEqual([
      [0.8, 2.4],
      [3.8, 2.4],
    ]);
    // The padding is the real audio (silence here), the speech inside is untouched.
    const first = batch?.segments[0]?.samples;
    expect(first?.[0]).toBe(0);
    expect(first?.[Math.round(0.2 * SAMPLE_RATE)]).toBe(0.5);
    expect(first?.at(-1)).toBe(0);
  });

  it('never reaches over the segment before (no sound is recognized twice)', () => {
    const [batch] = run(audio([1, 2, 0.35, 2, 1]));
    const [a, b] = batch?.segments ?? [];
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(b.startSample).toBe(a.startSample + a.samples.length);
    expect(seconds(b.startSample)).toBeCloseTo(3.2, 3);
  });

  it('pads nothing before the input (the start of a part)', () => {
    const [batch] = run(audio([0.1, 2, 1]));
    expect(batch?.segments[0]?.startSample).toBe(0);
  });

  it('gives a run resumed at a batch end the same segments as one that never stopped', () => {
    const input = audio([1, 2, 1, 1.5, 0.8, 2.5, 1, 1, 1]);
    const whole = run(input, 0, 1);
    expect(whole.length).toBeGreaterThan(2);
    const cut = whole[0]?.endSample ?? 0;
    const rest = run(input, cut, 1);
    const spans = (batches: SpeechBatch[]) =>
      batches.flatMap((b) => b.segments.map((s) => [s.startSample, s.samples.length]));
    expect(spans(rest)).toEqual(spans(whole.slice(1)));
    // Nothing of the resumed run starts before the cut.
    expect(rest[0]?.segments[0]?.startSample).toBeGreaterThanOrEqual(cut);
  });
});
