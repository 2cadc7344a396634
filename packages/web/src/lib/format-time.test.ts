import { describe, expect, it } from 'vitest';
import { dateKeyInZone, formatInZone, formatLocal } from './format-time';

describe('formatInZone', () => {
  it('shows a UTC instant as Chicago wall-clock time (CST is UTC-6 in November)', () => {
    expect(formatInZone('2026-11-23T15:00:00Z', 'America/Chicago')).toBe('Monday, November 23, 9:00 AM');
  });

  it('uses the offset written in the ISO string, not the machine zone', () => {
    expect(formatInZone('2026-12-07T09:00:00-06:00', 'America/Chicago')).toBe('Monday, December 7, 9:00 AM');
  });

  it('handles daylight time (CDT is UTC-5 in July) and afternoon hours', () => {
    expect(formatInZone('2026-07-01T19:30:00Z', 'America/Chicago')).toBe('Wednesday, July 1, 2:30 PM');
  });

  it('adds the year or drops the time when asked', () => {
    expect(formatInZone('2027-01-04T15:00:00Z', 'America/Chicago', { withYear: true })).toBe(
      'Monday, January 4, 2027, 9:00 AM',
    );
    expect(formatInZone('2026-11-23T15:00:00Z', 'America/Chicago', { dateOnly: true })).toBe(
      'Monday, November 23',
    );
  });

  it('returns the input unchanged when it is not a date', () => {
    expect(formatInZone('not a date', 'America/Chicago')).toBe('not a date');
  });
});

describe('formatLocal', () => {
  it('shows a wall-clock time exactly as written, with or without seconds', () => {
    expect(formatLocal('2026-12-07T09:00:00')).toBe('Monday, December 7, 9:00 AM');
    expect(formatLocal('2026-12-08T13:05')).toBe('Tuesday, December 8, 1:05 PM');
  });

  it('can show a birthday without weekday or time', () => {
    expect(formatLocal('2013-04-18T00:00', { dateOnly: true, withYear: true, noWeekday: true })).toBe(
      'April 18, 2013',
    );
  });
});

describe('dateKeyInZone', () => {
  it('gives the local calendar date, which can differ from the UTC date late in the evening', () => {
    expect(dateKeyInZone('2026-11-24T03:00:00Z', 'America/Chicago')).toBe('2026-11-23');
    expect(dateKeyInZone('2026-11-24T03:00:00Z', 'UTC')).toBe('2026-11-24');
  });
});
