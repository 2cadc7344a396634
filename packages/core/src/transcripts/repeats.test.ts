import { describe, expect, it } from 'vitest';
import { filterRepeats, isRepetitionLoop } from './repeats.js';

describe('filterRepeats', () => {
  it('collapses a Whisper loop to one copy', () => {
    expect(filterRepeats('Thank you. Thank you. Thank you. Thank you. Thank you.')).toBe('Thank you.');
    expect(filterRepeats('so we will so we will so we will send it')).toBe('so we will send it');
  });

  it('collapses a single word said three times or more, compared without case or punctuation', () => {
    expect(filterRepeats('the the The the plan')).toBe('the plan');
  });

  it('keeps a phrase said twice, and ordinary speech', () => {
    const text = 'I agree, I agree. We will add the graphic organizers to his accommodations page.';
    expect(filterRepeats(text)).toBe(text);
  });

  it('collapses a loop of up to 8 words but not longer ones', () => {
    const eight = 'one two three four five six seven eight';
    expect(filterRepeats(`${eight} ${eight} ${eight}`)).toBe(eight);
    const nine = `${eight} nine`;
    expect(filterRepeats(`${nine} ${nine} ${nine}`)).toBe(`${nine} ${nine} ${nine}`);
  });

  it('collapses nested loops until nothing repeats', () => {
    expect(filterRepeats('a a a b a a a b a a a b')).toBe('a b');
  });
});

describe('isRepetitionLoop', () => {
  it('is true when loops are at least half of the words', () => {
    expect(isRepetitionLoop('you know you know you know you know the plan')).toBe(true);
    expect(isRepetitionLoop('We will send the plan by Friday, no no no.')).toBe(false);
    expect(isRepetitionLoop('no no no')).toBe(false);
  });
});
