import { dayNumber, type IsoDate } from '../calendar/index.js';
import type { Goal } from '../case/index.js';

// The aimline (goal line) runs from the baseline to the target on the calendar, as IRIS and easyCBM draw it
// (progress-and-services.md §3.3). It is anchored to dates, never to probe counts, so it does not slide when a
// new probe is added.

export interface ScorePoint {
  date: string;
  score: number;
}

export interface Aimline {
  start: ScorePoint;
  end: ScorePoint;
  /** Needed rate of improvement: score units per calendar week (negative for a decrease goal). */
  slopePerWeek: number;
}

/** Day number of a date already checked by the case schema (or by toIsoDate for `asOf`). */
export function dayOf(date: string): number {
  return dayNumber(date as IsoDate);
}

/** Calendar weeks from one date to another: whole days divided by 7 (easyCBM's definition). */
export function weeksBetween(from: string, to: string): number {
  return (dayOf(to) - dayOf(from)) / 7;
}

/** The goal's aimline, or null when the goal has no baseline or target, or the target is not after the baseline. */
export function aimline(goal: Pick<Goal, 'baseline' | 'target'>): Aimline | null {
  const { baseline, target } = goal;
  if (baseline === undefined || target === undefined) return null;
  const weeks = weeksBetween(baseline.date, target.date);
  if (weeks <= 0) return null;
  return {
    start: { date: baseline.date, score: baseline.score },
    end: { date: target.date, score: target.score },
    slopePerWeek: (target.score - baseline.score) / weeks,
  };
}

/** The aimline's value on a date (dates outside the line extend it). */
export function aimValueAt(aim: Aimline, date: string): number {
  return aim.start.score + aim.slopePerWeek * weeksBetween(aim.start.date, date);
}
