import type { Confidence, PlanBasis, PlanTask } from '../api/types';
import { formatInZone, formatLocal, yearInZone } from './format-time';

export function kindSentence(kind: PlanBasis['kind']): string {
  return kind === 'law' ? 'This is the law.' : 'This is good practice, not a legal rule.';
}

const CONFIDENCE_WORDS: Record<Confidence, string> = {
  PRIMARY: 'checked against the law itself',
  SECONDARY: 'from a trusted guide, not the law itself',
  UNCONFIRMED: 'not yet confirmed',
};

export function confidenceWords(confidence: Confidence): string {
  return CONFIDENCE_WORDS[confidence];
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
