import { describe, expect, it } from 'vitest';
import { buildWordIndex, lastAtOrBefore, placeBookmarks, segmentAt, wordAt } from './transcript-words';

const w = (start: number, end: number) => ({ start, end });
const segments = [
  { start: 1, end: 3, words: [w(1, 1.4), w(1.5, 2), w(2.2, 3)] },
  { start: 5, end: 6, words: [w(5, 5.5), w(5.6, 6)] },
  { start: 8, end: 9, words: [] },
];

describe('lastAtOrBefore', () => {
  it('finds the last value not after t', () => {
    const a = [1, 2, 2, 5];
    expect(lastAtOrBefore(a, 0)).toBe(-1);
    expect(lastAtOrBefore(a, 1)).toBe(0);
    expect(lastAtOrBefore(a, 2)).toBe(2);
    expect(lastAtOrBefore(a, 4.9)).toBe(2);
    expect(lastAtOrBefore(a, 99)).toBe(3);
    expect(lastAtOrBefore([], 3)).toBe(-1);
  });
});

describe('wordAt', () => {
  const index = buildWordIndex(segments);
  it('finds the word being said', () => {
    expect(wordAt(index, 1.2)).toEqual({ segment: 0, word: 0 });
    expect(wordAt(index, 1.5)).toEqual({ segment: 0, word: 1 });
    expect(wordAt(index, 5.7)).toEqual({ segment: 1, word: 1 });
  });
  it('keeps a word lit through a short pause and lets go in a long one', () => {
    expect(wordAt(index, 2.1)).toEqual({ segment: 0, word: 1 });
    expect(wordAt(index, 4)).toBeNull();
    expect(wordAt(index, 0.5)).toBeNull();
  });
  it('agrees with a straight scan on a large transcript', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      start: i * 3,
      end: i * 3 + 2.5,
      words: Array.from({ length: 5 }, (_, j) => w(i * 3 + j * 0.5, i * 3 + j * 0.5 + 0.4)),
    }));
    const big = buildWordIndex(many);
    for (const t of [0, 1.23, 777.7, 4500.1, 5999.9]) {
      const seg = many.findLastIndex((s) => s.start <= t);
      const word = many[seg]?.words.findLastIndex((x) => x.start <= t) ?? -1;
      const hit = wordAt(big, t);
      const end = many[seg]?.words[word]?.end ?? -1;
      expect(hit).toEqual(t <= end + 0.3 ? { segment: seg, word } : null);
    }
  });
  it('sorts words that came out of order', () => {
    const index2 = buildWordIndex([{ start: 0, end: 2, words: [w(1, 1.5), w(0, 0.5)] }]);
    expect(wordAt(index2, 0.2)).toEqual({ segment: 0, word: 1 });
  });
});

describe('segmentAt', () => {
  const index = buildWordIndex(segments);
  it('finds the segment, also one without words, and nothing between', () => {
    expect(segmentAt(index, 2)).toBe(0);
    expect(segmentAt(index, 4)).toBeNull();
    expect(segmentAt(index, 8.5)).toBe(2);
  });
});

describe('placeBookmarks', () => {
  it('puts each bookmark before the first word said at or after it', () => {
    const placed = placeBookmarks(segments, [
      { atSec: 1.6, kind: 'agreed' },
      { atSec: 0.2, kind: 'note' },
      { atSec: 6.5, kind: 'refused' },
      { atSec: 8.2, kind: 'question' },
    ]);
    expect(placed.get(0)?.map((p) => [p.bookmark.kind, p.beforeWord])).toEqual([
      ['note', 0],
      ['agreed', 2],
    ]);
    expect(placed.get(1)?.map((p) => [p.bookmark.kind, p.beforeWord])).toEqual([['refused', 2]]);
    expect(placed.get(2)?.map((p) => [p.bookmark.kind, p.beforeWord])).toEqual([['question', 0]]);
  });
  it('places nothing in an empty transcript', () => {
    expect(placeBookmarks([], [{ atSec: 1 }]).size).toBe(0);
  });
});
