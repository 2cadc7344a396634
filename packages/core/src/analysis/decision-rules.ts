import type { Goal } from '../case/index.js';
import { aimValueAt, weeksBetween, type Aimline } from './aimline.js';
import { olsFit, toXY, valueAt, type Line } from './trend.js';

// Decision rules for progress data (progress-and-services.md §3.5). Their results are prompts for the team, not
// verdicts: the research cited there found the four-point rule alone gives many false alarms.

/** IRIS: at least 6 data points and 3 weeks of instruction before any rule is applied. */
export const MIN_POINTS = 6;
export const MIN_WEEKS = 3;
/**
 * Product decision (the sources give no number): a trend within 10% of the aimline's slope counts as parallel.
 * A trend flatter than 90% of the needed rate is "flatter"; steeper than 110% is "steeper".
 */
export const TREND_TOLERANCE = 0.1;

export type GoalDirection = Goal['direction'];
export type Decision = 'change-instruction' | 'raise-goal' | 'continue';

/** A probe placed on the chart: x is calendar weeks since the baseline date. */
export interface PlacedPoint {
  date: string;
  score: number;
  x: number;
}

const sign = (d: GoalDirection): number => (d === 'increase' ? 1 : -1);

export interface DataSufficiency {
  enough: boolean;
  points: number;
  /** Weeks between the first and the last point. */
  weeks: number;
}

export function dataSufficiency(points: readonly PlacedPoint[]): DataSufficiency {
  const first = points[0];
  const last = points[points.length - 1];
  const weeks = first !== undefined && last !== undefined ? weeksBetween(first.date, last.date) : 0;
  return { enough: points.length >= MIN_POINTS && weeks >= MIN_WEEKS, points: points.length, weeks };
}

export interface FourPointResult {
  decision: Decision;
  /** The last four points with the aimline's value on each date. */
  points: { date: string; score: number; aim: number }[];
}

/**
 * Four-point rule: the last 4 consecutive points against the aimline on their dates. For an increase goal all
 * below means change instruction and all above means raise the goal; a decrease goal is the mirror. A point
 * exactly on the line breaks a run. Null with fewer than 4 points.
 */
export function fourPointRule(
  points: readonly PlacedPoint[],
  aim: Aimline,
  direction: GoalDirection,
): FourPointResult | null {
  if (points.length < 4) return null;
  const s = sign(direction);
  const last = points.slice(-4).map((p) => ({ date: p.date, score: p.score, aim: aimValueAt(aim, p.date) }));
  const behind = last.every((p) => s * (p.score - p.aim) < 0);
  const ahead = last.every((p) => s * (p.score - p.aim) > 0);
  return { decision: behind ? 'change-instruction' : ahead ? 'raise-goal' : 'continue', points: last };
}

export interface TrendRuleResult {
  decision: Decision;
  trendSlope: number;
  aimSlope: number;
  /** The trend's value on the goal date. */
  projectedAtGoal: number;
  /** True when the projection reaches the target (at or above it for an increase goal). */
  projectedReachesGoal: boolean;
}

/**
 * Trend rule: the trend's slope against the aimline's slope, with TREND_TOLERANCE for "about the same", plus the
 * projection to the goal date (ion's "trending successful"). `trend` must use weeks since the baseline date as x.
 */
export function trendRule(trend: Line, aim: Aimline, direction: GoalDirection): TrendRuleResult {
  const s = sign(direction);
  const goalX = weeksBetween(aim.start.date, aim.end.date);
  const projectedAtGoal = valueAt(trend, goalX);
  const tolerance = TREND_TOLERANCE * Math.abs(aim.slopePerWeek);
  const gap = s * (trend.slope - aim.slopePerWeek);
  const decision: Decision =
    gap < -tolerance ? 'change-instruction' : gap > tolerance ? 'raise-goal' : 'continue';
  return {
    decision,
    trendSlope: trend.slope,
    aimSlope: aim.slopePerWeek,
    projectedAtGoal,
    projectedReachesGoal: s * (projectedAtGoal - aim.end.score) >= 0,
  };
}

export interface GoalDecisions {
  sufficiency: DataSufficiency;
  /** Null when there is not enough data or no aimline. */
  fourPoint: FourPointResult | null;
  trend: TrendRuleResult | null;
}

/** Applies the rules to a series of points (already limited to the phase being judged) when there is enough data. */
export function decide(
  points: readonly PlacedPoint[],
  aim: Aimline | null,
  direction: GoalDirection,
): GoalDecisions {
  const sufficiency = dataSufficiency(points);
  if (!sufficiency.enough || aim === null) return { sufficiency, fourPoint: null, trend: null };
  const line = olsFit(toXY(points));
  return {
    sufficiency,
    fourPoint: fourPointRule(points, aim, direction),
    trend: line === null ? null : trendRule(line, aim, direction),
  };
}
