import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { missouriHolidays } from './missouri-holidays.js';
import { toIsoDate, weekday } from './iso-date.js';

// Guards against drift between our RSMo 9.010 table and the date-holidays package (US-MO, public holidays).
// We compare the weekdays on which offices close. The known differences, each with its reason:
//  1. date-holidays moves a SATURDAY holiday to the Friday before ("substitute day", and New Year's on Dec 31).
//     RSMo 9.010 moves only Sunday holidays; on Saturdays the statute is silent, so we do not move them.
//  2. date-holidays has Juneteenth (a federal holiday since 2021) in 2021; Missouri added it in 2022, so our table
//     starts in 2022. For 2020 it has none, as we do.
//  3. date-holidays does not move Lincoln Day, Truman Day or Veterans Day to Monday when they fall on a Sunday.
//     RSMo 9.010 moves every Sunday holiday ("when any of such holidays falls upon Sunday"), so we do.
const SUNDAY_MOVES_THE_LIBRARY_MISSES = ['Lincoln Day', 'Truman Day', 'Veterans Day'];

function libraryClosedWeekdays(year: number): Map<string, string> {
  const hd = new Holidays('US', 'MO');
  const out = new Map<string, string>();
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const date = toIsoDate(h.date.slice(0, 10));
    if (date.slice(0, 4) !== String(year) || weekday(date) >= 6) continue;
    out.set(date, h.name);
  }
  return out;
}

function ourClosedWeekdays(year: number): Map<string, string> {
  return new Map(
    missouriHolidays(year)
      .filter((h) => weekday(h.date) < 6)
      .map((h) => [h.date, h.name]),
  );
}

function isMovedSunday(year: number, date: string): boolean {
  const h = missouriHolidays(year).find((x) => x.date === date);
  return h !== undefined && h.observedMonday && SUNDAY_MOVES_THE_LIBRARY_MISSES.includes(h.name);
}

describe('our holiday table agrees with date-holidays for 2020-2040', () => {
  for (let year = 2020; year <= 2040; year += 1) {
    it(`${year}`, () => {
      const ours = ourClosedWeekdays(year);
      const theirs = libraryClosedWeekdays(year);
      const onlyOurs = [...ours.keys()].filter((d) => !theirs.has(d) && !isMovedSunday(year, d));
      const onlyTheirs = [...theirs.entries()].filter(([d]) => !ours.has(d));
      expect(onlyOurs).toEqual([]);
      const unexplained = onlyTheirs.filter(([date, name]) => {
        const saturdaySubstitute = weekday(toIsoDate(date)) === 5 && name.includes('substitute');
        const juneteenth2021 = year === 2021 && name.startsWith('Juneteenth');
        return !saturdaySubstitute && !juneteenth2021;
      });
      expect(unexplained).toEqual([]);
    });
  }

  it('really does differ on a Sunday Lincoln Day (so exception 3 is live)', () => {
    // Feb 12, 2023 was a Sunday: we close Monday Feb 13.
    expect(ourClosedWeekdays(2023).get('2023-02-13')).toBe('Lincoln Day');
    expect(libraryClosedWeekdays(2023).has('2023-02-13')).toBe(false);
  });

  it('really does differ on a Saturday holiday (so the exception above is live)', () => {
    // July 4, 2026 is a Saturday: date-holidays closes Friday July 3; RSMo 9.010 does not.
    expect(libraryClosedWeekdays(2026).has('2026-07-03')).toBe(true);
    expect(ourClosedWeekdays(2026).has('2026-07-03')).toBe(false);
  });
});
