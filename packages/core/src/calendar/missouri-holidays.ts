import { DateTime } from 'luxon';
import type { Confidence } from '../rules/confidence.js';
import { fromDayNumber, dayNumber, toIsoDate, weekday, type IsoDate } from './iso-date.js';

// Missouri public holidays, RSMo 9.010 (missouri-rules.md §7). The table lives in our code, not in a library,
// so that a library update cannot silently change a legal deadline; a test compares it with date-holidays.

type HolidayWhen =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number }
  | { kind: 'last-weekday'; month: number; weekday: number };

export interface HolidayRule {
  name: string;
  when: HolidayWhen;
  citation: string;
  confidence: Confidence;
  /** First year the holiday applies (Juneteenth: 2022). */
  fromYear?: number;
  /** Set when the holiday itself still has to be checked against the current statute text. */
  toVerify?: string;
}

const RSMO_9010 = 'RSMo 9.010';

export const MISSOURI_HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    name: "New Year's Day",
    when: { kind: 'fixed', month: 1, day: 1 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Martin Luther King Jr. Day',
    when: { kind: 'nth-weekday', month: 1, weekday: 1, nth: 3 },
    citation: 'RSMo 9.010; named in RSMo 9.020',
    confidence: 'PRIMARY',
  },
  {
    name: 'Lincoln Day',
    when: { kind: 'fixed', month: 2, day: 12 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: "Washington's Birthday",
    when: { kind: 'nth-weekday', month: 2, weekday: 1, nth: 3 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Truman Day',
    when: { kind: 'fixed', month: 5, day: 8 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Memorial Day',
    when: { kind: 'last-weekday', month: 5, weekday: 1 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Juneteenth',
    when: { kind: 'fixed', month: 6, day: 19 },
    // missouri-rules.md §7: added in the 2022 session (Daily Journal, June 15, 2022) [SECONDARY]; §16.8.
    citation: 'RSMo 9.010 as amended in 2022 (reported by the Daily Journal, June 15, 2022)',
    confidence: 'SECONDARY',
    fromYear: 2022,
    toVerify:
      'Added in the 2022 session per news reports; check the current RSMo 9.010 text on revisor.mo.gov.',
  },
  {
    name: 'Independence Day',
    when: { kind: 'fixed', month: 7, day: 4 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Labor Day',
    when: { kind: 'nth-weekday', month: 9, weekday: 1, nth: 1 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Columbus Day',
    when: { kind: 'nth-weekday', month: 10, weekday: 1, nth: 2 },
    citation: 'RSMo 9.010; named in RSMo 9.020',
    confidence: 'PRIMARY',
  },
  {
    name: 'Veterans Day',
    when: { kind: 'fixed', month: 11, day: 11 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Thanksgiving Day',
    when: { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
  {
    name: 'Christmas Day',
    when: { kind: 'fixed', month: 12, day: 25 },
    citation: RSMO_9010,
    confidence: 'PRIMARY',
  },
];

export const SATURDAY_HOLIDAY_NOTE =
  'This holiday falls on a Saturday. The law (RSMo 9.010) does not move it to Friday, so we count Friday as a ' +
  'normal business day. State offices have often closed on Friday anyway, so check with the district.';

export const JUNETEENTH_FRIDAY_NOTE =
  'Juneteenth falls on a Saturday. RSMo 9.010 does not move it, so we count Friday as a business day. By state ' +
  'policy (1 CSR 20-5.010), state offices close that Friday, so a district may count it as closed.';

/**
 * The Friday before a Saturday holiday. RSMo 9.010 moves only a Sunday holiday (to Monday), so we count this Friday
 * as a business day for every deadline. Offices may still close: for Juneteenth a state policy says so
 * (1 CSR 20-5.010, missouri-rules.md §16.8) [SECONDARY]; for the others it is practice we could not confirm (§7).
 * Only district deadlines mention it, and only the SECONDARY ones may lengthen "what the district may count".
 */
export interface StateOfficeFriday {
  /** The Friday. */
  date: IsoDate;
  holiday: string;
  /** The Saturday the holiday falls on. */
  holidayDate: IsoDate;
  citation: string;
  confidence: Confidence;
  source: string;
}

export interface StateHoliday {
  name: string;
  /** The day offices are closed for it: the holiday itself, or the Monday after when it falls on a Sunday. */
  date: IsoDate;
  /** The calendar date of the holiday before any move. */
  actualDate: IsoDate;
  /** True when a Sunday holiday was moved to Monday (RSMo 9.010). */
  observedMonday: boolean;
  citation: string;
  confidence: Confidence;
  /** Extra facts for the UI: a Saturday holiday (not moved), a holiday still to verify. */
  notes: string[];
}

function resolveDate(year: number, when: HolidayWhen): IsoDate {
  const first = DateTime.utc(year, when.month, 1);
  if (when.kind === 'fixed') return toIsoDate(first.set({ day: when.day }).toISODate() ?? '');
  if (when.kind === 'nth-weekday') {
    const offset = (when.weekday - first.weekday + 7) % 7;
    return toIsoDate(first.plus({ days: offset + 7 * (when.nth - 1) }).toISODate() ?? '');
  }
  const last = first.endOf('month').startOf('day');
  const back = (last.weekday - when.weekday + 7) % 7;
  return toIsoDate(last.minus({ days: back }).toISODate() ?? '');
}

function buildYear(year: number): readonly StateHoliday[] {
  const out: StateHoliday[] = [];
  for (const rule of MISSOURI_HOLIDAY_RULES) {
    if (rule.fromYear !== undefined && year < rule.fromYear) continue;
    const actual = resolveDate(year, rule.when);
    const day = weekday(actual);
    const notes: string[] = [];
    if (day === 6) notes.push(rule.name === 'Juneteenth' ? JUNETEENTH_FRIDAY_NOTE : SATURDAY_HOLIDAY_NOTE);
    if (rule.toVerify !== undefined) notes.push(rule.toVerify);
    out.push({
      name: rule.name,
      date: day === 7 ? fromDayNumber(dayNumber(actual) + 1) : actual,
      actualDate: actual,
      observedMonday: day === 7,
      citation: rule.citation,
      confidence: rule.confidence,
      notes,
    });
  }
  return out;
}

// Deadlines are computed thousands of times (the planner bench makes 10,000 plans); a year's table never changes.
const byYear = new Map<number, readonly StateHoliday[]>();
const byDate = new Map<string, StateHoliday>();

/** Missouri's state holidays for a year, in date order, with the date offices close for each. */
export function missouriHolidays(year: number): readonly StateHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  let table = byYear.get(year);
  if (table === undefined) {
    table = buildYear(year);
    byYear.set(year, table);
    for (const h of table) byDate.set(h.date, h);
  }
  return table;
}

const saturdaysByYear = new Map<number, readonly StateHoliday[]>();

/** The year's holidays that fall on a Saturday (not moved by RSMo 9.010; the UI should warn about them). */
export function saturdayHolidays(year: number): readonly StateHoliday[] {
  let list = saturdaysByYear.get(year);
  if (list === undefined) {
    list = missouriHolidays(year).filter((h) => weekday(h.date) === 6);
    saturdaysByYear.set(year, list);
  }
  return list;
}

/** The holiday whose closed day (observed date) is this date, or null. */
export function stateHolidayOn(date: string): StateHoliday | null {
  const year = Number(toIsoDate(date).slice(0, 4));
  missouriHolidays(year);
  // A Sunday Dec 31 holiday is never observed in the next year, but a Jan 1 Sunday moves to Jan 2 of the same
  // year, so looking at the date's own year is enough.
  return byDate.get(date) ?? null;
}

/** True when offices close for a state holiday on this date (the observed date). */
export function isStateHoliday(date: string): boolean {
  return stateHolidayOn(date) !== null;
}

const fridaysByYear = new Map<number, readonly StateOfficeFriday[]>();

/** The Fridays before the year's Saturday holidays, with how sure we are that offices close on them. */
export function stateOfficeFridays(year: number): readonly StateOfficeFriday[] {
  let list = fridaysByYear.get(year);
  if (list === undefined) {
    list = saturdayHolidays(year).map((h) => {
      const juneteenth = h.name === 'Juneteenth';
      return {
        date: fromDayNumber(dayNumber(h.date) - 1),
        holiday: h.name,
        holidayDate: h.date,
        citation: juneteenth
          ? '1 CSR 20-5.010 (state office policy)'
          : 'State office practice (no rule found)',
        confidence: juneteenth ? ('SECONDARY' as const) : ('UNCONFIRMED' as const),
        source: juneteenth ? 'missouri-rules.md §16.8' : 'missouri-rules.md §7',
      };
    });
    fridaysByYear.set(year, list);
  }
  return list;
}

/** The Friday before a Saturday holiday, when `date` is one; else null. */
export function stateOfficeFridayOn(date: string): StateOfficeFriday | null {
  const d = toIsoDate(date);
  const year = Number(d.slice(0, 4));
  // A Saturday New Year's Day puts its Friday on December 31 of the year before.
  return [...stateOfficeFridays(year), ...stateOfficeFridays(year + 1)].find((f) => f.date === d) ?? null;
}
