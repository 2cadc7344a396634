import { describe, expect, it } from 'vitest';
import { positiveClaims, positivePhrase } from './narrative.js';

describe('positive words in a narrative', () => {
  it.each([
    [
      'Jordan has made excellent progress in reading fluency and has mastered this goal.',
      'excellent progress',
    ],
    ['Goal met.', 'goal met'],
    ['She is on track to meet the goal.', 'on track'],
    ['Reading is improving every week.', 'improving'],
    ["He isn't reading fluently yet, but he is making progress.", 'making progress'],
    ['Doing well!', 'doing well'],
  ])('finds a positive phrase in %j', (text, phrase) => {
    expect(positivePhrase(text)).toBe(phrase);
  });

  it.each([
    'Jordan is not making excellent progress.',
    "He hasn't met the goal.",
    'No growth this quarter.',
    'Has not yet mastered the skill.',
    'She never made progress on this goal.',
    'There is a lack of growth.',
    'Limited progress; continues to struggle.',
    'Goal not introduced.',
    'Growth has been slow.',
    'Jordan has an excellent attitude in class.',
  ])('finds nothing positive in %j', (text) => {
    expect(positivePhrase(text)).toBeNull();
  });

  it('marks the negated claims and keeps the others', () => {
    expect(positiveClaims('Not making excellent progress, but doing well in class.')).toEqual([
      { phrase: 'excellent progress', negated: true },
      { phrase: 'doing well', negated: false },
    ]);
  });

  it('a negation far before the phrase does not reach it', () => {
    expect(positivePhrase('Not once this year has anyone doubted her excellent progress.')).toBe(
      'excellent progress',
    );
  });

  it('handles no narrative', () => {
    expect(positivePhrase(undefined)).toBeNull();
  });
});
