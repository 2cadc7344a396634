import type { Goal } from '../case/index.js';
import { aimValueAt, dayOf } from './aimline.js';
import { latestMatchingAssessment, isBelowTargetLevel } from './assessment-match.js';
import type { Finding } from './findings.js';
import { plainDate, plainList, plainNumber, round2 } from './findings.js';
import {
  medianOfLastThree,
  probesAfterBaseline,
  type GoalAnalysis,
  type GoalContext,
} from './goal-analysis.js';
import { evaluateMastery, type MasteryCriterion } from './mastery.js';
import { positivePhrase } from './narrative.js';
import { olsFit } from './trend.js';

// Findings about one goal. Claims in a progress report are judged on the data up to the report's date, since
// that is what the report could have been based on; the decision rules use the data up to asOf.

/** A narrative trend counts as flat when it gains less than a quarter of the rate the aimline needs. */
const FLAT_FRACTION = 0.25;

const CRITERION_WORDS: Record<MasteryCriterion['comparator'], string> = {
  '>=': 'at least',
  '>': 'more than',
  '<=': 'at most',
  '<': 'less than',
};

function criterionText(c: MasteryCriterion): string {
  const score = `${CRITERION_WORDS[c.comparator]} ${plainNumber(c.threshold)}`;
  if (c.consecutive) return `${score} on ${c.required} scores in a row`;
  return `${score} on ${c.required} of the last ${c.window} scores`;
}

function masteryFindings(goal: Goal, a: GoalAnalysis, ctx: GoalContext, name: string): Finding[] {
  const report = a.latestReport;
  if (report === null || report.status !== 'mastered') return [];
  const scores = probesAfterBaseline(goal, report.date).map((p) => p.score);
  const base = { goalId: goal.id, serviceId: null, severity: 'serious' as const };
  const said = `The ${report.period} progress report (${plainDate(report.date)}) says ${name} mastered the ${goal.area} goal`;
  if (scores.length === 0) {
    return [
      {
        ...base,
        code: 'mastered-without-data',
        evidence: {
          reportDate: report.date,
          reportPeriod: report.period,
          probesSinceBaseline: 0,
          baselineDate: goal.baseline?.date ?? null,
        },
        question: `${said}, but we have no scores for this goal before that report. What data did the team use to decide the goal was mastered, and can we see it?`,
      },
    ];
  }
  const reasons: string[] = [];
  const evidence: Finding['evidence'] = {
    reportDate: report.date,
    reportPeriod: report.period,
    probesSinceBaseline: scores.length,
  };
  const lastScores = scores.slice(-5).map(plainNumber);
  evidence.lastScores = lastScores.join(', ');
  if (goal.mastery !== undefined) {
    const result = evaluateMastery(goal.mastery, scores);
    evidence.criterion = criterionText(goal.mastery);
    evidence.criterionMet = result.met;
    if (!result.met)
      reasons.push(
        `The goal says mastery means ${criterionText(goal.mastery)}, but the last scores were ${plainList(lastScores)}.`,
      );
  } else if (goal.target !== undefined) {
    const last = scores[scores.length - 1] ?? Number.NaN;
    const reached = goal.direction === 'increase' ? last >= goal.target.score : last <= goal.target.score;
    evidence.targetScore = goal.target.score;
    evidence.targetReached = reached;
    if (!reached)
      reasons.push(
        `The target is ${plainNumber(goal.target.score)}, but the latest score was ${plainNumber(last)}.`,
      );
  }
  const test = latestMatchingAssessment(goal.area, ctx.assessments);
  if (test !== null && isBelowTargetLevel(test)) {
    Object.assign(evidence, {
      assessmentProgram: test.program,
      assessmentSubject: test.subject,
      assessmentYear: test.schoolYear,
      assessmentLevel: test.level ?? null,
    });
    reasons.push(
      `${name}'s latest ${test.program} result in ${test.subject} (${test.schoolYear}) was ${test.level ?? ''}.`,
    );
  }
  if (reasons.length === 0) return [];
  return [
    {
      ...base,
      code: 'mastered-contradicted',
      evidence,
      question: `${said}. ${reasons.join(' ')} What data shows the goal was mastered? If it was not, what will the new goal be?`,
    },
  ];
}

type DataStatus = 'falling' | 'flat' | 'below-aimline';

function narrativeFinding(goal: Goal, a: GoalAnalysis): Finding[] {
  const report = [...goal.reports]
    .filter((r) => r.date <= (a.latestReport?.date ?? '') && r.narrative !== undefined)
    .sort((x, y) => (x.date < y.date ? 1 : -1))[0];
  const phrase = positivePhrase(report?.narrative);
  if (report === undefined || phrase === null) return [];
  const probes = probesAfterBaseline(goal, report.date);
  if (probes.length < 3) return [];
  const origin = goal.baseline?.date ?? probes[0]?.date ?? report.date;
  const trend = olsFit(probes.map((p) => ({ x: (dayOf(p.date) - dayOf(origin)) / 7, y: p.score })));
  const s = goal.direction === 'increase' ? 1 : -1;
  const mid = medianOfLastThree(probes.map((p) => p.score));
  const lastDate = probes[probes.length - 1]?.date ?? report.date;
  const aimThen = a.aimline === null ? null : aimValueAt(a.aimline, lastDate);
  let status: DataStatus | null = null;
  if (trend !== null && s * trend.slope < 0) status = 'falling';
  else if (
    trend !== null &&
    a.aimline !== null &&
    s * trend.slope < FLAT_FRACTION * s * a.aimline.slopePerWeek
  )
    status = 'flat';
  else if (mid !== null && aimThen !== null && s * (mid - aimThen) < 0) status = 'below-aimline';
  if (status === null) return [];
  const what =
    status === 'falling'
      ? 'went the wrong way over time'
      : status === 'flat'
        ? 'grew much more slowly than the goal line needs'
        : 'were behind the goal line (the line from the starting score to the target)';
  return [
    {
      code: 'narrative-data-mismatch',
      goalId: goal.id,
      serviceId: null,
      severity: 'concern',
      evidence: {
        reportDate: report.date,
        phrase,
        dataStatus: status,
        trendPerWeek: trend === null ? null : round2(trend.slope),
        aimPerWeek: a.aimline === null ? null : round2(a.aimline.slopePerWeek),
        medianOfLastThree: mid,
        aimlineAtLastScore: aimThen === null ? null : round2(aimThen),
      },
      question: `The progress report on ${plainDate(report.date)} says "${phrase}", but the scores up to then ${what}. Can the team show us the data behind these words?`,
    },
  ];
}

function howMuchData(area: string, points: number, weeks: number): string {
  if (points === 0) return `There are no scores yet for the ${area} goal.`;
  if (points === 1) return `There is only 1 score so far for the ${area} goal.`;
  const w = plainNumber(weeks);
  return `There are only ${points} scores over ${w} ${w === '1' ? 'week' : 'weeks'} for the ${area} goal.`;
}

function ruleFindings(goal: Goal, a: GoalAnalysis, name: string, skipInsufficient: boolean): Finding[] {
  const out: Finding[] = [];
  const base = { goalId: goal.id, serviceId: null };
  if (a.aimline === null && a.probes.length > 0) {
    out.push({
      ...base,
      code: 'insufficient-data',
      severity: 'info',
      evidence: {
        reason: 'no-goal-line',
        hasBaseline: goal.baseline !== undefined,
        hasTarget: goal.target !== undefined,
      },
      question: `The ${goal.area} goal does not list a starting score and a target score with dates, so we cannot draw a goal line to compare the scores with. What are the starting score, the target, and the date it should be reached?`,
    });
    return out;
  }
  if (!a.sufficiency.enough) {
    if (skipInsufficient || a.aimline === null) return out;
    out.push({
      ...base,
      code: 'insufficient-data',
      severity: 'info',
      evidence: {
        reason: 'too-few-scores',
        points: a.sufficiency.points,
        weeks: round2(a.sufficiency.weeks),
        phaseId: a.decisionPhaseId,
      },
      question: `${howMuchData(goal.area, a.sufficiency.points, a.sufficiency.weeks)} Experts suggest at least 6 scores over at least 3 weeks before judging progress. How often will the team measure this goal, and can we get the scores?`,
    });
    return out;
  }
  const four = a.fourPoint;
  if (four?.decision === 'change-instruction') {
    const side = goal.direction === 'increase' ? 'below' : 'above';
    out.push({
      ...base,
      code: 'below-aimline',
      severity: 'concern',
      evidence: {
        rule: 'four-point',
        scores: four.points.map((p) => plainNumber(p.score)).join(', '),
        aimlineValues: four.points.map((p) => plainNumber(p.aim)).join(', '),
        from: four.points[0]?.date ?? null,
        to: four.points[3]?.date ?? null,
      },
      question: `${name}'s last 4 scores on the ${goal.area} goal (${plainList(four.points.map((p) => plainNumber(p.score)))}) are all ${side} the goal line. Should the team change how this goal is taught? If so, what will change, and when will they check again?`,
    });
  }
  const trend = a.trendRule;
  if (trend?.decision === 'change-instruction' && a.aimline !== null) {
    // The question formats the same rounded numbers the evidence carries, so the card agrees with itself; the
    // projection is called a projection.
    const evidence = {
      rule: 'trend',
      trendPerWeek: round2(trend.trendSlope),
      aimPerWeek: round2(trend.aimSlope),
      projectedAtGoalDate: round2(trend.projectedAtGoal),
      goalScore: a.aimline.end.score,
      goalDate: a.aimline.end.date,
    };
    out.push({
      ...base,
      code: 'trend-below-aimline',
      severity: 'concern',
      evidence,
      question:
        `The scores change about ${plainNumber(evidence.trendPerWeek)} a week. If the trend continues, ` +
        `${name} would be at about ${plainNumber(evidence.projectedAtGoalDate)} by ${plainDate(evidence.goalDate)} ` +
        `(a projection), but the goal is ${plainNumber(evidence.goalScore)}. The goal needs about ` +
        `${plainNumber(evidence.aimPerWeek)} a week. What will the team change so ${name} can reach the goal?`,
    });
  }
  return out;
}

function reportingFinding(goal: Goal, a: GoalAnalysis, ctx: GoalContext): Finding[] {
  // Reports are due while the goal runs: after its target date, the check stops at that date.
  const ref = goal.target !== undefined && goal.target.date < ctx.asOf ? goal.target.date : ctx.asOf;
  const started = goal.baseline?.date ?? null;
  const report =
    a.latestReport !== null && (started === null || a.latestReport.date >= started) ? a.latestReport : null;
  const since = report?.date ?? started;
  if (since === null || dayOf(ref) - dayOf(since) <= ctx.reportingPeriodDays) return [];
  const days = dayOf(ctx.asOf) - dayOf(since);
  return [
    {
      code: 'not-reported',
      goalId: goal.id,
      serviceId: null,
      severity: 'concern',
      evidence: {
        lastReportDate: report?.date ?? null,
        goalStart: started,
        daysSince: days,
        reportingPeriodDays: ctx.reportingPeriodDays,
      },
      question:
        report === null
          ? `We have no progress report for the ${goal.area} goal since it started on ${plainDate(since)}. The IEP says when progress reports come. When will we get one?`
          : `The last progress report for the ${goal.area} goal was on ${plainDate(since)}, ${days} days ago. The IEP says when progress reports come. When is the next one?`,
    },
  ];
}

/** All findings for one goal, in a fixed order: mastery claims, narrative, decision rules, reporting. */
export function goalFindings(goal: Goal, a: GoalAnalysis, ctx: GoalContext): Finding[] {
  const name = ctx.studentName;
  const mastery = masteryFindings(goal, a, ctx, name);
  // "Mastered with no data" already says there are no scores; a second "too few scores" adds nothing.
  const noData = mastery.some((f) => f.code === 'mastered-without-data');
  return [
    ...mastery,
    ...narrativeFinding(goal, a),
    ...ruleFindings(goal, a, name, noData),
    ...reportingFinding(goal, a, ctx),
  ];
}
