import type { Closure } from '../case/index.js';
import { DomainError } from '../rules/domain-error.js';
import { dayNumber, fromDayNumber, toIsoDate, weekday, type IsoDate } from './iso-date.js';
import { stateHolidayOn } from './missouri-holidays.js';

// Business days for Missouri deadlines (missouri-rules.md §2, §7). Chapter 610 does not define "business day";
// we count the office days of a public body: not Saturday or Sunday, not a state holiday (observed date), and not
// a day the case says the district is closed (winter break and the like).
// Counting follows RSMo 1.040: the first day is excluded and the last included.

/** Closures as ranges of day numbers, prepared once per call so each day check is a few comparisons. */
type Ranges = readonly { from: number; to: number; reason: string }[];

// A case's closures are the same array for every deadline of a plan: prepare them once.
const rangesCache = new WeakMap<readonly Closure[], Ranges>();

function toRanges(closures: readonly Closure[] | undefined): Ranges {
  if (closures === undefined || closures.length === 0) return [];
  let ranges = rangesCache.get(closures);
  if (ranges === undefined) {
    ranges = buildRanges(closures);
    rangesCache.set(closures, ranges);
  }
  return ranges;
}

function buildRanges(closures: readonly Closure[]): Ranges {
  return closures.map((c) => ({
    from: dayNumber(toIsoDate(c.from)),
    to: dayNumber(toIsoDate(c.to)),
    reason:
      c.reason !== undefined && c.reason.trim() !== ''
        ? `${c.reason.trim()} (school closed)`
        : 'School closed',
  }));
}

// Weekend and holiday reasons by day number, shared by all cases (closures differ per case and are checked after).
const stateReasons = new Map<number, string | null>();
const MAX_REMEMBERED_DAYS = 100_000;

function stateReason(day: number): string | null {
  let reason = stateReasons.get(day);
  if (reason === undefined) {
    const wd = ((((day + 3) % 7) + 7) % 7) + 1;
    if (wd === 6) reason = 'Saturday';
    else if (wd === 7) reason = 'Sunday';
    else {
      const holiday = stateHolidayOn(fromDayNumber(day));
      reason =
        holiday === null
          ? null
          : holiday.observedMonday
            ? `${holiday.name} (state holiday, moved from Sunday)`
            : `${holiday.name} (state holiday)`;
    }
    if (stateReasons.size >= MAX_REMEMBERED_DAYS) stateReasons.clear();
    stateReasons.set(day, reason);
  }
  return reason;
}

function reasonFor(day: number, ranges: Ranges): string | null {
  const reason = stateReason(day);
  if (reason !== null) return reason;
  for (const r of ranges) if (day >= r.from && day <= r.to) return r.reason;
  return null;
}

/** The case closure this date falls in ("Winter break (school closed)"), whatever the weekday, or null. */
export function closureOn(date: string, closures?: readonly Closure[]): string | null {
  const day = dayNumber(toIsoDate(date));
  for (const r of toRanges(closures)) if (day >= r.from && day <= r.to) return r.reason;
  return null;
}

/** Why offices are closed on this date, in plain words ("Saturday", "Lincoln Day (state holiday)"), or null. */
export function closedReason(date: string, closures?: readonly Closure[]): string | null {
  const d = toIsoDate(date);
  return reasonFor(dayNumber(d), toRanges(closures));
}

/** True when the date is a Missouri business day for this case. */
export function isBusinessDay(date: string, closures?: readonly Closure[]): boolean {
  return closedReason(date, closures) === null;
}

export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface BusinessDayWalk {
  result: IsoDate;
  /** The closed days passed over on the way, in the order met. */
  skipped: SkippedDay[];
}

/** Throws a plain error unless n is a whole number of days from 0 to 100,000. */
export function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    throw new DomainError('invalid-count', 'The number of days must be a whole number of 0 or more.');
  }
}

/** Steps n business days forward (step 1) or back (step -1), excluding the start day (RSMo 1.040). */
export function walkBusinessDays(
  from: string,
  n: number,
  step: 1 | -1,
  closures?: readonly Closure[],
): BusinessDayWalk {
  checkCount(n);
  const ranges = toRanges(closures);
  let day = dayNumber(toIsoDate(from));
  const skipped: SkippedDay[] = [];
  let left = n;
  while (left > 0) {
    day += step;
    const reason = reasonFor(day, ranges);
    if (reason === null) left -= 1;
    else skipped.push({ date: fromDayNumber(day), reason });
  }
  return { result: fromDayNumber(day), skipped };
}

/** The date n business days after `from` (n = 0 returns `from`, even when it is closed). */
export function addBusinessDays(from: string, n: number, closures?: readonly Closure[]): IsoDate {
  return walkBusinessDays(from, n, 1, closures).result;
}

/** The date n business days before `from` (n = 0 returns `from`). */
export function subtractBusinessDays(from: string, n: number, closures?: readonly Closure[]): IsoDate {
  return walkBusinessDays(from, n, -1, closures).result;
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: string, closures?: readonly Closure[]): IsoDate {
  return subtractBusinessDays(date, 1, closures);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string, closures?: readonly Closure[]): IsoDate {
  return addBusinessDays(date, 1, closures);
}

/** `date` itself when it is a business day, else the last business day before it. */
export function onOrBeforeBusinessDay(date: string, closures?: readonly Closure[]): IsoDate {
  const d = toIsoDate(date);
  return isBusinessDay(d, closures) ? d : previousBusinessDay(d, closures);
}

export interface CalendarDayOptions {
  /**
   * Apply RSMo 1.040: "If the last day is Sunday it shall be excluded", so a Sunday last day moves to Monday.
   * Use it for deadlines set by Missouri law; default false.
   */
  rsmo1040?: boolean;
}

/** The date n calendar days after `from` (n may be negative for a count back). */
export function addCalendarDays(from: string, n: number, options: CalendarDayOptions = {}): IsoDate {
  if (!Number.isInteger(n))
    throw new DomainError('invalid-count', 'The number of days must be a whole number.');
  const result = fromDayNumber(dayNumber(toIsoDate(from)) + n);
  if (options.rsmo1040 === true && n > 0 && weekday(result) === 7)
    return fromDayNumber(dayNumber(result) + 1);
  return result;
}

/** Closed days strictly after `from` and up to and including `to` (for showing what a count passed over). */
export function closedDaysBetween(from: string, to: string, closures?: readonly Closure[]): SkippedDay[] {
  const ranges = toRanges(closures);
  const start = dayNumber(toIsoDate(from));
  const end = dayNumber(toIsoDate(to));
  const out: SkippedDay[] = [];
  for (let day = start + 1; day <= end; day += 1) {
    const reason = reasonFor(day, ranges);
    if (reason !== null) out.push({ date: fromDayNumber(day), reason });
  }
  return out;
}
