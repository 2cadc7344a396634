import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/index.js';
import { analyzeMeeting } from './extract-items.js';
import { utteranceFeatures } from './features.js';

// The classifier's view of a question: does someone else's next turn take up what was asked about?

const speakers = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Lena Park', role: 'parent' },
];

function takenUp(turns: readonly (readonly [string, string])[]): string | undefined {
  const utterances = turns.map(([speaker, text], start) => ({ speaker, text, start }));
  const { analyses } = analyzeMeeting(utterances, toIsoDate('2026-10-07'), speakers);
  return utteranceFeatures(analyses, 0, null).find((f) => f.startsWith('later:taken-up='));
}

describe('later:taken-up', () => {
  const question = ['Lena Park', 'Does the reading plan follow her to the middle school next year?'] as const;

  it('counts the topic words an answer repeats, at most two', () => {
    expect(
      takenUp([question, ['Ms. Okafor', 'Yes, the plan follows her. The middle school gets it in May.']]),
    ).toBe('later:taken-up=2');
    expect(
      takenUp([question, ['Ms. Okafor', 'It goes with her, yes. Every school in the district reads it.']]),
    ).toBe('later:taken-up=1');
  });

  it('is 0 when the next two replies move on, and the asker going on is skipped', () => {
    expect(
      takenUp([
        question,
        ['Lena Park', 'I just keep wondering.'],
        ['Ms. Okafor', 'Sorry, we have to sign the attendance page first.'],
        ['Ms. Okafor', 'Then the goals.'],
        ['Lena Park', 'The middle school plan, though?'],
      ]),
    ).toBe('later:taken-up=0');
  });

  it('is not set for a turn that asks nothing', () => {
    expect(takenUp([['Ms. Okafor', 'The plan follows her to the middle school.']])).toBeUndefined();
  });
});
