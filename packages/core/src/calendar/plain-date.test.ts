import { describe, expect, it } from 'vitest';
import { plainDate, plainDayDate } from './plain-date.js';

describe('plainDate, the one way a date reads in a sentence', () => {
  it('writes a calendar date without any time zone shift', () => {
    expect(plainDate('2026-12-07')).toBe('December 7, 2026');
    expect(plainDate('2027-01-01')).toBe('January 1, 2027');
    expect(plainDayDate('2026-12-04')).toBe('Friday, December 4, 2026');
  });

  it('keeps the day of a date-time as written, whatever its offset', () => {
    expect(plainDate('2026-12-07T23:30:00-06:00')).toBe('December 7, 2026');
  });

  it('gives back text that is not a date unchanged', () => {
    expect(plainDate('soon')).toBe('soon');
    expect(plainDate('2026-02-30')).toBe('2026-02-30');
    expect(plainDayDate('')).toBe('');
  });
});
