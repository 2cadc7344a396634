import { checkCount, closureOn } from './business-days.js';
import type { Closure } from '../case/index.js';
import { shiftDays, toIsoDate, weekday, type IsoDate } from './iso-date.js';
import { stateHolidayOn } from './missouri-holidays.js';

// School days, for a promise said at a meeting ("I'll have the draft to you in ten school days"): the weekdays the
// school is open. Legal deadlines count business days instead (business-days.ts). missouri-rules.md §7: districts
// close for breaks that are not state holidays, and may stay open on Lincoln Day or Truman Day, so those two are
// school days unless the case's calendar or the meeting says the school is closed; every other state holiday is
// a day off. The Friday after Thanksgiving is no state holiday, but schools close it (practice, not law: the
// labeling guide calls it an obvious day off).

/** State holidays a district may hold school on (missouri-rules.md §7, SECONDARY: district calendars differ). */
export const SCHOOL_OPEN_STATE_HOLIDAYS: ReadonlySet<string> = new Set(['Lincoln Day', 'Truman Day']);

/** True for the Friday after Thanksgiving Day (the fourth Thursday of November), a school break day. */
export function isThanksgivingFriday(date: IsoDate): boolean {
  return stateHolidayOn(shiftDays(date, -1))?.name === 'Thanksgiving Day';
}

/**
 * True when the school is open on this date: a weekday, no state holiday schools close for, not the Friday after
 * Thanksgiving, no closure.
 */
export function isSchoolDay(date: string, closures?: readonly Closure[]): boolean {
  const d = toIsoDate(date);
  if (weekday(d) >= 6) return false;
  const holiday = stateHolidayOn(d);
  if (holiday !== null && !SCHOOL_OPEN_STATE_HOLIDAYS.has(holiday.name)) return false;
  if (isThanksgivingFriday(d)) return false;
  return closureOn(d, closures) === null;
}

/** The date n school days after `from`, the first day excluded (n = 0 returns `from`). */
export function addSchoolDays(from: string, n: number, closures?: readonly Closure[]): IsoDate {
  checkCount(n);
  let day = toIsoDate(from);
  for (let left = n; left > 0;) {
    day = shiftDays(day, 1);
    if (isSchoolDay(day, closures)) left -= 1;
  }
  return day;
}
