import type { NewProbeBody, NewServiceLogBody, ServiceLogStatus } from '@iep/core/contract';
import type { FieldError } from '../../../components/ErrorSummary';

// Checks the manual-entry forms before they are sent, so the parent sees every problem at once with a link
// to its field. The server checks again (the case schema is the authority).

interface Checked<T> {
  value: T | null;
  errors: FieldError[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is not one). */
export function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** "72", "72.5", " 1,200 " -> a number; anything else -> null. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function checkProbe(
  input: { date: string; score: string; note: string },
  prefix: string,
): Checked<NewProbeBody> {
  const errors: FieldError[] = [];
  if (!isRealDate(input.date))
    errors.push({ fieldId: `${prefix}-date`, message: 'Enter the date of the score.' });
  const score = parseNumber(input.score);
  if (score === null) errors.push({ fieldId: `${prefix}-score`, message: 'Enter the score as a number.' });
  if (errors.length > 0 || score === null) return { value: null, errors };
  const note = input.note.trim();
  return { value: { date: input.date, score, ...(note ? { note } : {}) }, errors };
}

export function checkLogEntry(
  input: { date: string; minutes: string; status: ServiceLogStatus; reason: string },
  prefix: string,
): Checked<NewServiceLogBody> {
  const errors: FieldError[] = [];
  if (!isRealDate(input.date))
    errors.push({ fieldId: `${prefix}-date`, message: 'Enter the date of the session.' });
  const minutes = parseNumber(input.minutes);
  if (minutes === null || !Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
    errors.push({ fieldId: `${prefix}-minutes`, message: 'Enter whole minutes, from 0 to 1440.' });
  if (errors.length > 0 || minutes === null) return { value: null, errors };
  const reason = input.reason.trim();
  return {
    value: { date: input.date, minutes, status: input.status, ...(reason ? { reason } : {}) },
    errors,
  };
}
