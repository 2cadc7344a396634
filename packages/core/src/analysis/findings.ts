import { DateTime } from 'luxon';

// Findings are prompts for the IEP meeting. Every question is written as something to ask the team, in plain
// words (grade 6-8), never as a verdict: the data may be incomplete and the team may know things we do not.

export const FINDING_CODES = [
  'mastered-without-data',
  'mastered-contradicted',
  'narrative-data-mismatch',
  'below-aimline',
  'trend-below-aimline',
  'not-reported',
  'insufficient-data',
  'missed-service-minutes',
  'scheduled-below-iep',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type FindingSeverity = 'info' | 'concern' | 'serious';

export interface Finding {
  code: FindingCode;
  goalId: string | null;
  serviceId: string | null;
  severity: FindingSeverity;
  evidence: Record<string, number | string | boolean | null>;
  question: string;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { serious: 0, concern: 1, info: 2 };

/** Serious first, then concern, then info; the order within a level (case order) is kept. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** "2026-10-23" -> "October 23, 2026". */
export function plainDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc', locale: 'en-US' }).toFormat('LLLL d, yyyy');
}

/** A number for a sentence: whole numbers as is, others with one decimal. */
export function plainNumber(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Rounds evidence numbers to 2 decimals so the JSON stays readable and stable. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** "a, b and c". */
export function plainList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
