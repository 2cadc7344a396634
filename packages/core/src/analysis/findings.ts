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
  'no-service-log',
  'service-log-gaps',
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

export { plainDate } from '../calendar/plain-date.js';

/**
 * The one number formatter for every text a finding turns into (questions, evidence lines, charts, letters): whole
 * numbers as they are, others with one decimal, thousands with commas. Numbers that appear both in a question and
 * in the evidence are rounded once (round2) and then formatted here, so a card never says "about 85.1" in one place
 * and "85.2" in another.
 */
export function plainNumber(n: number): string {
  // Through round2 first, so plainNumber(x) === plainNumber(round2(x)) whichever one a text starts from.
  const r = Math.round(round2(n) * 10) / 10;
  return r.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
}

/** A share from 0 to 1 as a percent for a sentence: 0.629 -> "62.9%". */
export function plainPercent(share: number): string {
  return `${plainNumber(share * 100)}%`;
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
