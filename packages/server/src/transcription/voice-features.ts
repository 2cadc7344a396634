import { createRequire } from 'node:module';
import { SAMPLE_RATE } from './pcm.js';

// The basic voice embedding, used when no speaker model is installed: the mean and spread of the MFCCs (the
// shape of the voice's spectrum) and the pitch, over the voiced frames of one segment. It tells a low voice from a
// high one and different timbres apart reasonably well; a real speaker model (CAM++) is far better.

/** meyda's settings live on its one shared object; loaded with require so its CommonJS build is used as is. */
interface MeydaLike {
  sampleRate: number;
  bufferSize: number;
  numberOfMFCCCoefficients: number;
  extract(features: readonly string[], signal: Float32Array): Record<string, unknown> | null;
}
const Meyda = createRequire(import.meta.url)('meyda') as MeydaLike;

const FRAME = 512;
const MFCC = 13;
const MIN_VOICED_FRAMES = 5;
const MIN_F0 = 60;
const MAX_F0 = 400;

/** Pitch of one frame by normalized autocorrelation, or null when it has no clear pitch. */
export function framePitch(frame: Float32Array, sampleRate = SAMPLE_RATE): number | null {
  const minLag = Math.floor(sampleRate / MAX_F0);
  const maxLag = Math.min(frame.length - 1, Math.ceil(sampleRate / MIN_F0));
  let energy = 0;
  for (const v of frame) energy += v * v;
  if (energy <= 0) return null;
  let bestLag = 0;
  let best = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let sum = 0;
    let e1 = 0;
    let e2 = 0;
    for (let i = 0; i + lag < frame.length; i++) {
      const a = frame[i] ?? 0;
      const b = frame[i + lag] ?? 0;
      sum += a * b;
      e1 += a * a;
      e2 += b * b;
    }
    const r = sum / Math.sqrt(e1 * e2 || 1);
    if (r > best) {
      best = r;
      bestLag = lag;
    }
  }
  return best > 0.5 && bestLag > 0 ? sampleRate / bestLag : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Weights that put the features on one scale, so the angle between two embeddings means something: each is about
 * one unit of the spread seen within one voice from sentence to sentence (measured on espeak-ng voices, with room
 * for the wider pitch range of real people). Most of the spectrum's sentence-to-sentence change is the words, not
 * the voice, so the pitch (a quarter of an octave per unit) carries the most weight.
 */
const MEAN_WEIGHT = 1 / 3;
const STD_WEIGHT = 1 / 3;
const PITCH_WEIGHT = 1 / 0.25;
/**
 * The brightness and tilt of the spectrum (centroid in FFT bins, rolloff in Hz, flatness, slope), each weighted by
 * its spread within one voice from sentence to sentence (measured on twenty-four espeak-ng voices): they tell apart
 * voices of the same pitch whose timbre differs.
 */
const SPECTRAL = ['spectralCentroid', 'spectralRolloff', 'spectralFlatness', 'spectralSlope'] as const;
const SPECTRAL_WEIGHTS = [1 / 3.3, 1 / 220, 1 / 0.0175, 1 / 2.5e-8];

/**
 * [mfcc 1-12 mean, mfcc 1-12 std, log2 pitch, spectral centroid, rolloff, flatness, slope], weighted, over the
 * voiced frames; null when the segment is too short or quiet to say anything. The energy coefficient (mfcc 0) is
 * left out: loudness is not a voice.
 */
export function basicVoiceEmbedding(samples: Float32Array): number[] | null {
  Meyda.sampleRate = SAMPLE_RATE;
  Meyda.bufferSize = FRAME;
  Meyda.numberOfMFCCCoefficients = MFCC;
  const frames: Float32Array[] = [];
  const energies: number[] = [];
  for (let at = 0; at + FRAME <= samples.length; at += FRAME) {
    const frame = samples.subarray(at, at + FRAME);
    let e = 0;
    for (const v of frame) e += v * v;
    frames.push(frame);
    energies.push(Math.sqrt(e / FRAME));
  }
  if (frames.length < MIN_VOICED_FRAMES) return null;
  const loudest = Math.max(...energies);
  const floor = Math.max(0.005, loudest * 0.15);
  const mfccs: number[][] = [];
  const pitches: number[] = [];
  const spectral = new Array<number>(SPECTRAL.length).fill(0);
  frames.forEach((frame, i) => {
    if ((energies[i] ?? 0) < floor) return;
    const features = Meyda.extract(['mfcc', ...SPECTRAL], frame);
    const mfcc = features?.['mfcc'];
    if (!Array.isArray(mfcc)) return;
    mfccs.push((mfcc as number[]).slice(1));
    SPECTRAL.forEach((name, k) => {
      const value = Number(features?.[name]);
      spectral[k] = (spectral[k] ?? 0) + (Number.isFinite(value) ? value : 0);
    });
    const f0 = framePitch(frame);
    if (f0 !== null) pitches.push(f0);
  });
  if (mfccs.length < MIN_VOICED_FRAMES) return null;
  const dims = MFCC - 1;
  const mean = new Array<number>(dims).fill(0);
  const sq = new Array<number>(dims).fill(0);
  for (const m of mfccs)
    for (let d = 0; d < dims; d++) {
      mean[d] = (mean[d] ?? 0) + (m[d] ?? 0) / mfccs.length;
      sq[d] = (sq[d] ?? 0) + (m[d] ?? 0) ** 2 / mfccs.length;
    }
  const std = mean.map((m, d) => Math.sqrt(Math.max(0, (sq[d] ?? 0) - m * m)));
  // 150 Hz sits between typical men's and women's voices; no pitch found counts as that middle.
  const logPitch = pitches.length >= 3 ? Math.log2(median(pitches) / 150) : 0;
  return [
    ...mean.map((v) => v * MEAN_WEIGHT),
    ...std.map((v) => v * STD_WEIGHT),
    logPitch * PITCH_WEIGHT,
    ...spectral.map((sum, k) => (sum / mfccs.length) * (SPECTRAL_WEIGHTS[k] ?? 0)),
  ].map((v) => Math.round(v * 1e5) / 1e5);
}
