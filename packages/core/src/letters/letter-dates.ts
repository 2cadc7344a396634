import { DateTime } from 'luxon';
import { plainDayDate } from '../calendar/index.js';
import { computeDeadline, type DeadlineInput, type DeadlineResult } from '../deadlines/index.js';
import type { DeadlineRuleId } from '../deadlines/index.js';
import type { LetterContext } from './context.js';

// The dates a letter names, from core's deadline rules and nothing else (missouri-rules.md §11, §16.2, §16.5):
// - a clock that starts on receipt counts from the business day the letter is received if it is sent now (an email
//   at or after 5:00 PM, or on a weekend or holiday, arrives the next business day; calendar/receipt.ts). By mail
//   the day is not known, so the letter says "if you get it on ..." and the plan waits for the arrival date;
// - the date asked for is the rule's by-date: the last business day on or before the last day (never later).

/** A deadline of the case's plan and district, counted as if the letter is sent now. */
export function ifSentNow(
  ctx: LetterContext,
  rule: DeadlineRuleId,
  extra: Pick<DeadlineInput, 'before' | 'closures' | 'planType'> = {},
): DeadlineResult {
  return computeDeadline(rule, {
    sentAt: DateTime.fromMillis(ctx.nowMs, { zone: ctx.zone }).toISO() ?? '',
    timeZone: ctx.zone,
    planType: ctx.is504 ? '504' : 'IEP',
    ssdPartner: ctx.ssd !== null,
    ...extra,
  });
}

/** The date a letter asks for: the rule's by-date (a business day, never after the last day). */
export function askDate(d: DeadlineResult): string {
  return d.byDate ?? d.due;
}

/** "If you get it today" or "If you get it on Monday, November 23, 2026": the day the clock starts. */
export function ifYouGetIt(ctx: LetterContext, d: DeadlineResult, what = 'it'): string {
  return d.from === ctx.today ? `If you get ${what} today` : `If you get ${what} on ${plainDayDate(d.from)}`;
}

/**
 * When the last day is a weekend or holiday, the sentence that says why the letter asks for the business day
 * before it; else ''.
 */
export function closedLastDay(d: DeadlineResult): string {
  return askDate(d) === d.due
    ? ''
    : ` The last day is ${plainDayDate(d.due)}, when offices are closed, so I ask for the business day before.`;
}
