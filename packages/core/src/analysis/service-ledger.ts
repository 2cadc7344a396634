import { fromDayNumber, isBusinessDay, weekday } from '../calendar/index.js';
import type { CaseFile, Service } from '../case/index.js';
import { dayOf } from './aimline.js';

// The service-minutes ledger (progress-and-services.md §4.2): per service and Monday-start week, the minutes the
// IEP requires, the minutes the log shows, and what is still owed. It is a factual record for the IEP team, and it
// never accuses beyond the log: minutes are missed (and can be owed) only when the log marks them missed. A week
// with no entries, or minutes the log does not mention, are "unknown": a question for the school, not a debt.

export const SERVICE_MINUTES_CAVEAT =
  'These numbers are a record of the minutes in the IEP and the minutes in the service log. They are not an ' +
  'award. When services are missed, the IEP team decides what will make up for them, one student at a time: the ' +
  'make-up time can be more or less than the minutes missed (Reid v. District of Columbia, 401 F.3d 516 (D.C. ' +
  'Cir. 2005); Missouri DESE special education listserv, May 23, 2008, which strongly recommends full make-up or ' +
  'an IEP meeting about compensatory services).';

/** Shown with the ledger: what counts as missed, and what is only unknown. */
export const SERVICE_LOG_NOTE =
  'We count minutes as missed only when the log marks a session missed. If the log says nothing about a week or ' +
  'a session, we call it unknown, not missed. Ask the school for the logs to find out.';

/** Answers whether school was in session on a date (YYYY-MM-DD). */
export type IsSchoolDay = (date: string) => boolean;

/**
 * School days for a case: weekdays that are not a Missouri state holiday and not a case closure (the calendar's
 * business days). Some schools stay open on Columbus Day or Veterans Day; counting those days as closed makes the
 * required minutes, and so the minutes owed, lower, never higher. Pass your own test to analyzeCase to change it.
 */
export function caseSchoolDays(caseFile: Pick<CaseFile, 'closures'>): IsSchoolDay {
  const cache = new Map<string, boolean>();
  return (date) => {
    let open = cache.get(date);
    if (open === undefined) {
      open = isBusinessDay(date, caseFile.closures);
      cache.set(date, open);
    }
    return open;
  };
}

/**
 * What the log tells about a week. A log that says nothing is not a log of missed sessions: a week with no entries
 * is "unknown", never "missed" (missouri-rules.md / BRIEF: no log is not a missed session).
 */
export type WeekLog = 'logged' | 'unknown';

/** What the log tells about a whole service: no entries at all, some weeks or minutes unaccounted for, or all. */
export type LogStatus = 'none' | 'partial' | 'complete';

export interface LedgerWeek {
  /** The Monday of the week. */
  weekStart: string;
  schoolDays: number;
  requiredMinutes: number;
  deliveredMinutes: number;
  /** Marked missed because the student was absent (reason "student-absent"): never owed. */
  excusedMinutes: number;
  /** Marked missed for any other reason: the only minutes that can be owed. */
  missedMinutes: number;
  makeUpMinutes: number;
  /** Minutes marked missed that the IEP called for this week: min(missed, required - excused - delivered). */
  shortfallMinutes: number;
  /** Required minutes the log says nothing about (not delivered, not marked missed, not excused). */
  unknownMinutes: number;
  /** 'unknown' when the log has no entry at all this week. */
  log: WeekLog;
}

export interface LedgerTotals {
  requiredMinutes: number;
  deliveredMinutes: number;
  excusedMinutes: number;
  /** Marked missed (not the student's absence). */
  missedMinutes: number;
  makeUpMinutes: number;
  /** Sum of the weekly shortfalls: minutes marked missed that the IEP called for. */
  shortfallMinutes: number;
  /** Sum of the weekly unknown minutes: what the log does not account for. Never counted as missed. */
  unknownMinutes: number;
  /** Shortfall minus make-up minutes delivered, never below 0. Above 0 only when the log marks sessions missed. */
  owedMinutes: number;
  /**
   * Delivered / (required - excused) over the weeks the log covers (weeks with entries), from 0 to 1 (above 1 when
   * extra minutes were given); null when those weeks called for nothing or the log has no entries.
   */
  deliveryRate: number | null;
}

export interface ServiceLedger extends LedgerTotals {
  serviceId: string;
  name: string;
  /** The IEP's minutes as a weekly amount (per-month and per-year services: the average over the service's school weeks). */
  iepMinutesPerWeek: number;
  scheduledMinutesPerWeek: number | null;
  /** The ledger's range: the service start to the earlier of its end and the check date. */
  from: string;
  to: string;
  logStatus: LogStatus;
  /** The first and last log entries inside the ledger's range, or null when there are none. */
  loggedFrom: string | null;
  loggedTo: string | null;
  /** Weeks that called for minutes but whose log is empty: unknown, not missed. */
  unknownWeeks: number;
  weeks: LedgerWeek[];
}

export type WeekAmounts = Pick<
  LedgerWeek,
  'requiredMinutes' | 'excusedMinutes' | 'deliveredMinutes' | 'missedMinutes' | 'makeUpMinutes' | 'log'
>;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The minutes of one week the log marks missed and the IEP called for, and those it says nothing about. */
export function weekBalance(w: WeekAmounts): { shortfall: number; unknown: number } {
  const open = Math.max(0, w.requiredMinutes - w.excusedMinutes - w.deliveredMinutes);
  const shortfall = Math.min(open, w.missedMinutes);
  return { shortfall, unknown: open - shortfall };
}

/**
 * Totals from week rows. Only minutes marked missed are a shortfall; make-up repays it. Weeks with no entries and
 * minutes the log does not mention are unknown, shown apart, never owed.
 */
export function summarizeWeeks(weeks: readonly WeekAmounts[], makeUpOutsideWeeks = 0): LedgerTotals {
  let required = 0;
  let delivered = 0;
  let excused = 0;
  let missed = 0;
  let makeUp = makeUpOutsideWeeks;
  let shortfall = 0;
  let unknown = 0;
  let loggedDue = 0;
  let loggedDelivered = 0;
  for (const w of weeks) {
    required += w.requiredMinutes;
    delivered += w.deliveredMinutes;
    excused += w.excusedMinutes;
    missed += w.missedMinutes;
    makeUp += w.makeUpMinutes;
    const balance = weekBalance(w);
    shortfall += balance.shortfall;
    unknown += balance.unknown;
    if (w.log === 'logged') {
      loggedDue += w.requiredMinutes - w.excusedMinutes;
      loggedDelivered += w.deliveredMinutes;
    }
  }
  return {
    requiredMinutes: required,
    deliveredMinutes: delivered,
    excusedMinutes: excused,
    missedMinutes: missed,
    makeUpMinutes: makeUp,
    shortfallMinutes: shortfall,
    unknownMinutes: unknown,
    owedMinutes: Math.max(0, shortfall - makeUp),
    deliveryRate: loggedDue > 0 ? round4(loggedDelivered / loggedDue) : null,
  };
}

const isStudentAbsence = (reason: string | undefined) =>
  reason !== undefined && /student[\s_-]*(absent|absence)/i.test(reason);

/** Exact (unrounded) required minutes per school day, as a function of the day number. */
function dailyRate(service: Service, isSchoolDay: IsSchoolDay): (day: number) => number {
  const school = (day: number) => isSchoolDay(fromDayNumber(day));
  if (service.per === 'day') return (day) => (school(day) ? service.minutes : 0);
  if (service.per === 'week') return (day) => (school(day) ? service.minutes / 5 : 0);
  if (service.per === 'month') {
    const perMonth = new Map<string, number>();
    const schoolDaysInMonth = (date: string): number => {
      const key = date.slice(0, 7);
      let n = perMonth.get(key);
      if (n === undefined) {
        n = 0;
        for (let d = dayOf(`${key}-01`); fromDayNumber(d).startsWith(key); d += 1) if (school(d)) n += 1;
        perMonth.set(key, n);
      }
      return n;
    };
    return (day) => (school(day) ? service.minutes / schoolDaysInMonth(fromDayNumber(day)) : 0);
  }
  // Per year: the yearly minutes (times the number of years when the service runs longer than one) spread evenly
  // over the school days of the whole service span.
  const start = dayOf(service.start);
  const end = dayOf(service.end);
  let spanSchoolDays = 0;
  for (let d = start; d <= end; d += 1) if (school(d)) spanSchoolDays += 1;
  const total = service.minutes * Math.max(1, (end - start + 1) / 365);
  return (day) => (school(day) && spanSchoolDays > 0 ? total / spanSchoolDays : 0);
}

function iepMinutesPerWeek(
  service: Service,
  rate: (day: number) => number,
  isSchoolDay: IsSchoolDay,
): number {
  if (service.per === 'week') return service.minutes;
  if (service.per === 'day') return service.minutes * 5;
  let total = 0;
  let days = 0;
  for (let d = dayOf(service.start); d <= dayOf(service.end); d += 1) {
    if (!isSchoolDay(fromDayNumber(d))) continue;
    total += rate(d);
    days += 1;
  }
  return days > 0 ? Math.round((total / days) * 5) : 0;
}

/**
 * The ledger of one service from its start to min(asOf, end). Required minutes are prorated by school day and
 * rounded by running total (each week gets round(total so far) - round(total before it)), so the weeks are whole
 * minutes and add up exactly to the rounded total. A missed entry logged with 0 minutes stands for that day's
 * share of the IEP minutes (a whole week's minutes / 5), so an absent student's day is excused; the estimate does
 * not depend on other log entries, so adding a delivered session can never raise the minutes owed.
 */
export function serviceLedger(service: Service, asOf: string, isSchoolDay: IsSchoolDay): ServiceLedger {
  const rate = dailyRate(service, isSchoolDay);
  const start = dayOf(service.start);
  const last = Math.min(dayOf(service.end), dayOf(asOf));
  const firstMonday = start - (weekday(fromDayNumber(start)) - 1);
  const weekCount = last >= start ? Math.floor((last - firstMonday) / 7) + 1 : 0;
  const weeks: LedgerWeek[] = [];
  let exactSoFar = 0;
  let roundedSoFar = 0;
  for (let w = 0; w < weekCount; w += 1) {
    const monday = firstMonday + 7 * w;
    let schoolDays = 0;
    for (let d = Math.max(monday, start); d <= Math.min(monday + 6, last); d += 1) {
      const r = rate(d);
      exactSoFar += r;
      if (isSchoolDay(fromDayNumber(d))) schoolDays += 1;
    }
    const required = Math.round(exactSoFar) - roundedSoFar;
    roundedSoFar += required;
    weeks.push({
      weekStart: fromDayNumber(monday),
      schoolDays,
      requiredMinutes: required,
      deliveredMinutes: 0,
      excusedMinutes: 0,
      missedMinutes: 0,
      makeUpMinutes: 0,
      shortfallMinutes: 0,
      unknownMinutes: 0,
      log: 'unknown',
    });
  }

  let makeUpOutsideWeeks = 0;
  let loggedFrom: string | null = null;
  let loggedTo: string | null = null;
  const asOfDay = dayOf(asOf);
  for (const entry of service.log) {
    const day = dayOf(entry.date);
    const week = day >= start && day <= last ? weeks[Math.floor((day - firstMonday) / 7)] : undefined;
    if (week === undefined) {
      // Make-up sessions after the service ended (summer, the next IEP) still repay the debt.
      if (entry.status === 'make-up' && day >= start && day <= asOfDay) makeUpOutsideWeeks += entry.minutes;
      continue;
    }
    if (loggedFrom === null || entry.date < loggedFrom) loggedFrom = entry.date;
    if (loggedTo === null || entry.date > loggedTo) loggedTo = entry.date;
    week.log = 'logged';
    if (entry.status === 'delivered') week.deliveredMinutes += entry.minutes;
    else if (entry.status === 'make-up') week.makeUpMinutes += entry.minutes;
    else {
      const missed = entry.minutes > 0 ? entry.minutes : Math.round(rate(day));
      if (isStudentAbsence(entry.reason)) week.excusedMinutes += missed;
      else week.missedMinutes += missed;
    }
  }
  for (const week of weeks) {
    week.excusedMinutes = Math.min(week.excusedMinutes, week.requiredMinutes);
    const balance = weekBalance(week);
    week.shortfallMinutes = balance.shortfall;
    week.unknownMinutes = balance.unknown;
  }
  const totals = summarizeWeeks(weeks, makeUpOutsideWeeks);
  const unknownWeeks = weeks.filter((w) => w.log === 'unknown' && w.requiredMinutes > 0).length;
  return {
    serviceId: service.id,
    name: service.name,
    ...totals,
    iepMinutesPerWeek: iepMinutesPerWeek(service, rate, isSchoolDay),
    scheduledMinutesPerWeek: service.scheduledMinutesPerWeek ?? null,
    from: service.start,
    to: service.end < asOf ? service.end : asOf,
    logStatus: loggedFrom === null ? 'none' : totals.unknownMinutes > 0 ? 'partial' : 'complete',
    loggedFrom,
    loggedTo,
    unknownWeeks,
    weeks,
  };
}
