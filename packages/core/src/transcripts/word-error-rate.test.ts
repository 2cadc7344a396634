import { describe, expect, it } from 'vitest';
import { normalizeWords, wordErrorRate } from './word-error-rate.js';

describe('normalizeWords', () => {
  it('ignores case and punctuation, keeps apostrophes inside words and numbers as written', () => {
    expect(normalizeWords('We\u2019ll send the check-in plan, by 3 P.M.!')).toEqual([
      "we'll",
      'send',
      'the',
      'check',
      'in',
      'plan',
      'by',
      '3',
      'p',
      'm',
    ]);
  });
});

describe('wordErrorRate', () => {
  it('is 0 for the same words', () => {
    expect(wordErrorRate('The plan is ready.', 'the plan is ready')).toEqual({
      wer: 0,
      substitutions: 0,
      deletions: 0,
      insertions: 0,
      referenceWords: 4,
    });
  });

  it('counts substitutions, deletions and insertions', () => {
    expect(wordErrorRate('we will send the plan', 'we will mend the plan')).toMatchObject({
      wer: 0.2,
      substitutions: 1,
    });
    expect(wordErrorRate('we will send the plan', 'we send the plan')).toMatchObject({
      wer: 0.2,
      deletions: 1,
    });
    expect(wordErrorRate('we will send the plan', 'we will send the new plan')).toMatchObject({
      wer: 0.2,
      insertions: 1,
    });
  });

  it('matches a hand count on a longer pair', () => {
    // ref: the case manager will send the progress report by friday (10 words)
    // hyp: the case manager will sent progress report friday please
    // sent/send (S), the (D), by (D), please (I) -> 4 errors.
    const r = wordErrorRate(
      'The case manager will send the progress report by Friday.',
      'the case manager will sent progress report friday please',
    );
    expect(r).toEqual({ wer: 0.4, substitutions: 1, deletions: 2, insertions: 1, referenceWords: 10 });
  });

  it('can be above 1 when the engine adds many words', () => {
    expect(wordErrorRate('yes', 'yes yes thank you').wer).toBe(3);
  });

  it('handles empty texts', () => {
    expect(wordErrorRate('', '').wer).toBe(0);
    expect(wordErrorRate('', 'hello').wer).toBe(1);
    expect(wordErrorRate('hello there', '')).toMatchObject({ wer: 1, deletions: 2 });
  });

  it('scores an hour of speech in little memory', () => {
    const ref = Array.from({ length: 4000 }, (_, i) => `w${i % 97}`).join(' ');
    const hyp = ref.replace(/w5 /g, 'x5 ');
    const r = wordErrorRate(ref, hyp);
    expect(r.referenceWords).toBe(4000);
    expect(r.substitutions).toBeGreaterThan(0);
  });
});
