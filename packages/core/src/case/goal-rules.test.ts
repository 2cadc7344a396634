import { describe, expect, it } from 'vitest';
import { endsOnOrAfterStart, masteryRequiredFits, targetAfterBaseline } from './goal-rules.js';
import { parseCaseFile } from './case-parse.js';

describe('goal and service rules', () => {
  it('a target on the baseline day is not after it', () => {
    expect(targetAfterBaseline('2026-09-01', '2026-09-01')).toBe(false);
    expect(targetAfterBaseline('2026-09-01', '2026-09-02')).toBe(true);
  });

  it('mastery may ask for every score it looks at, not more', () => {
    expect(masteryRequiredFits(3, 3)).toBe(true);
    expect(masteryRequiredFits(4, 3)).toBe(false);
  });

  it('a service may end the day it starts, not before', () => {
    expect(endsOnOrAfterStart('2026-09-01', '2026-09-01')).toBe(true);
    expect(endsOnOrAfterStart('2026-09-02', '2026-09-01')).toBe(false);
  });

  it('the case file check uses the same rules', () => {
    const result = parseCaseFile({
      goals: [{ id: 'g1', baseline: { date: '2026-09-01' }, target: { date: '2026-09-01' } }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.goals[0].target.date');
  });
});
