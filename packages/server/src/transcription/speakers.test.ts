import { describe, expect, it } from 'vitest';
import { groupSpeakers, silhouette } from './speakers.js';

/** A small deterministic random source, mulberry32 (tests must give the same result every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` noisy copies of `center`. */
function voice(center: number[], n: number, noise: number, next: () => number): number[][] {
  return Array.from({ length: n }, () => center.map((c) => c + (next() - 0.5) * noise));
}

const A = [1, 0, 0, 0, 2, 0, 0, 0];
const B = [0, 0, 3, 0, 0, 1, 0, 0];
const C = [0, 2, 0, 0, 0, 0, 0, 3];

describe('groupSpeakers', () => {
  it('names groups S1, S2 in order of first appearance, null where there is no embedding', () => {
    const next = random(1);
    const [a1, a2, a3] = voice(A, 3, 0.2, next);
    const [b1, b2] = voice(B, 2, 0.2, next);
    expect(groupSpeakers([b1 ?? [], null, a1 ?? [], b2 ?? [], a2 ?? [], a3 ?? []])).toEqual([
      'S1',
      null,
      'S2',
      'S1',
      'S2',
      'S2',
    ]);
  });

  it('cuts into the known number of speakers, even when the voices are close', () => {
    const next = random(2);
    // Real voices that sound alike still differ a little in pitch and in every part of the spectrum.
    const close = A.map((v, i) => v + (i % 2 === 0 ? 0.3 : -0.3));
    const embeddings = [...voice(A, 6, 0.2, next), ...voice(close, 6, 0.2, next)];
    const labels = groupSpeakers(embeddings, 2);
    expect(new Set(labels.slice(0, 6))).toEqual(new Set(['S1']));
    expect(new Set(labels.slice(6))).toEqual(new Set(['S2']));
    expect(groupSpeakers(embeddings, 1)).toEqual(embeddings.map(() => 'S1'));
  });

  it('with a known count, a feature that varies a lot but says nothing of the voice does not outweigh one that does', () => {
    const next = random(7);
    // Feature 0 tells the two voices apart by a little; feature 1 swings ten times as far with the words said.
    const embeddings = Array.from({ length: 20 }, (_, i) => [
      (i < 10 ? 0 : 0.5) + (next() - 0.5) * 0.1,
      (next() - 0.5) * 5,
    ]);
    const labels = groupSpeakers(embeddings, 2);
    expect(new Set(labels.slice(0, 10))).toEqual(new Set(['S1']));
    expect(new Set(labels.slice(10))).toEqual(new Set(['S2']));
  });

  it('groups only the embeddings of the most common length (a run resumed across versions)', () => {
    const next = random(8);
    const embeddings = [...voice(A, 4, 0.2, next), [1, 2, 3], ...voice(B, 4, 0.2, next)];
    const labels = groupSpeakers(embeddings, 2);
    expect(labels[4]).toBeNull();
    expect(new Set(labels.slice(0, 4))).toEqual(new Set(['S1']));
    expect(new Set(labels.slice(5))).toEqual(new Set(['S2']));
  });

  it('finds the number of voices by distance when it is not known, and one voice stays one group', () => {
    const next = random(3);
    const three = [...voice(A, 5, 0.3, next), ...voice(B, 5, 0.3, next), ...voice(C, 5, 0.3, next)];
    expect(new Set(groupSpeakers(three)).size).toBe(3);
    const one = voice(A, 12, 0.3, next);
    expect(new Set(groupSpeakers(one))).toEqual(new Set(['S1']));
  });

  it('handles too few embeddings, none, and more speakers than segments', () => {
    expect(groupSpeakers([])).toEqual([]);
    expect(groupSpeakers([null, null])).toEqual([null, null]);
    expect(groupSpeakers([A, B])).toEqual(['S1', 'S1']);
    expect(groupSpeakers([A, B], 2)).toEqual(['S1', 'S2']);
    expect(groupSpeakers([A, B, C], 5)).toEqual(['S1', 'S2', 'S3']);
  });

  it('clusters a sample of a long meeting and puts every other segment with its nearest group', () => {
    const next = random(4);
    const n = 600;
    const truth: number[] = [];
    const embeddings = Array.from({ length: n }, (_, i) => {
      const who = Math.floor(i / 7) % 3;
      truth.push(who);
      return voice([A, B, C][who] ?? A, 1, 0.3, next)[0] ?? [];
    });
    const labels = groupSpeakers(embeddings, 3, { sampleSize: 200 });
    // Every true speaker maps to exactly one label, and the labels differ.
    const byTruth = [0, 1, 2].map((who) => new Set(labels.filter((_, i) => truth[i] === who)));
    expect(byTruth.map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set(byTruth.map((s) => [...s][0])).size).toBe(3);
  });

  it('scores a clear split high and a wrong one below zero (silhouette)', () => {
    const distances = [
      [0, 0.1, 2],
      [0.1, 0, 2],
      [2, 2, 0],
    ];
    expect(silhouette(distances, [0, 0, 1])).toBeCloseTo((0.95 + 0.95 + 0) / 3, 5);
    expect(silhouette(distances, [0, 1, 1])).toBeLessThan(0);
  });
});
