import { fromDayNumber, isBusinessDay, weekday } from '../calendar/index.js';
import type { CaseFile, Service } from '../case/index.js';
import { dayOf } from './aimline.js';

// The service-minutes ledger (progress-and-services.md §4.2): per service and Monday-start week, the minutes the
// IEP requires, the minutes the log shows, and what is still owed. It is a factual record for the IEP team.

export const SERVICE_MINUTES_CAVEAT =
  'These numbers are a record of the minutes in the IEP and the minutes in the service log. They are not an ' +
  'award. When services are missed, the IEP team decides what will make up for them, one student at a time: the ' +
  'make-up time can be more or less than the minutes missed (Reid v. District of Columbia, 401 F.3d 516 (D.C. ' +
  'Cir. 2005); Missouri DESE special education listserv, May 23, 2008, which strongly recommends full make-up or ' +
  'an IEP meeting about compensatory services).';

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

export interface LedgerWeek {
  /** The Monday of the week. */
  weekStart: string;
  schoolDays: number;
  requiredMinutes: number;
  deliveredMinutes: number;
  /** Missed because the student was absent (reason "student-absent"): not counted as owed. */
  excusedMinutes: number;
  /** Missed for any other reason (shown for the record; the shortfall is what counts). */
  missedMinutes: number;
  makeUpMinutes: number;
  shortfallMinutes: number;
  /** False when the log has no entry at all in this week. */
  logged: boolean;
}

export interface LedgerTotals {
  requiredMinutes: number;
  deliveredMinutes: number;
  excusedMinutes: number;
  makeUpMinutes: number;
  shortfallMinutes: number;
  /** Sum of weekly shortfalls minus make-up minutes delivered, never below 0. */
  owedMinutes: number;
  /** Delivered / (required - excused), from 0 to 1 (above 1 when extra minutes were given); null when nothing was due. */
  deliveryRate: number | null;
}

export interface ServiceLedger extends LedgerTotals {
  serviceId: string;
  name: string;
  /** The IEP's minutes as a weekly amount (per-month and per-year services: the average over the service's school weeks). */
  iepMinutesPerWeek: number;
  scheduledMinutesPerWeek: number | null;
  /** Weeks in the ledger whose log is empty (the record may be missing rather than the service). */
  unloggedWeeks: number;
  weeks: LedgerWeek[];
}

type WeekAmounts = Pick<
  LedgerWeek,
  'requiredMinutes' | 'excusedMinutes' | 'deliveredMinutes' | 'makeUpMinutes'
>;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Totals from week rows: shortfall per week = max(0, required - excused - delivered); make-up repays the sum. */
export function summarizeWeeks(weeks: readonly WeekAmounts[], makeUpOutsideWeeks = 0): LedgerTotals {
  let required = 0;
  let delivered = 0;
  let excused = 0;
  let makeUp = makeUpOutsideWeeks;
  let shortfall = 0;
  for (const w of weeks) {
    required += w.requiredMinutes;
    delivered += w.deliveredMinutes;
    excused += w.excusedMinutes;
    makeUp += w.makeUpMinutes;
    shortfall += Math.max(0, w.requiredMinutes - w.excusedMinutes - w.deliveredMinutes);
  }
  const due = required - excused;
  return {
    requiredMinutes: required,
    deliveredMinutes: delivered,
    excusedMinutes: excused,
    makeUpMinutes: makeUp,
    shortfallMinutes: shortfall,
    owedMinutes: Math.max(0, shortfall - makeUp),
    deliveryRate: due > 0 ? round4(delivered / due) : null,
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
      logged: false,
    });
  }

  let makeUpOutsideWeeks = 0;
  const asOfDay = dayOf(asOf);
  for (const entry of service.log) {
    const day = dayOf(entry.date);
    const week = day >= start && day <= last ? weeks[Math.floor((day - firstMonday) / 7)] : undefined;
    if (week === undefined) {
      // Make-up sessions after the service ended (summer, the next IEP) still repay the debt.
      if (entry.status === 'make-up' && day >= start && day <= asOfDay) makeUpOutsideWeeks += entry.minutes;
      continue;
    }
    week.logged = true;
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
    week.shortfallMinutes = Math.max(0, week.requiredMinutes - week.excusedMinutes - week.deliveredMinutes);
  }

  return {
    serviceId: service.id,
    name: service.name,
    ...summarizeWeeks(weeks, makeUpOutsideWeeks),
    iepMinutesPerWeek: iepMinutesPerWeek(service, rate, isSchoolDay),
    scheduledMinutesPerWeek: service.scheduledMinutesPerWeek ?? null,
    unloggedWeeks: weeks.filter((w) => !w.logged && w.requiredMinutes > 0).length,
    weeks,
  };
}
