import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, daysInWords, meetingDay, nextMeetingWords, overdueWords } from './meeting-days';

describe('meeting days in words', () => {
  it('counts calendar days from today', () => {
    expect(nextMeetingWords('2026-12-04T15:00', '2026-12-04')).toBe('Next meeting: today.');
    expect(nextMeetingWords('2026-12-05T09:00', '2026-12-04')).toBe('Next meeting: tomorrow.');
    expect(nextMeetingWords('2027-01-03T09:00', '2026-12-04')).toBe('Next meeting: in 30 days.');
    expect(nextMeetingWords(null, '2026-12-04')).toBe('No meeting planned yet.');
  });

  it('reads an instant in Missouri time (evening UTC is still the same day in Chicago)', () => {
    expect(meetingDay('2026-12-05T02:00:00.000Z')).toBe('2026-12-04');
    expect(meetingDay('2026-12-05T09:00')).toBe('2026-12-05');
  });

  it('is the inverse of adding days, across month and year ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (n) => {
        const start = Date.parse('2026-12-04T00:00:00Z');
        const day = new Date(start + n * 86_400_000).toISOString().slice(0, 10);
        expect(daysBetween('2026-12-04', day)).toBe(n);
      }),
    );
  });

  it('says past days and late counts plainly', () => {
    expect(daysInWords(-1)).toBe('Yesterday');
    expect(daysInWords(-3)).toBe('3 days ago');
    expect(overdueWords(0)).toBe('Nothing is late.');
    expect(overdueWords(1)).toBe('1 step or answer is late.');
    expect(overdueWords(4)).toBe('4 steps or answers are late.');
  });
});
