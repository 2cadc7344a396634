import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './business-days.js';
import { shiftDays, type IsoDate } from './iso-date.js';
import { missouriHolidays } from './missouri-holidays.js';
import { addSchoolDays, isSchoolDay, isThanksgivingFriday } from './school-days.js';

describe('school days', () => {
  it('count Lincoln Day and Truman Day, which districts may keep open, but skip the other state holidays', () => {
    expect(isSchoolDay('2027-02-12')).toBe(true); // Lincoln Day, a Friday
    expect(isSchoolDay('2026-05-08')).toBe(true); // Truman Day, a Friday
    expect(isSchoolDay('2027-02-15')).toBe(false); // Washington's Birthday
    expect(isSchoolDay('2026-11-26')).toBe(false); // Thanksgiving
    expect(isSchoolDay('2026-10-12')).toBe(false); // Columbus Day
    expect(isSchoolDay('2026-12-05')).toBe(false); // a Saturday
    // Ten school days from Tuesday 2026-02-10: Presidents' Day skipped, Lincoln Day counted.
    expect(addSchoolDays('2026-02-10', 10)).toBe('2026-02-25');
    expect(addBusinessDays('2026-02-10', 10)).toBe('2026-02-26');
  });

  it("skip the case's closures", () => {
    const closures = [{ from: '2026-11-25', to: '2026-11-27', reason: 'Thanksgiving break' }];
    expect(isSchoolDay('2026-11-27', closures)).toBe(false);
    expect(addSchoolDays('2026-11-17', 10, closures)).toBe('2026-12-04');
    // Without them, only Thanksgiving Day and the Friday after it are off.
    expect(addSchoolDays('2026-11-17', 10)).toBe('2026-12-03');
  });

  it('skip the Friday after Thanksgiving, which schools close though it is no state holiday', () => {
    expect(isSchoolDay('2026-11-27')).toBe(false);
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(isSchoolDay('2026-11-20')).toBe(true); // the Friday before
    // Ten school days from Wednesday 2026-11-18, "since we've got Thanksgiving in there".
    expect(addSchoolDays('2026-11-18', 10)).toBe('2026-12-04');
  });

  it('find the Friday after Thanksgiving in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const thanksgiving = missouriHolidays(year).find((h) => h.name === 'Thanksgiving Day')?.date;
        if (thanksgiving === undefined) throw new Error('no Thanksgiving');
        for (let k = -7; k <= 7; k += 1)
          expect(isThanksgivingFriday(shiftDays(thanksgiving, k))).toBe(k === 1);
      }),
    );
  });

  const THANKSGIVING_FRIDAYS = Array.from({ length: 13 }, (_, k) => {
    const day =
      missouriHolidays(2025 + k).find((h) => h.name === 'Thanksgiving Day')?.date ??
      ('2025-11-27' as IsoDate);
    return { from: shiftDays(day, 1), to: shiftDays(day, 1), reason: 'Friday after Thanksgiving' };
  });
  const date = fc.integer({ min: 0, max: 3650 }).map((k) => shiftDays('2025-01-01' as IsoDate, k));

  it('land on a school day, never before N calendar days nor after N business days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const to = addSchoolDays(from, n);
        expect(isSchoolDay(to)).toBe(true);
        expect(to >= shiftDays(from, n)).toBe(true);
        // Business days count the Friday after Thanksgiving; school days do not.
        expect(to <= addBusinessDays(from, n, THANKSGIVING_FRIDAYS)).toBe(true);
        expect(addSchoolDays(from, n - 1) < to).toBe(true);
      }),
    );
  });

  it('refuse a count that is not a whole number of 0 or more', () => {
    expect(() => addSchoolDays('2026-11-17', -1)).toThrow('whole number');
    expect(() => addSchoolDays('2026-11-17', 1.5)).toThrow('whole number');
    expect(addSchoolDays('2026-11-17', 0)).toBe('2026-11-17');
  });
});
