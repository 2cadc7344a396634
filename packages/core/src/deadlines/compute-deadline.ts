import { DateTime } from 'luxon';
import type { Closure } from '../case/index.js';
import {
  addCalendarDays,
  dayNumber,
  atInstant,
  formatZoned,
  fromDayNumber,
  plusHours,
  isKnownTimeZone,
  timeZone,
  saturdayHolidays,
  toIsoDate,
  walkBusinessDays,
  type IsoDate,
  type SkippedDay,
  type ZonedTime,
} from '../calendar/index.js';
import type { Confidence } from '../rules/confidence.js';
import { DomainError } from '../rules/domain-error.js';
import {
  DEADLINE_RULES,
  isDeadlineRuleId,
  type DeadlineDirection,
  type DeadlineRule,
  type DeadlineRuleId,
  type DeadlineUnit,
} from './deadline-rules.js';

export const DEFAULT_TIME_ZONE = 'America/Chicago';

export interface DeadlineInput {
  /**
   * The day the clock starts (YYYY-MM-DD), or for hour rules a date-time: local wall-clock time
   * ("2026-12-07T09:00", read in timeZone) or an instant with offset.
   */
  from: string;
  /** The case's closed days (breaks); used by business-day rules. */
  closures?: readonly Closure[];
  /** For idea-records: the date of the next meeting, hearing or resolution session. */
  before?: string;
  /** IANA zone for date-times; default America/Chicago. */
  timeZone?: string;
}

export interface DeadlineResult {
  rule: DeadlineRuleId;
  title: string;
  /** The start of the count: an ISO date for day rules, an ISO date-time with offset for hour rules. */
  from: string;
  /** The last day (ISO date) or, for hour rules, the moment (ISO date-time with offset). */
  due: string;
  direction: DeadlineDirection;
  count: number;
  unit: DeadlineUnit;
  explanation: string;
  citation: string;
  confidence: Confidence;
  source: string;
  kind: 'law' | 'practice';
  notes: string[];
  /** Closed days the count passed over, with the reason for each. */
  skipped: SkippedDay[];
}

function checkZone(zone: string): string {
  if (!isKnownTimeZone(zone)) {
    throw new DomainError(
      'invalid-time-zone',
      `"${zone}" is not a time zone we know. Use a name like America/Chicago.`,
    );
  }
  return zone;
}

/** Reads a date-time in the zone: wall-clock when it has no offset, else the instant it names. */
export function parseDateTime(s: string, zone: string): DateTime {
  // luxon reads a string without offset as wall-clock time in `zone`, and one with an offset as that instant.
  const z = timeZone(zone);
  const dt = DateTime.fromISO(s, { zone: z });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    throw new DomainError(
      'invalid-date-time',
      `"${s}" is not a real date and time. Write it like 2026-12-07T09:00.`,
    );
  }
  return dt.setZone(z);
}

/** The local calendar date named by a date or date-time string in the zone. */
function localDate(s: string, zone: string): IsoDate {
  if (s.length === 10) return toIsoDate(s);
  return toIsoDate(parseDateTime(s, zone).toISODate() ?? '');
}

function saturdayHolidayNotes(from: IsoDate, due: IsoDate): string[] {
  const [a, b] = from <= due ? [from, due] : [due, from];
  const out: string[] = [];
  for (let year = Number(a.slice(0, 4)); year <= Number(b.slice(0, 4)); year += 1) {
    for (const h of saturdayHolidays(year)) {
      if (h.date > a && h.date <= b) {
        out.push(
          `${h.name} falls on Saturday ${h.date}. The law does not move it to Friday, so we count Friday as a business ` +
            'day. Offices may close that Friday anyway: check with the district.',
        );
      }
    }
  }
  return out;
}

function dayRule(rule: DeadlineRule, input: DeadlineInput, zone: string) {
  const from = localDate(input.from, zone);
  const notes: string[] = [];
  let due: IsoDate;
  let skipped: SkippedDay[] = [];
  const sign = rule.direction === 'after' ? 1 : -1;
  if (rule.unit === 'business-days') {
    const walk = walkBusinessDays(from, rule.count, sign, input.closures);
    due = walk.result;
    skipped = walk.skipped;
    notes.push(...saturdayHolidayNotes(from, due));
  } else if (rule.unit === 'calendar-days') {
    due = addCalendarDays(from, sign * rule.count, { rsmo1040: rule.rsmo1040 === true });
    const plain = fromDayNumber(dayNumber(from) + sign * rule.count);
    if (due !== plain) {
      skipped = [{ date: plain, reason: 'Sunday (RSMo 1.040 moves a Sunday last day to Monday)' }];
    }
  } else {
    const base = DateTime.fromISO(from, { zone: 'utc' });
    due = toIsoDate(
      (sign > 0 ? base.plus({ years: rule.count }) : base.minus({ years: rule.count })).toISODate() ?? '',
    );
  }
  return { from, due, notes, skipped };
}

/** Applies idea-records' "before any meeting" limit: the day before the meeting, when that comes first. */
function beforeMeeting(
  from: IsoDate,
  due: IsoDate,
  before: string,
  zone: string,
): { due: IsoDate; notes: string[] } {
  const meeting = localDate(before, zone);
  const dayBefore = fromDayNumber(dayNumber(meeting) - 1);
  if (dayBefore >= due)
    return { due, notes: [`The meeting on ${meeting} comes after the 45 days, so 45 days is the limit.`] };
  if (dayBefore < from) {
    return {
      due: from,
      notes: [
        `The meeting on ${meeting} is too soon for the school to show you records before it. Ask to see them at once, ` +
          'or ask to move the meeting.',
      ],
    };
  }
  return {
    due: dayBefore,
    notes: [`The records are due the day before the meeting on ${meeting}, which comes before 45 days.`],
  };
}

/** Computes one deadline. Throws DomainError (plain message) for an unknown rule or a date that does not exist. */
export function computeDeadline(ruleId: string, input: DeadlineInput): DeadlineResult {
  if (!isDeadlineRuleId(ruleId)) {
    throw new DomainError('unknown-rule', `We do not know a deadline called "${ruleId}".`);
  }
  const rule: DeadlineRule = DEADLINE_RULES[ruleId];
  const zone = checkZone(input.timeZone ?? DEFAULT_TIME_ZONE);
  const base = baseOf(ruleId, rule);
  if (rule.unit === 'hours') {
    const start = parseDateTime(input.from, zone);
    return hourResult(ruleId, rule, atInstant(start.toMillis(), timeZone(zone)));
  }
  const computed = dayRule(rule, input, zone);
  let due = computed.due;
  const notes = [...computed.notes];
  if (ruleId === 'idea-records' && input.before !== undefined) {
    const limited = beforeMeeting(computed.from, due, input.before, zone);
    due = limited.due;
    notes.push(...limited.notes);
  }
  // A count cut short by the meeting did not pass over the days it listed.
  const skipped = due === computed.due ? computed.skipped : [];
  return { ...base, from: computed.from, due, notes: [...notes, ...rule.notes], skipped };
}

function baseOf(ruleId: DeadlineRuleId, rule: DeadlineRule) {
  return {
    rule: ruleId,
    title: rule.title,
    direction: rule.direction,
    count: rule.count,
    unit: rule.unit,
    explanation: rule.explanation,
    citation: rule.citation,
    confidence: rule.confidence,
    source: rule.source,
    kind: rule.kind,
  };
}

function hourResult(ruleId: DeadlineRuleId, rule: DeadlineRule, start: ZonedTime): DeadlineResult {
  const due = plusHours(start, rule.direction === 'after' ? rule.count : -rule.count);
  return {
    ...baseOf(ruleId, rule),
    from: formatZoned(start),
    due: formatZoned(due),
    notes: [...rule.notes],
    skipped: [],
  };
}

/** An hour rule counted from a moment the caller already has (the planner's session times). */
export function computeHourDeadline(
  ruleId: 'recording-notice' | 'follow-up',
  start: ZonedTime,
): DeadlineResult {
  return hourResult(ruleId, DEADLINE_RULES[ruleId], start);
}
