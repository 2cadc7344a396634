import type { Closure } from '../case/index.js';
import {
  closedReason,
  closureOn,
  CUSTODIAN_HOURS,
  dayNumber,
  DESE_FILING_HOURS,
  fromDayNumber,
  plainDayDate,
  SCHOOL_OFFICE_HOURS,
  stateOfficeFridays,
  walkBusinessDays,
  type IsoDate,
  type OfficeHours,
  type SkippedDay,
} from '../calendar/index.js';
import type { RuleKind } from '../rules/confidence.js';
import type { DeadlineRule, Receiver } from './deadline-types.js';

// What a district may count beyond the legal date (missouri-rules.md §16.2, §16.8). The legal date never moves for
// a school's closure days; where a source says a district may count them (`closureCount`), the later date is shown
// beside it, labelled SECONDARY, so a parent knows what the district may answer. Never for a parent's deadline.

export interface DistrictMayCount {
  /** The later date (YYYY-MM-DD) if the district does not count its closed days. */
  due: string;
  /** The closed days that make the difference (the case's closures, a Friday state offices close). */
  closedDays: { date: string; reason: string }[];
  note: string;
  citation: string;
  confidence: 'SECONDARY';
  kind: RuleKind;
  source: string;
}

export function officeHoursOf(receiver: Receiver): OfficeHours {
  if (receiver === 'dese') return DESE_FILING_HOURS;
  return receiver === 'custodian' ? CUSTODIAN_HOURS : SCHOOL_OFFICE_HOURS;
}

function fridaysBetween(from: IsoDate, to: IsoDate) {
  const out = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)) + 1; year += 1) {
    for (const f of stateOfficeFridays(year)) if (f.date > from && f.date <= to) out.push(f);
  }
  return out;
}

/**
 * Notes for a district or agency deadline counted in business days whose count passes the Friday before a Saturday
 * holiday: we count that Friday (RSMo 9.010 does not move the holiday), but offices may close on it.
 */
export function stateOfficeFridayNotes(from: IsoDate, due: IsoDate): string[] {
  return fridaysBetween(from, due).map((f) =>
    f.confidence === 'SECONDARY'
      ? `${f.holiday} falls on ${plainDayDate(f.holidayDate)}. RSMo 9.010 does not move it, so we count ` +
        `${plainDayDate(f.date)} as a business day. By state policy (${f.citation}), state offices close that ` +
        'Friday, so the district may count it as closed.'
      : `${f.holiday} falls on ${plainDayDate(f.holidayDate)}. The law does not move it, so we count ` +
        `${plainDayDate(f.date)} as a business day. Offices often close that Friday, but we found no rule that says so.`,
  );
}

// The Fridays a SECONDARY source says state offices close, as closures, remembered per case closure list and year.
const withFridaysCache = new WeakMap<readonly Closure[], Map<number, Closure[]>>();
const NO_CLOSURES: readonly Closure[] = [];

function closuresWithFridays(closures: readonly Closure[], year: number): Closure[] {
  const key = closures.length === 0 ? NO_CLOSURES : closures;
  let byYear = withFridaysCache.get(key);
  if (byYear === undefined) {
    byYear = new Map();
    withFridaysCache.set(key, byYear);
  }
  let list = byYear.get(year);
  if (list === undefined) {
    const fridays = [year, year + 1, year + 2]
      .flatMap((y) => stateOfficeFridays(y))
      .filter((f) => f.confidence === 'SECONDARY')
      .map((f) => ({ from: f.date, to: f.date, reason: `Friday before ${f.holiday} (${f.citation})` }));
    list = [...closures, ...fridays];
    byYear.set(year, list);
  }
  return list;
}

/** Calendar days not counting the days of a school break (some district pages say breaks do not count). */
function calendarDaysSkipping(from: IsoDate, n: number, closures: readonly Closure[]) {
  let day = dayNumber(from);
  let left = n;
  const skipped: SkippedDay[] = [];
  while (left > 0) {
    day += 1;
    const date = fromDayNumber(day);
    // The whole break is left out, its weekend days too; weekends outside a break are calendar days.
    const reason = closureOn(date, closures);
    if (reason !== null) skipped.push({ date, reason });
    else left -= 1;
  }
  return { result: fromDayNumber(day), skipped };
}

/** The later date a district may count, or null when the rule names no source for it or nothing changes. */
export function districtMayCount(
  rule: DeadlineRule,
  from: IsoDate,
  due: IsoDate,
  closures: readonly Closure[],
): DistrictMayCount | null {
  const source = rule.closureCount;
  if (rule.party !== 'district' || source === undefined || rule.direction !== 'after') return null;
  let walk: { result: IsoDate; skipped: SkippedDay[] };
  if (rule.unit === 'business-days') {
    const all = closuresWithFridays(closures, Number(from.slice(0, 4)));
    // Something received while the office is closed for a break counts, for the district, from the day it opens.
    let start = from;
    const shifted: SkippedDay[] = [];
    if (closedReason(from) === null) {
      for (let reason = closedReason(start, all); reason !== null; reason = closedReason(start, all)) {
        if (closedReason(start) === null) shifted.push({ date: start, reason });
        start = fromDayNumber(dayNumber(start) + 1);
      }
    }
    const counted = walkBusinessDays(start, rule.count, 1, all);
    walk = {
      result: counted.result,
      skipped: [...shifted, ...counted.skipped.filter((s) => closedReason(s.date) === null)],
    };
  } else if (rule.unit === 'calendar-days') {
    if (closures.length === 0) return null;
    walk = calendarDaysSkipping(from, rule.count, closures);
  } else return null;
  if (walk.result <= due) return null;
  return {
    due: walk.result,
    closedDays: walk.skipped,
    note: source.note,
    citation: source.citation,
    confidence: source.confidence,
    kind: source.kind,
    source: source.source,
  };
}
