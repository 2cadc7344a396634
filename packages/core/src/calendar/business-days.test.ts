import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Closure } from '../case/index.js';
import { DomainError } from '../rules/domain-error.js';
import {
  addBusinessDays,
  addCalendarDays,
  closedDaysBetween,
  closedReason,
  isBusinessDay,
  previousBusinessDay,
  subtractBusinessDays,
} from './business-days.js';
import { dayNumber, fromDayNumber, isIsoDate, shiftDays, toIsoDate, weekday } from './iso-date.js';

// The example case's closures (shared/examples/case.example.json).
const CLOSURES: Closure[] = [
  { from: '2026-09-07', to: '2026-09-07', reason: 'Labor Day' },
  { from: '2026-11-25', to: '2026-11-27', reason: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', reason: 'Winter break' },
];

describe('IsoDate', () => {
  it('refuses dates that do not exist, with a plain DomainError', () => {
    expect(() => toIsoDate('2026-02-30')).toThrow(DomainError);
    expect(() => toIsoDate('2026-02-30')).toThrow(/not a real date/);
    expect(() => toIsoDate('2026-13-01')).toThrow(DomainError);
    expect(() => toIsoDate('26-1-1')).toThrow(DomainError);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('knows weekdays and day numbers', () => {
    expect(weekday(toIsoDate('2026-02-10'))).toBe(2);
    expect(weekday(toIsoDate('2026-12-06'))).toBe(7);
    expect(dayNumber(toIsoDate('1970-01-01'))).toBe(0);
    expect(shiftDays(toIsoDate('2026-12-31'), 1)).toBe('2027-01-01');
  });

  it('round-trips any day number and agrees with the calendar weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(n);
        expect(weekday(date)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('closedReason and isBusinessDay', () => {
  it('names the reason in plain words', () => {
    expect(closedReason('2026-02-14')).toBe('Saturday');
    expect(closedReason('2026-02-15')).toBe('Sunday');
    expect(closedReason('2026-02-12')).toBe('Lincoln Day (state holiday)');
    expect(closedReason('2022-12-26')).toBe('Christmas Day (state holiday, moved from Sunday)');
    expect(closedReason('2026-12-22', CLOSURES)).toBe('Winter break (school closed)');
    expect(closedReason('2026-12-23', [{ from: '2026-12-23', to: '2026-12-23' }])).toBe('School closed');
    // A closure that is also a holiday is shown as the holiday.
    expect(closedReason('2026-09-07', CLOSURES)).toBe('Labor Day (state holiday)');
    expect(closedReason('2026-02-10', CLOSURES)).toBeNull();
  });

  it('treats a closure as closed only inside its range', () => {
    expect(isBusinessDay('2026-11-24', CLOSURES)).toBe(true);
    expect(isBusinessDay('2026-11-25', CLOSURES)).toBe(false);
    expect(isBusinessDay('2026-11-25')).toBe(true);
    expect(isBusinessDay('2026-11-30', CLOSURES)).toBe(true);
  });

  it('throws a DomainError for a date that does not exist', () => {
    expect(() => isBusinessDay('2026-02-30')).toThrow(DomainError);
  });
});

describe('counting business days (RSMo 1.040: exclude the first day, include the last)', () => {
  it("skips Lincoln Day and Washington's Birthday in February 2026", () => {
    expect(addBusinessDays('2026-02-10', 3)).toBe('2026-02-17');
    expect(subtractBusinessDays('2026-02-17', 3)).toBe('2026-02-10');
  });

  it("skips the case's Thanksgiving break", () => {
    expect(addBusinessDays('2026-11-23', 3)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-23', 3, CLOSURES)).toBe('2026-12-01');
  });

  it('returns the start for n = 0, and refuses negative or broken counts', () => {
    expect(addBusinessDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(() => addBusinessDays('2026-02-10', -1)).toThrow(DomainError);
    expect(() => addBusinessDays('2026-02-10', 1.5)).toThrow(DomainError);
  });

  it('finds the previous business day', () => {
    expect(previousBusinessDay('2026-12-07')).toBe('2026-12-04');
    expect(previousBusinessDay('2027-01-04', CLOSURES)).toBe('2026-12-18');
  });

  it('moves a Sunday last day to Monday only when asked (RSMo 1.040)', () => {
    expect(addCalendarDays('2026-11-21', 15)).toBe('2026-12-06');
    expect(addCalendarDays('2026-11-21', 15, { rsmo1040: true })).toBe('2026-12-07');
    expect(addCalendarDays('2026-11-23', 45)).toBe('2027-01-07');
    expect(addCalendarDays('2026-11-23', -14)).toBe('2026-11-09');
  });
});

const date = fc
  .integer({ min: dayNumber(toIsoDate('2020-01-01')), max: dayNumber(toIsoDate('2040-12-31')) })
  .map(fromDayNumber);
const closures = fc.array(
  fc
    .tuple(date, fc.integer({ min: 0, max: 20 }), fc.constantFrom('Winter break', 'Spring break', ''))
    .map(([from, len, reason]): Closure => ({
      from,
      to: shiftDays(from, len),
      ...(reason ? { reason } : {}),
    })),
  { maxLength: 4 },
);

describe('business-day properties', () => {
  it('a result is never a weekend, holiday or closure, and has exactly n business days in (start, result]', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), closures, (start, n, cl) => {
        const result = addBusinessDays(start, n, cl);
        expect(isBusinessDay(result, cl)).toBe(true);
        const span = dayNumber(result) - dayNumber(start);
        const closed = closedDaysBetween(start, result, cl).length;
        expect(span - closed).toBe(n);
      }),
    );
  });

  it('adding more days never moves the result earlier', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        closures,
        (start, n, k, cl) => {
          expect(addBusinessDays(start, n + k, cl) >= addBusinessDays(start, n, cl)).toBe(true);
        },
      ),
    );
  });

  it('counting back lands on a business day with exactly n business days in [result, start)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), closures, (start, n, cl) => {
        const result = subtractBusinessDays(start, n, cl);
        expect(isBusinessDay(result, cl)).toBe(true);
        const before = shiftDays(result, -1);
        const lastBefore = shiftDays(start, -1);
        const open =
          dayNumber(lastBefore) - dayNumber(before) - closedDaysBetween(before, lastBefore, cl).length;
        expect(open).toBe(n);
      }),
    );
  });

  it('a calendar-day count under RSMo 1.040 never ends on a Sunday', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), (start, n) => {
        expect(weekday(addCalendarDays(start, n, { rsmo1040: true }))).not.toBe(7);
      }),
    );
  });
});
