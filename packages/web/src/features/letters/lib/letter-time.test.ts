import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant } from './letter-time';

describe('clock time in the meeting zone', () => {
  it('turns Chicago wall time into the right instant in winter and summer', () => {
    expect(localToInstant('2026-11-23', '14:05', 'America/Chicago')).toBe('2026-11-23T20:05:00.000Z');
    expect(localToInstant('2026-07-01', '09:00', 'America/Chicago')).toBe('2026-07-01T14:00:00.000Z');
  });

  it('handles the day daylight saving time ends (1:30 AM happens twice; either is a real instant)', () => {
    const iso = localToInstant('2026-11-01', '03:00', 'America/Chicago');
    expect(iso).toBe('2026-11-01T09:00:00.000Z');
  });

  it('refuses dates that do not exist and badly written times', () => {
    expect(localToInstant('2026-02-30', '10:00', 'America/Chicago')).toBeNull();
    expect(localToInstant('2026-11-23', '2 pm', 'America/Chicago')).toBeNull();
    expect(localToInstant('', '10:00', 'America/Chicago')).toBeNull();
  });

  it('shows an instant as the date and time fields in that zone', () => {
    expect(instantToLocal('2026-11-24T03:30:00Z', 'America/Chicago')).toEqual({
      date: '2026-11-23',
      time: '21:30',
    });
    expect(instantToLocal('2026-11-24T03:30:00Z', 'UTC')).toEqual({ date: '2026-11-24', time: '03:30' });
  });
});
