import type { Goal } from '../case/index.js';

// Mastery criteria stored as data and checked mechanically (progress-and-services.md §3.7): "in the most recent
// `window` sessions, at least `required` meet the threshold (and, if consecutive, they are the last `required`
// sessions)".

export type MasteryCriterion = NonNullable<Goal['mastery']>;

export interface MasteryResult {
  met: boolean;
  /** Scores in the window that meet the threshold. */
  meetingCount: number;
  /** How many scores were looked at: the last `window`, or all when there are fewer. */
  considered: number;
  /** False when there were fewer scores than the window asks for. */
  complete: boolean;
}

export function meetsThreshold(
  score: number,
  c: Pick<MasteryCriterion, 'threshold' | 'comparator'>,
): boolean {
  switch (c.comparator) {
    case '>=':
      return score >= c.threshold;
    case '>':
      return score > c.threshold;
    case '<=':
      return score <= c.threshold;
    case '<':
      return score < c.threshold;
  }
}

/**
 * Evaluates a criterion on scores in date order. With fewer scores than the window, the ones there are count
 * (4 of 5 trials with only 4 trials held can still be met when all 4 pass), but `complete` says so.
 */
export function evaluateMastery(c: MasteryCriterion, scoresInDateOrder: readonly number[]): MasteryResult {
  const windowScores = scoresInDateOrder.slice(-c.window);
  const meetingCount = windowScores.filter((s) => meetsThreshold(s, c)).length;
  let met: boolean;
  if (c.consecutive) {
    const tail = scoresInDateOrder.slice(-c.required);
    met = c.required <= c.window && tail.length === c.required && tail.every((s) => meetsThreshold(s, c));
  } else {
    met = meetingCount >= c.required;
  }
  return {
    met,
    meetingCount,
    considered: windowScores.length,
    complete: scoresInDateOrder.length >= c.window,
  };
}
