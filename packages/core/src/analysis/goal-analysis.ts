import type { Assessment, Goal } from '../case/index.js';
import { aimline, aimValueAt, dayOf, weeksBetween, type Aimline, type ScorePoint } from './aimline.js';
import {
  decide,
  type DataSufficiency,
  type FourPointResult,
  type PlacedPoint,
  type TrendRuleResult,
} from './decision-rules.js';
import { plainDate, plainNumber } from './findings.js';
import { evaluateMastery, type MasteryResult } from './mastery.js';
import { median, olsFit, phaseOf, toXY, tukeyFit, valueAt, type Line } from './trend.js';

// Everything the chart and the findings need about one goal, computed once.

export interface ChartProbe extends PlacedPoint {
  phaseId: string | null;
  /** The aimline's value on the probe date, or null without an aimline. */
  aim: number | null;
}

export interface PhaseTrend {
  /** Null for probes outside any marked phase (or a goal without phases). */
  phaseId: string | null;
  label: string | null;
  points: number;
  ols: Line | null;
  tukey: Line | null;
  /** The least-squares line drawn from the phase's first to its last probe date. */
  line: { from: ScorePoint; to: ScorePoint } | null;
  /** The least-squares line's value on the goal date, or null. */
  projectedAtGoal: number | null;
}

export interface LatestReport {
  period: string;
  date: string;
  status: Goal['reports'][number]['status'];
  narrative: string | null;
}

export interface GoalAnalysis {
  goalId: string;
  area: string;
  measure: string | null;
  direction: Goal['direction'];
  aimline: Aimline | null;
  /** Probes after the baseline date, up to asOf, in date order; x is weeks since the baseline date. */
  probes: ChartProbe[];
  trends: PhaseTrend[];
  /** The phase the decision rules were applied to: the phase of the latest probe. */
  decisionPhaseId: string | null;
  sufficiency: DataSufficiency;
  fourPoint: FourPointResult | null;
  trendRule: TrendRuleResult | null;
  /** The goal's mastery criterion on the probes up to asOf, or null without a criterion. */
  mastery: MasteryResult | null;
  latestReport: LatestReport | null;
  /** One plain sentence describing the chart, for screen readers and the data table caption. */
  summary: string;
}

/** Probes after the baseline date (the baseline's own probes are its median) and not after `upTo`, by date. */
export function probesAfterBaseline(goal: Goal, upTo: string): Goal['probes'] {
  const from = goal.baseline === undefined ? -Infinity : dayOf(goal.baseline.date);
  const to = dayOf(upTo);
  // ISO dates sort as strings; the filter parses each date once.
  return goal.probes
    .filter((p) => {
      const day = dayOf(p.date);
      return day > from && day <= to;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function latestReport(goal: Goal, asOf: string): LatestReport | null {
  let best: Goal['reports'][number] | null = null;
  for (const r of goal.reports) if (r.date <= asOf && (best === null || r.date >= best.date)) best = r;
  return best === null
    ? null
    : { period: best.period, date: best.date, status: best.status, narrative: best.narrative ?? null };
}

function phaseTrend(
  phaseId: string | null,
  label: string | null,
  points: readonly ChartProbe[],
  goalX: number | null,
): PhaseTrend {
  const ols = olsFit(toXY(points));
  const first = points[0];
  const last = points[points.length - 1];
  return {
    phaseId,
    label,
    points: points.length,
    ols,
    tukey: tukeyFit(toXY(points)),
    line:
      ols === null || first === undefined || last === undefined
        ? null
        : {
            from: { date: first.date, score: valueAt(ols, first.x) },
            to: { date: last.date, score: valueAt(ols, last.x) },
          },
    projectedAtGoal: ols === null || goalX === null ? null : valueAt(ols, goalX),
  };
}

function summarize(probes: readonly ChartProbe[], aim: Aimline | null, trend: Line | null): string {
  const first = probes[0];
  const last = probes[probes.length - 1];
  if (first === undefined || last === undefined) return 'There are no scores for this goal yet.';
  if (probes.length === 1)
    return `There is one score so far: ${plainNumber(first.score)} on ${plainDate(first.date)}.`;
  const rate = trend === null ? '' : ` (about ${plainNumber(trend.slope)} a week)`;
  const needed =
    aim === null
      ? ''
      : `; to reach ${plainNumber(aim.end.score)} by ${plainDate(aim.end.date)}, the goal line needs about ${plainNumber(aim.slopePerWeek)} a week`;
  return (
    `From ${plainDate(first.date)} to ${plainDate(last.date)}, ${probes.length} scores went from ` +
    `${plainNumber(first.score)} to ${plainNumber(last.score)}${rate}${needed}.`
  );
}

/** Analyzes one goal as of a date: aimline, trends per phase, decision rules, mastery, latest report. */
export function analyzeGoal(goal: Goal, asOf: string): GoalAnalysis {
  const aim = aimline(goal);
  const phases = goal.phases ?? [];
  const raw = probesAfterBaseline(goal, asOf);
  const origin = goal.baseline?.date ?? raw[0]?.date ?? asOf;
  const probes: ChartProbe[] = raw.map((p) => ({
    date: p.date,
    score: p.score,
    x: weeksBetween(origin, p.date),
    phaseId: phaseOf(p, phases)?.id ?? null,
    aim: aim === null ? null : aimValueAt(aim, p.date),
  }));
  const goalX = aim === null ? null : weeksBetween(origin, aim.end.date);

  const groups = new Map<string | null, ChartProbe[]>();
  for (const p of probes) {
    const group = groups.get(p.phaseId);
    if (group === undefined) groups.set(p.phaseId, [p]);
    else group.push(p);
  }
  const trends = [...groups].map(([id, pts]) =>
    phaseTrend(id, phases.find((ph) => ph.id === id)?.label ?? null, pts, goalX),
  );

  // After an instructional change the rules judge only the new phase: earlier data describes other teaching.
  const decisionPhaseId = probes[probes.length - 1]?.phaseId ?? null;
  const decisionPoints = groups.get(decisionPhaseId) ?? [];
  const decisions = decide(decisionPoints, aim, goal.direction);
  const mastery =
    goal.mastery === undefined
      ? null
      : evaluateMastery(
          goal.mastery,
          probes.map((p) => p.score),
        );

  return {
    goalId: goal.id,
    area: goal.area,
    measure: goal.measure ?? null,
    direction: goal.direction,
    aimline: aim,
    probes,
    trends,
    decisionPhaseId,
    sufficiency: decisions.sufficiency,
    fourPoint: decisions.fourPoint,
    trendRule: decisions.trend,
    mastery,
    latestReport: latestReport(goal, asOf),
    summary: summarize(
      decisionPoints.length > 1 ? decisionPoints : probes,
      aim,
      olsFit(toXY(decisionPoints)),
    ),
  };
}

/** The latest matching assessment passed through, for the findings; kept here so tests can build one goal. */
export interface GoalContext {
  asOf: string;
  reportingPeriodDays: number;
  studentName: string;
  assessments: readonly Assessment[];
}

/** Median of the last three scores (NCII's third rule), used to judge a narrative against the data. */
export function medianOfLastThree(scores: readonly number[]): number | null {
  return scores.length < 3 ? null : median(scores.slice(-3));
}
