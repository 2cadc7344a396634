import { describe, expect, it } from 'vitest';
import {
  findRanges,
  highlightParts,
  hitParts,
  mergeRanges,
  queryTerms,
  rangesToParts,
  tidyParts,
} from './transcript-snippet';

describe('rangesToParts', () => {
  it('cuts plain and marked parts', () => {
    expect(rangesToParts('we will add speech', [{ from: 8, to: 11 }])).toEqual([
      { text: 'we will ', highlight: false },
      { text: 'add', highlight: true },
      { text: ' speech', highlight: false },
    ]);
  });
  it('joins overlapping ranges, clamps them and keeps marks at the ends', () => {
    expect(
      rangesToParts('speech therapy', [
        { from: 7, to: 20 },
        { from: 0, to: 3 },
        { from: 2, to: 6 },
      ]),
    ).toEqual([
      { text: 'speech', highlight: true },
      { text: ' ', highlight: false },
      { text: 'therapy', highlight: true },
    ]);
  });
  it('gives one plain part without ranges, also for empty text', () => {
    expect(rangesToParts('hello', [])).toEqual([{ text: 'hello', highlight: false }]);
    expect(rangesToParts('', [])).toEqual([{ text: '', highlight: false }]);
  });
});

describe('mergeRanges', () => {
  it('drops empty ranges and joins touching ones', () => {
    expect(
      mergeRanges(
        [
          { from: 3, to: 3 },
          { from: 0, to: 2 },
          { from: 2, to: 4 },
        ],
        10,
      ),
    ).toEqual([{ from: 0, to: 4 }]);
  });
});

describe('findRanges and highlightParts', () => {
  it('marks whole words that start with a query word, any case', () => {
    expect(highlightParts('She Promised speech; we promise.', 'promise')).toEqual([
      { text: 'She ', highlight: false },
      { text: 'Promised', highlight: true },
      { text: ' speech; we ', highlight: false },
      { text: 'promise', highlight: true },
      { text: '.', highlight: false },
    ]);
  });
  it('does not mark a word in the middle of another', () => {
    expect(findRanges('compromise', 'promise')).toEqual([]);
  });
  it('ignores operators, quotes and one-letter words', () => {
    expect(queryTerms('"speech" AND a (therapy)')).toEqual(['speech', 'therapy']);
  });
});

describe('tidyParts and hitParts', () => {
  it('joins neighbours of the same kind and drops empty parts', () => {
    expect(
      tidyParts([
        { text: 'a', highlight: false },
        { text: '', highlight: true },
        { text: 'b', highlight: false },
        { text: 'c', highlight: true },
      ]),
    ).toEqual([
      { text: 'ab', highlight: false },
      { text: 'c', highlight: true },
    ]);
  });
  it('uses the server snippet, else marks the text', () => {
    expect(hitParts({ text: 'x', snippet: [{ text: 'y', highlight: true }] }, 'x')).toEqual([
      { text: 'y', highlight: true },
    ]);
    expect(hitParts({ text: 'add speech', snippet: [] }, 'speech')).toEqual([
      { text: 'add ', highlight: false },
      { text: 'speech', highlight: true },
    ]);
  });
});
