import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { atInstant, formatZoned, localDate, plusDays, plusHours } from './zoned-time.js';
import { timeZone } from './zones.js';

// Our fast zoned arithmetic must agree with luxon, including across DST changes and in half-hour zones.
const ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/Phoenix',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 11, 31) });

describe('zoned time agrees with luxon', () => {
  it('formats, shifts by days and by hours like luxon', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: -60, max: 60 }), (ms, zone, days) => {
        const ours = atInstant(ms, timeZone(zone));
        const theirs = DateTime.fromMillis(ms, { zone });
        expect(formatZoned(ours)).toBe(theirs.toISO());
        expect(localDate(ours)).toBe(theirs.toISODate());
        expect(formatZoned(plusDays(ours, days))).toBe(theirs.plus({ days }).toISO());
        expect(formatZoned(plusHours(ours, -24))).toBe(theirs.minus({ hours: 24 }).toISO());
      }),
      { numRuns: 500 },
    );
  });

  it('shifting into the hour that happens twice keeps the offset it started from, as luxon does', () => {
    // 2022-11-08 01:00 CST; two days earlier, 01:00 happens twice (CDT, then CST).
    const start = atInstant(Date.UTC(2022, 10, 8, 7), timeZone('America/Chicago'));
    expect(formatZoned(plusDays(start, -2))).toBe('2022-11-06T01:00:00.000-06:00');
    expect(formatZoned(plusDays(start, -2))).toBe(
      DateTime.fromMillis(start.ms, { zone: 'America/Chicago' }).minus({ days: 2 }).toISO(),
    );
  });

  it('keeps the wall-clock time across the spring DST change in Chicago', () => {
    const meeting = atInstant(
      DateTime.fromISO('2026-03-09T09:00', { zone: 'America/Chicago' }).toMillis(),
      timeZone('America/Chicago'),
    );
    expect(formatZoned(plusDays(meeting, -7))).toBe('2026-03-02T09:00:00.000-06:00');
    expect(formatZoned(plusHours(meeting, -24))).toBe('2026-03-08T09:00:00.000-05:00');
  });
});
