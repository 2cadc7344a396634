import { describe, expect, it } from 'vitest';
import { checkLogEntry, checkProbe, isRealDate, parseNumber } from './data-entry';

describe('manual entry checks', () => {
  it('accepts only real calendar dates', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('11/20/2026')).toBe(false);
  });

  it('reads plain numbers and refuses words', () => {
    expect(parseNumber(' 1,200 ')).toBe(1200);
    expect(parseNumber('72.5')).toBe(72.5);
    expect(parseNumber('seventy')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('lists every problem of a probe at once, each tied to its field', () => {
    expect(checkProbe({ date: '', score: 'abc', note: '' }, 'probe').errors.map((e) => e.fieldId)).toEqual([
      'probe-date',
      'probe-score',
    ]);
    expect(checkProbe({ date: '2026-11-20', score: '77', note: ' good day ' }, 'probe').value).toEqual({
      date: '2026-11-20',
      score: 77,
      note: 'good day',
    });
  });

  it('wants whole minutes from 0 to 1440 in a log entry and leaves out an empty reason', () => {
    expect(
      checkLogEntry({ date: '2026-11-20', minutes: '30.5', status: 'delivered', reason: '' }, 'log').errors,
    ).toHaveLength(1);
    expect(
      checkLogEntry({ date: '2026-11-20', minutes: '0', status: 'missed', reason: '  ' }, 'log').value,
    ).toEqual({ date: '2026-11-20', minutes: 0, status: 'missed' });
  });
});
