import { weeksBetween } from '../analysis/aimline.js';
import { plainDate, plainNumber } from '../analysis/findings.js';
import type { GoalAnalysis } from '../analysis/goal-analysis.js';

// The progress-monitoring graph of one goal as geometry (pixels), so the web app and the server-side SVG draw
// the same thing: baseline, phase lines, aimline, trend per phase, probes (not joined across phase lines), goal
// marker. x is calendar weeks since the baseline date, as in the analysis.

export interface ChartOptions {
  width: number;
  height: number;
  /** The goal's phases with start dates (the analysis keeps only phase ids); drawn as vertical lines. */
  phases?: readonly { id: string; label: string; startDate: string }[];
  /** A title to use instead of the goal's area and measure. */
  title?: string;
}

export interface Scale {
  domain: [number, number];
  range: [number, number];
}

export interface Tick {
  value: number;
  px: number;
  label: string;
}

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  score: number;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  x: Scale;
  y: Scale;
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  baseline: ChartPoint | null;
  goalMarker: ChartPoint | null;
  aimline: ChartSegment | null;
  phaseLines: { x: number; label: string; date: string }[];
  trends: (ChartSegment & { phaseId: string | null; label: string | null; slopePerWeek: number })[];
  /** Probes grouped by phase: points within a group are joined, groups are not. */
  probeGroups: { phaseId: string | null; points: ChartPoint[] }[];
  title: string;
  summary: string;
  table: { columns: string[]; rows: string[][] };
}

/** Space for the title, the axis labels and the legend around the plotting area. */
export const CHART_MARGINS = { left: 64, right: 24, top: 48, bottom: 92 } as const;

/** A "nice" tick step (1, 2 or 5 times a power of ten) giving at most about `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const mult = [1, 2, 5, 10].find((m) => m * power >= raw - 1e-12) ?? 10;
  return mult * power;
}

/** A domain widened to whole tick steps, with its ticks. */
export function niceDomain(
  min: number,
  max: number,
  count: number,
): { domain: [number, number]; ticks: number[] } {
  let lo = min;
  let hi = max;
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo, count);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [start, end], ticks };
}

/** Maps a value of the domain to a pixel of the range (linear). */
export function scaleValue(scale: Scale, value: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The chart of one goal analysis at a size. Pure: the same analysis and size give the same model. */
export function goalChartModel(goal: GoalAnalysis, options: ChartOptions): ChartModel {
  const { width, height } = options;
  const plot = {
    left: CHART_MARGINS.left,
    top: CHART_MARGINS.top,
    right: width - CHART_MARGINS.right,
    bottom: height - CHART_MARGINS.bottom,
  };
  const aim = goal.aimline;
  // The analysis measures x from the baseline date (or the first probe without a baseline); any probe anchors it.
  const anchor = goal.probes[0] ?? (aim === null ? null : { date: aim.start.date, x: 0 });
  const weeksTo = (date: string) => (anchor === null ? 0 : anchor.x + weeksBetween(anchor.date, date));
  const origin = aim?.start.date ?? (anchor !== null && anchor.x === 0 ? anchor.date : null);
  const goalX = aim === null ? null : weeksTo(aim.end.date);

  const xs = [0, ...goal.probes.map((p) => p.x)];
  const ys = goal.probes.map((p) => p.score);
  if (aim !== null && goalX !== null) {
    xs.push(goalX);
    ys.push(aim.start.score, aim.end.score);
  }
  for (const t of goal.trends) if (t.line !== null) ys.push(t.line.from.score, t.line.to.score);
  const phases = (options.phases ?? []).filter((p) => anchor !== null && weeksTo(p.startDate) >= 0);
  for (const p of phases) xs.push(weeksTo(p.startDate));

  const xNice = niceDomain(Math.min(...xs), Math.max(...xs, 1), 10);
  const yNice = niceDomain(ys.length === 0 ? 0 : Math.min(...ys), ys.length === 0 ? 10 : Math.max(...ys), 6);
  const x: Scale = { domain: xNice.domain, range: [plot.left, plot.right] };
  const y: Scale = { domain: yNice.domain, range: [plot.bottom, plot.top] };
  const px = (weeks: number) => round1(scaleValue(x, weeks));
  const py = (score: number) => round1(scaleValue(y, score));
  const point = (weeks: number, date: string, score: number): ChartPoint => ({
    x: px(weeks),
    y: py(score),
    date,
    score,
  });

  const groups: ChartModel['probeGroups'] = [];
  for (const p of goal.probes) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.phaseId === p.phaseId) last.points.push(point(p.x, p.date, p.score));
    else groups.push({ phaseId: p.phaseId, points: [point(p.x, p.date, p.score)] });
  }

  const measure = goal.measure ?? 'score';
  const title = options.title ?? `${goal.area}: ${measure}`;
  const phaseLabel = (id: string | null) =>
    id === null ? '' : (options.phases?.find((p) => p.id === id)?.label ?? id);
  return {
    width,
    height,
    plot,
    x,
    y,
    xTicks: xNice.ticks.map((v) => ({ value: v, px: px(v), label: String(v) })),
    yTicks: yNice.ticks.map((v) => ({ value: v, px: py(v), label: plainNumber(v) })),
    xLabel: origin === null ? 'Weeks since the baseline' : `Weeks since ${plainDate(origin)}`,
    yLabel: measure.charAt(0).toUpperCase() + measure.slice(1),
    baseline: aim === null ? null : point(0, aim.start.date, aim.start.score),
    goalMarker: aim === null || goalX === null ? null : point(goalX, aim.end.date, aim.end.score),
    aimline:
      aim === null || goalX === null
        ? null
        : { x1: px(0), y1: py(aim.start.score), x2: px(goalX), y2: py(aim.end.score) },
    phaseLines: phases.map((p) => ({ x: px(weeksTo(p.startDate)), label: p.label, date: p.startDate })),
    trends: goal.trends.flatMap((t) =>
      t.line === null || t.ols === null
        ? []
        : [
            {
              phaseId: t.phaseId,
              label: t.label,
              slopePerWeek: t.ols.slope,
              x1: px(weeksTo(t.line.from.date)),
              y1: py(t.line.from.score),
              x2: px(weeksTo(t.line.to.date)),
              y2: py(t.line.to.score),
            },
          ],
    ),
    probeGroups: groups,
    title,
    summary: goal.summary,
    table: {
      columns: ['Date', 'Week', measure.charAt(0).toUpperCase() + measure.slice(1), 'Goal line', 'Phase'],
      rows: goal.probes.map((p) => [
        p.date,
        plainNumber(p.x),
        plainNumber(p.score),
        p.aim === null ? '' : plainNumber(p.aim),
        phaseLabel(p.phaseId),
      ]),
    },
  };
}
