import { describe, expect, it } from 'vitest';
import { filterRepeats } from '@iep/core';
import { cleanText } from './sherpa-recognizer.js';
import { spreadWords, wordsFromResult } from './words.js';

describe('spreadWords', () => {
  it('spreads words over the segment by length, with no confidence', () => {
    const words = spreadWords('the report is ready', 2);
    expect(words.map((w) => w.text)).toEqual(['the', 'report', 'is', 'ready']);
    expect(words[0]?.start).toBe(0);
    expect(words[3]?.end).toBe(2);
    expect(words.every((w) => w.confidence === null)).toBe(true);
    // "report" is longer than "is", so it gets more time.
    const [, report, is] = words;
    expect((report?.end ?? 0) - (report?.start ?? 0)).toBeGreaterThan((is?.end ?? 0) - (is?.start ?? 0));
    expect(spreadWords('  ', 3)).toEqual([]);
  });
});

describe('wordsFromResult', () => {
  it('joins SentencePiece tokens into words with their times and a confidence from the log probabilities', () => {
    const words = wordsFromResult(
      {
        text: 'the report is ready',
        tokens: ['\u2581the', '\u2581re', 'port', '\u2581is', '\u2581read', 'y'],
        timestamps: [0.1, 0.4, 0.6, 1.0, 1.3, 1.5],
        ys_log_probs: [-0.1, -0.2, -0.2, -0.05, -1, -1],
      },
      2,
    );
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['the', 0.1, 0.4],
      ['report', 0.4, 1],
      ['is', 1, 1.3],
      ['ready', 1.3, 2],
    ]);
    expect(words[0]?.confidence).toBeCloseTo(Math.exp(-0.1), 3);
  });

  it('uses token durations when the model gives them (TDT), and Whisper-style leading spaces', () => {
    const words = wordsFromResult(
      {
        text: ' Friday at ten',
        tokens: [' Friday', ' at', ' ten'],
        timestamps: [0, 0.8, 1.2],
        durations: [0.5, 0.2, 0.3],
      },
      3,
    );
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['Friday', 0, 0.5],
      ['at', 0.8, 1],
      ['ten', 1.2, 1.5],
    ]);
  });

  it('spreads the text when there are no token times', () => {
    expect(wordsFromResult({ text: 'hello there', tokens: [], timestamps: [] }, 1)).toEqual(
      spreadWords('hello there', 1),
    );
  });
});

describe('cleanText, and the repetition filter the recognizer uses', () => {
  it("drops Whisper's non-speech notes", () => {
    expect(cleanText(' [BLANK_AUDIO] ')).toBe('');
    expect(cleanText('(music) We can start.')).toBe('We can start.');
  });

  it('collapses a phrase repeated three or more times in a row, and keeps other repeats', () => {
    expect(filterRepeats('thank you thank you thank you thank you')).toBe('thank you');
    expect(filterRepeats('We agree. we agree. We agree. Next item.')).toBe('We agree. Next item.');
    expect(filterRepeats('no no we said no')).toBe('no no we said no');
    expect(filterRepeats('very very very good')).toBe('very good');
  });
});
