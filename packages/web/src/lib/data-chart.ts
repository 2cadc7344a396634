import type { GoalAnalysis } from '@iep/core';
import { longDate, plainNumber } from './data-findings';

// Chart geometry for one goal, in SVG user units (the SVG scales to its box through its viewBox). Time runs on
// the calendar (not probe count), like the aimline itself, so gaps in testing show as gaps on the chart.

export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  from: Point;
  to: Point;
}

export interface GoalChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  baseline: (Point & { label: string }) | null;
  goal: (Point & { label: string }) | null;
  aimline: Segment | null;
  trends: (Segment & { label: string })[];
  phaseLines: { x: number; label: string }[];
  probes: (Point & { date: string; score: number })[];
  title: string;
  summary: string;
  table: { columns: string[]; rows: string[][] };
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day number of a YYYY-MM-DD date (UTC, so no zone can shift it). */
export function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Round tick steps (1, 2, 5 x 10^n) giving at most about `count` ticks over [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Math.round(v * 1e6) / 1e6);
  }
  return ticks;
}

/** First-of-month ticks between two days, thinned to at most `max` labels. */
function monthTicks(fromDay: number, toDay: number, max: number): { day: number; label: string }[] {
  const start = new Date(fromDay * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const all: { day: number; label: string }[] = [];
  for (;;) {
    if (m > 11) {
      m = 0;
      y += 1;
    }
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > toDay) break;
    all.push({ day, label: m === 0 ? `Jan ${y}` : (MONTHS[m] ?? '') });
    m += 1;
  }
  const every = Math.max(1, Math.ceil(all.length / max));
  return all.filter((_, i) => i % every === 0);
}

export function goalChart(goal: GoalAnalysis, width = 640, height = 360): GoalChart {
  const plot = { left: 56, right: width - 16, top: 16, bottom: height - 40 };
  const aim = goal.aimline;
  const days = [
    ...goal.probes.map((p) => dayOf(p.date)),
    ...(aim ? [dayOf(aim.start.date), dayOf(aim.end.date)] : []),
  ];
  const lines = goal.trends.flatMap((t) => (t.line ? [t.line.from, t.line.to] : []));
  const scores = [
    ...goal.probes.map((p) => p.score),
    ...(aim ? [aim.start.score, aim.end.score] : []),
    ...lines.map((p) => p.score),
  ];
  const d0 = days.length ? Math.min(...days) : 0;
  const d1 = days.length ? Math.max(...days) : 1;
  const yTickValues = niceTicks(
    scores.length ? Math.min(...scores) : 0,
    scores.length ? Math.max(...scores) : 1,
  );
  const yMin = Math.min(...yTickValues, ...scores);
  const yMaxRaw = Math.max(...yTickValues, ...scores);
  const yMax = yMaxRaw > yMin ? yMaxRaw : yMin + 1;
  const dSpan = d1 > d0 ? d1 - d0 : 1;
  const xAt = (date: string) => plot.left + ((dayOf(date) - d0) / dSpan) * (plot.right - plot.left);
  const yAt = (score: number) => plot.bottom - ((score - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);
  const at = (p: { date: string; score: number }): Point => ({ x: xAt(p.date), y: yAt(p.score) });

  // A phase line sits halfway between the last probe before a phase change and the first probe after it.
  const phaseLines: GoalChart['phaseLines'] = [];
  goal.probes.forEach((p, i) => {
    const prev = goal.probes[i - 1];
    if (!prev || prev.phaseId === p.phaseId) return;
    const label = goal.trends.find((t) => t.phaseId === p.phaseId)?.label ?? 'New phase';
    phaseLines.push({ x: (xAt(prev.date) + xAt(p.date)) / 2, label });
  });

  const measure = goal.measure ?? 'score';
  const hasPhases = goal.probes.some((p) => p.phaseId !== null);
  const columns = ['Date', `Score (${measure})`, 'Goal line on that date', ...(hasPhases ? ['Phase'] : [])];
  const rows = goal.probes.map((p) => [
    longDate(p.date),
    plainNumber(p.score),
    p.aim === null ? 'None' : plainNumber(p.aim),
    ...(hasPhases ? [goal.trends.find((t) => t.phaseId === p.phaseId)?.label ?? 'None'] : []),
  ]);

  return {
    width,
    height,
    plot,
    xTicks: monthTicks(d0, d1, 6).map((t) => ({
      x: plot.left + ((t.day - d0) / dSpan) * (plot.right - plot.left),
      label: t.label,
    })),
    yTicks: yTickValues.map((v) => ({ y: yAt(v), label: plainNumber(v) })),
    baseline: aim
      ? {
          ...at(aim.start),
          label: `Starting score ${plainNumber(aim.start.score)} on ${longDate(aim.start.date)}`,
        }
      : null,
    goal: aim
      ? { ...at(aim.end), label: `Goal ${plainNumber(aim.end.score)} by ${longDate(aim.end.date)}` }
      : null,
    aimline: aim ? { from: at(aim.start), to: at(aim.end) } : null,
    trends: goal.trends.flatMap((t) =>
      t.line
        ? [
            {
              from: at(t.line.from),
              to: at(t.line.to),
              label: t.label ? `Trend (${t.label})` : 'Trend',
            },
          ]
        : [],
    ),
    phaseLines,
    probes: goal.probes.map((p) => ({ ...at(p), date: p.date, score: p.score })),
    title: `${goal.area}: ${measure} over time`,
    summary: goal.summary,
    table: { columns, rows },
  };
}
