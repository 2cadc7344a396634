import type { Goal } from '../case/index.js';
import { dayOf } from './aimline.js';

// Trend lines over probe data (progress-and-services.md §3.4): ordinary least squares, which AIMSweb, FastBridge
// and ion use, and the Tukey tri-split line that CBM trainings draw by hand. x is calendar weeks since the
// baseline date, so the intercept is the trend's value on the baseline date.

export interface XY {
  x: number;
  y: number;
}

export interface Line {
  slope: number;
  intercept: number;
}

/** Chart points (x, score) as (x, y). */
export function toXY(points: readonly { x: number; score: number }[]): XY[] {
  return points.map((p) => ({ x: p.x, y: p.score }));
}

export function valueAt(line: Line, x: number): number {
  return line.intercept + line.slope * x;
}

/** Median; the mean of the two middle values for an even count. NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** Least-squares line, or null with fewer than two distinct x values. */
export function olsFit(points: readonly XY[]): Line | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) * (p.x - mx);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Sizes of the three Tukey groups: one extra point goes to the middle, two extras go one to each end. */
export function tukeyGroupSizes(n: number): [number, number, number] {
  const k = Math.floor(n / 3);
  const r = n % 3;
  if (r === 1) return [k, k + 1, k];
  if (r === 2) return [k + 1, k, k + 1];
  return [k, k, k];
}

/**
 * Tukey tri-split line through X1 = (median x, median y) of the first group and X3 of the last group (the CBM
 * hand method, without the median-median shift toward the middle group). Null with fewer than 3 points or when
 * X1 and X3 share an x.
 */
export function tukeyFit(points: readonly XY[]): Line | null {
  if (points.length < 3) return null;
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const [first, , last] = tukeyGroupSizes(sorted.length);
  const left = sorted.slice(0, first);
  const right = sorted.slice(sorted.length - last);
  const x1 = median(left.map((p) => p.x));
  const y1 = median(left.map((p) => p.y));
  const x3 = median(right.map((p) => p.x));
  const y3 = median(right.map((p) => p.y));
  if (x3 === x1) return null;
  const slope = (y3 - y1) / (x3 - x1);
  return { slope, intercept: y1 - slope * x1 };
}

export type GoalProbe = Goal['probes'][number];
type Phase = NonNullable<Goal['phases']>[number];

/**
 * The phase a probe belongs to: its own phaseId when it names a known phase, else the latest phase that started
 * on or before the probe date, else null (no phases, or a probe before the first phase).
 */
export function phaseOf(probe: GoalProbe, phases: readonly Phase[]): Phase | null {
  if (probe.phaseId !== undefined) {
    const named = phases.find((p) => p.id === probe.phaseId);
    if (named !== undefined) return named;
  }
  const day = dayOf(probe.date);
  let best: Phase | null = null;
  for (const phase of phases) {
    const start = dayOf(phase.startDate);
    if (start <= day && (best === null || start >= dayOf(best.startDate))) best = phase;
  }
  return best;
}
