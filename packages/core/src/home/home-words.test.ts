import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayInWords, daysAwayWords, daysLateWords, whenInWords } from './home-words.js';

describe('home dates in words', () => {
  it('says how far and which day', () => {
    expect(whenInWords('2026-12-08', '2026-12-03')).toBe('in 5 days, Tuesday, December 8');
    expect(whenInWords('2026-12-04', '2026-12-04')).toBe('today, Friday, December 4');
    expect(whenInWords('2026-12-05', '2026-12-04')).toBe('tomorrow, Saturday, December 5');
    expect(whenInWords('2027-01-04', '2026-12-04')).toBe('in 31 days, Monday, January 4, 2027');
    expect(whenInWords('2026-12-01', '2026-12-04')).toBe('3 days ago, Tuesday, December 1');
    expect(daysAwayWords(-1)).toBe('yesterday');
    expect(daysLateWords(1)).toBe('1 day late');
    expect(daysLateWords(4)).toBe('4 days late');
  });

  it('never writes a date the machine way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 800 }), fc.integer({ min: 0, max: 3000 }), (days, start) => {
        const today = DateTime.fromISO('2024-01-01', { zone: 'utc' }).plus({ days: start });
        const day = today.plus({ days }).toISODate() ?? '';
        const words = whenInWords(day, today.toISODate() ?? '');
        expect(words).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(words).toContain(dayInWords(day, today.toISODate() ?? ''));
        expect(words.startsWith(daysAwayWords(days))).toBe(true);
      }),
    );
  });
});
