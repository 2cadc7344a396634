import { describe, expect, it } from 'vitest';
import { timesText, wordsToRead } from './link-words';

describe('link words', () => {
  it('reads the title, then each speaker and their words', () => {
    expect(
      wordsToRead('Breaks', [
        { startMs: 0, endMs: 1, speaker: 'Ms. Lane', text: 'He can take a break.' },
        { startMs: 1, endMs: 2, speaker: 'Parent', text: 'Thank you.' },
      ]),
    ).toBe('Breaks\nMs. Lane: He can take a break.\nParent: Thank you.');
  });

  it('counts times in plain words', () => {
    expect(timesText(0)).toBe('0 times');
    expect(timesText(1)).toBe('1 time');
    expect(timesText(4)).toBe('4 times');
  });
});
