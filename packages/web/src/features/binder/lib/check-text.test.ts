import { describe, expect, it } from 'vitest';
import { compareSummary, progressSummary } from './check-text';

describe('check summaries', () => {
  it('says how many things are missing, different and new', () => {
    expect(compareSummary({ missing: [1], differs: [1, 2], new: [], settledCount: 3 })).toBe(
      'We could not find 1 thing, 2 things are different, and 0 things are new.',
    );
    expect(compareSummary({ missing: [], differs: [], new: [], settledCount: 0 })).toMatch(
      /Nothing from this meeting/,
    );
    expect(compareSummary({ missing: [], differs: [], new: [], settledCount: 2 })).toMatch(
      /as far as we can tell/,
    );
  });

  it('says how many marks were read and how many go against the scores', () => {
    expect(progressSummary(2, 1)).toBe(
      'We read marks for 2 goals. 1 thing in the report does not match the scores we have.',
    );
    expect(progressSummary(1, 0)).toBe(
      'We read marks for 1 goal. None of them goes against the scores we have.',
    );
  });
});
