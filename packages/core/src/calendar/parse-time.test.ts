import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readInstant, readWallClock } from './parse-time.js';

describe('fast date-time readers agree with luxon', () => {
  it('reads instants with Z or an offset exactly as luxon does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (ms, quarter) => {
          const text =
            DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(quarter * 15) }).toISO() ?? '';
          expect(readInstant(text)).toBe(DateTime.fromISO(text).toMillis());
        },
      ),
    );
    expect(readInstant('2026-11-23T12:00:00Z')).toBe(Date.UTC(2026, 10, 23, 12));
    expect(readInstant('2026-11-23T12:00-06:00')).toBe(Date.UTC(2026, 10, 23, 18));
  });

  it('reads wall-clock times and refuses what it does not know (the caller then asks luxon)', () => {
    expect(readWallClock('2026-12-07T09:00')).toBe(Date.UTC(2026, 11, 7, 9));
    expect(readWallClock('2026-12-07T09:00:30.250')).toBe(Date.UTC(2026, 11, 7, 9, 0, 30, 250));
    for (const bad of [
      '2026-02-30T09:00',
      '2026-12-07T24:00',
      '2026-12-07 09:00',
      '2026-12-07T09:00Z',
      '2026-12-07',
    ]) {
      expect(readWallClock(bad)).toBeNull();
    }
    expect(readInstant('2026-12-07T09:00')).toBeNull();
    expect(readInstant('2026-12-07T09:00+0600')).toBeNull();
  });
});
