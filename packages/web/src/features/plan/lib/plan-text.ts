import { confidenceWords, kindSentence, partySentence, type DeadlineResult, type PlanTask } from '@iep/core';
import { formatInZone, formatLocal, yearInZone } from '../../../lib/format-time';

// The label words come from core's one table (rules/confidence.ts), so the plan, the letters and the CLI all say
// the same thing for PRIMARY, SECONDARY and UNCONFIRMED, and for each kind of rule.
export { confidenceWords, kindSentence, partySentence };

/**
 * The later date a district may count over its closed days (missouri-rules.md §16.2), labelled with what it is:
 * "The district may count these days: 3 days it is closed. Then the date would be ... (SECONDARY: ...)".
 */
export function districtMayCountText(
  later: NonNullable<DeadlineResult['districtMayCount']>,
  timeZone: string,
  now: string,
): string {
  const n = later.closedDays.length;
  return (
    `The district may count these days: ${n === 1 ? '1 day it is closed' : `${n} days it is closed`}. ` +
    `Then the date would be ${whenText(later.due, timeZone, now)}. ${later.note} ` +
    `(${later.confidence}: ${confidenceWords(later.confidence)})`
  );
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Shows a moment in the meeting's zone, with the year only when it differs from "now". Day-counted deadlines
 * arrive as a bare date (YYYY-MM-DD): that is a calendar day, shown without a time and never shifted by a zone.
 */
export function whenText(value: string, timeZone: string, now: string): string {
  const nowYear = yearInZone(now, timeZone);
  if (DATE_ONLY.test(value)) {
    return formatLocal(`${value}T00:00`, { dateOnly: true, withYear: value.slice(0, 4) !== nowYear });
  }
  return formatInZone(value, timeZone, { withYear: yearInZone(value, timeZone) !== nowYear });
}

/** The words spoken by "Read aloud": the same facts the screen shows, in reading order. */
export function taskSpeech(task: PlanTask, timeZone: string, now: string): string {
  const parts = [task.title + '.', task.explanation, `Do this by ${whenText(task.due, timeZone, now)}.`];
  if (task.latest) parts.push(`The latest you can do it is ${whenText(task.latest, timeZone, now)}.`);
  if (task.checklist.length > 0) parts.push('Checklist:', ...task.checklist.map((item) => `${item}.`));
  for (const basis of task.basis) parts.push(`Why: ${basis.summary} ${kindSentence(basis.kind)}`);
  return parts.join(' ');
}
