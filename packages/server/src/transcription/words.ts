import type { TranscriptWord } from '@iep/core';
import type { SherpaResult } from './sherpa-addon.js';

// Word timing inside one segment (seconds from the segment's start). Engines that give token times (transducers
// such as Parakeet) are grouped into words; otherwise (Whisper, Moonshine) the words are spread over the segment
// in proportion to their length, with no confidence, which is close enough to click and hear the right moment.

const round = (sec: number) => Math.round(sec * 1000) / 1000;

/** Words spread evenly (by length) over [0, durationSec]. */
export function spreadWords(text: string, durationSec: number): TranscriptWord[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const total = words.reduce((sum, w) => sum + w.length + 1, 0);
  let at = 0;
  return words.map((w) => {
    const length = ((w.length + 1) / total) * durationSec;
    const word = { text: w, start: round(at), end: round(at + length), confidence: null };
    at += length;
    return word;
  });
}

/** Words from sherpa's tokens and token times; falls back to spreading when the result has no times. */
export function wordsFromResult(result: SherpaResult, durationSec: number): TranscriptWord[] {
  const tokens = result.tokens ?? [];
  const times = result.timestamps ?? [];
  if (tokens.length === 0 || times.length !== tokens.length) return spreadWords(result.text, durationSec);
  const logProbs = result.ys_log_probs?.length === tokens.length ? result.ys_log_probs : null;
  const durations = result.durations?.length === tokens.length ? result.durations : null;
  type Building = { text: string; start: number; end: number; logProbs: number[] };
  const built: Building[] = [];
  tokens.forEach((token, i) => {
    const at = times[i] ?? 0;
    // SentencePiece marks a word start with U+2581, BPE (Whisper) with a leading space.
    const startsWord = /^[\s\u2581]/.test(token) || built.length === 0;
    const piece = token.replace(/^[\s\u2581]+/, '');
    const end = durations ? at + (durations[i] ?? 0) : at;
    const last = built[built.length - 1];
    if (startsWord || !last) built.push({ text: piece, start: at, end, logProbs: [] });
    else {
      last.text += piece;
      last.end = Math.max(last.end, end);
    }
    const current = built[built.length - 1];
    if (current && logProbs) current.logProbs.push(logProbs[i] ?? 0);
  });
  const words = built.filter((w) => w.text.trim() !== '');
  return words.map((w, i) => {
    const next = words[i + 1];
    // Without token durations a word lasts until the next one starts (or the segment ends).
    const end = Math.min(durationSec, durations ? Math.max(w.end, w.start) : next ? next.start : durationSec);
    const confidence =
      w.logProbs.length > 0 ? Math.exp(w.logProbs.reduce((s, p) => s + p, 0) / w.logProbs.length) : null;
    return {
      text: w.text,
      start: round(Math.min(w.start, durationSec)),
      end: round(end),
      confidence: confidence === null ? null : Math.round(confidence * 1000) / 1000,
    };
  });
}
