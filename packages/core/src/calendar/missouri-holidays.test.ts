import { describe, expect, it } from 'vitest';
import {
  isStateHoliday,
  JUNETEENTH_FRIDAY_NOTE,
  missouriHolidays,
  SATURDAY_HOLIDAY_NOTE,
  stateHolidayOn,
  stateOfficeFridayOn,
} from './missouri-holidays.js';
import { toIsoDate } from './iso-date.js';

const dates = (year: number) => missouriHolidays(year).map((h) => `${h.date} ${h.name}`);

describe('missouriHolidays (RSMo 9.010)', () => {
  it('lists the 13 holidays of 2026 on the dates worked out by hand from a 2026 calendar', () => {
    expect(dates(2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Martin Luther King Jr. Day',
      '2026-02-12 Lincoln Day',
      "2026-02-16 Washington's Birthday",
      '2026-05-08 Truman Day',
      '2026-05-25 Memorial Day',
      '2026-06-19 Juneteenth',
      // July 4, 2026 is a Saturday: the statute moves only Sunday holidays, so it stays.
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-10-12 Columbus Day',
      '2026-11-11 Veterans Day',
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
    ]);
  });

  it('moves a Sunday holiday to the Monday after and keeps the real date', () => {
    const christmas = missouriHolidays(2022).find((h) => h.name === 'Christmas Day');
    expect(christmas).toMatchObject({ date: '2022-12-26', actualDate: '2022-12-25', observedMonday: true });
    expect(missouriHolidays(2023).find((h) => h.name === "New Year's Day")?.date).toBe('2023-01-02');
    expect(missouriHolidays(2022).find((h) => h.name === 'Truman Day')?.date).toBe('2022-05-09');
  });

  it('does not move a Saturday holiday but says so in a note', () => {
    const july4 = missouriHolidays(2026).find((h) => h.name === 'Independence Day');
    expect(july4).toMatchObject({ date: '2026-07-04', observedMonday: false });
    expect(july4?.notes).toContain(SATURDAY_HOLIDAY_NOTE);
    expect(isStateHoliday(toIsoDate('2026-07-03'))).toBe(false);
  });

  it('has Juneteenth only from 2022 (missouri-rules.md §7: reported, SECONDARY), with a note to verify', () => {
    expect(missouriHolidays(2021).some((h) => h.name === 'Juneteenth')).toBe(false);
    const j = missouriHolidays(2022).find((h) => h.name === 'Juneteenth');
    expect(j).toMatchObject({ date: '2022-06-20', confidence: 'SECONDARY' });
    expect(j?.notes.join(' ')).toMatch(/revisor\.mo\.gov/);
  });

  it('1 CSR 20-5.010 (§16.8): Juneteenth 2027 is a Saturday; state offices close Friday June 18 (SECONDARY), RSMo 9.010 does not move it', () => {
    const j = missouriHolidays(2027).find((h) => h.name === 'Juneteenth');
    expect(j).toMatchObject({ date: '2027-06-19', observedMonday: false });
    expect(j?.notes).toContain(JUNETEENTH_FRIDAY_NOTE);
    expect(isStateHoliday('2027-06-18')).toBe(false);
    expect(stateOfficeFridayOn('2027-06-18')).toMatchObject({
      holiday: 'Juneteenth',
      citation: expect.stringMatching(/1 CSR 20-5\.010/),
      confidence: 'SECONDARY',
    });
    // Other Saturday holidays: practice we could not confirm (§7).
    expect(stateOfficeFridayOn('2026-07-03')).toMatchObject({
      holiday: 'Independence Day',
      confidence: 'UNCONFIRMED',
    });
    // A Saturday New Year's Day (2028) puts its Friday in the year before.
    expect(stateOfficeFridayOn('2027-12-31')?.holiday).toBe("New Year's Day");
    expect(stateOfficeFridayOn('2027-06-17')).toBeNull();
  });

  it('gives every holiday a citation and a confidence', () => {
    for (const h of missouriHolidays(2030)) {
      expect(h.citation).toMatch(/^RSMo 9\.010/);
      expect(['PRIMARY', 'SECONDARY']).toContain(h.confidence);
    }
    expect(missouriHolidays(2030).find((h) => h.name === 'Columbus Day')?.citation).toMatch(/9\.020/);
  });

  it('finds the holiday on its observed date only', () => {
    expect(stateHolidayOn(toIsoDate('2026-02-12'))?.name).toBe('Lincoln Day');
    expect(isStateHoliday(toIsoDate('2022-12-26'))).toBe(true);
    expect(isStateHoliday(toIsoDate('2022-12-25'))).toBe(false);
    expect(isStateHoliday(toIsoDate('2026-02-13'))).toBe(false);
  });

  it('returns the same cached table for a year and nothing for a nonsense year', () => {
    expect(missouriHolidays(2027)).toBe(missouriHolidays(2027));
    expect(missouriHolidays(Number.NaN)).toEqual([]);
  });
});

describe('isStateHoliday input', () => {
  it('takes a plain string and refuses a date that does not exist', () => {
    expect(isStateHoliday('2026-11-26')).toBe(true);
    expect(() => isStateHoliday('2026-02-30')).toThrow(/not a real date/);
  });
});
