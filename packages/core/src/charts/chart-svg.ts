import type { GoalAnalysis } from '../analysis/goal-analysis.js';
import { goalChartModel, type ChartModel, type ChartOptions } from './chart-model.js';

// A standalone SVG of the goal chart for letters, PDFs and PNGs: no scripts, no styles, no external references,
// generic sans-serif text, white background. Each series differs by shape or dash as well as by color, so the
// chart reads in black and white and for color-blind readers (WCAG 1.4.1).

export const CHART_COLORS = {
  ink: '#000000',
  grid: '#c8c8c8',
  axis: '#333333',
  phase: '#444444',
  aimline: '#0b4f9c',
  trend: '#a63c00',
} as const;

/** Dash patterns: the aimline is solid, the trend is dashed, phase lines are solid and vertical. */
export const TREND_DASH = '8 5';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const FONT = 'font-family="sans-serif"';

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${FONT} ${attrs}>${escapeXml(content)}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, attrs: string): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${attrs}/>`;
}

function cross(x: number, y: number, size: number): string {
  const a = `stroke="${CHART_COLORS.ink}" stroke-width="2.5"`;
  return line(x - size, y - size, x + size, y + size, a) + line(x - size, y + size, x + size, y - size, a);
}

function goalMark(x: number, y: number): string {
  return (
    `<rect x="${x - 9}" y="${y - 9}" width="18" height="18" fill="#ffffff" stroke="${CHART_COLORS.ink}" stroke-width="2"/>` +
    text(x, y + 5, 'G', 'font-size="13" font-weight="bold" text-anchor="middle"')
  );
}

function axes(m: ChartModel): string[] {
  const { plot } = m;
  const out: string[] = [];
  for (const t of m.yTicks) {
    out.push(line(plot.left, t.px, plot.right, t.px, `stroke="${CHART_COLORS.grid}" stroke-width="1"`));
    out.push(text(plot.left - 8, t.px + 4, t.label, 'font-size="12" text-anchor="end"'));
  }
  for (const t of m.xTicks) {
    out.push(line(t.px, plot.bottom, t.px, plot.bottom + 5, `stroke="${CHART_COLORS.axis}"`));
    out.push(text(t.px, plot.bottom + 18, t.label, 'font-size="12" text-anchor="middle"'));
  }
  const axis = `stroke="${CHART_COLORS.axis}" stroke-width="1.5"`;
  out.push(line(plot.left, plot.bottom, plot.right, plot.bottom, axis));
  out.push(line(plot.left, plot.top, plot.left, plot.bottom, axis));
  out.push(
    text((plot.left + plot.right) / 2, plot.bottom + 36, m.xLabel, 'font-size="13" text-anchor="middle"'),
  );
  const midY = (plot.top + plot.bottom) / 2;
  out.push(
    text(16, midY, m.yLabel, `font-size="13" text-anchor="middle" transform="rotate(-90 16 ${midY})"`),
  );
  return out;
}

function legend(m: ChartModel): string[] {
  const y = m.height - 22;
  const items: [string, string][] = [
    ['Scores', `<circle cx="8" cy="0" r="4" fill="${CHART_COLORS.ink}"/>`],
    ['Baseline', cross(8, 0, 5)],
    ['Goal', goalMark(8, 0)],
    ['Goal line', line(0, 0, 22, 0, `stroke="${CHART_COLORS.aimline}" stroke-width="2.5"`)],
    [
      'Trend',
      line(0, 0, 22, 0, `stroke="${CHART_COLORS.trend}" stroke-width="2.5" stroke-dasharray="${TREND_DASH}"`),
    ],
  ];
  const step = Math.max(80, (m.width - 2 * 16) / items.length);
  return items.map(
    ([label, mark], i) =>
      `<g transform="translate(${16 + i * step} ${y})">${mark}${text(28, 4, label, 'font-size="12"')}</g>`,
  );
}

/** The chart as SVG markup from a model (the web app can reuse the model; the server needs the text). */
export function renderChartModelSvg(m: ChartModel, idPrefix = 'goal-chart'): string {
  const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, '-');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${m.width}" height="${m.height}" viewBox="0 0 ${m.width} ${m.height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(m.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(m.summary)}</desc>`,
    `<rect x="0" y="0" width="${m.width}" height="${m.height}" fill="#ffffff"/>`,
    text(m.plot.left, 28, m.title, 'font-size="16" font-weight="bold"'),
    ...axes(m),
  ];
  for (const p of m.phaseLines) {
    parts.push(line(p.x, m.plot.top, p.x, m.plot.bottom, `stroke="${CHART_COLORS.phase}" stroke-width="2"`));
    parts.push(text(p.x + 4, m.plot.top + 12, p.label, 'font-size="11"'));
  }
  if (m.aimline !== null) {
    const a = m.aimline;
    parts.push(line(a.x1, a.y1, a.x2, a.y2, `stroke="${CHART_COLORS.aimline}" stroke-width="2.5"`));
  }
  for (const t of m.trends) {
    parts.push(
      line(
        t.x1,
        t.y1,
        t.x2,
        t.y2,
        `stroke="${CHART_COLORS.trend}" stroke-width="2.5" stroke-dasharray="${TREND_DASH}"`,
      ),
    );
  }
  for (const g of m.probeGroups) {
    if (g.points.length > 1) {
      const pts = g.points.map((p) => `${p.x},${p.y}`).join(' ');
      parts.push(`<polyline points="${pts}" fill="none" stroke="${CHART_COLORS.ink}" stroke-width="1.5"/>`);
    }
    for (const p of g.points)
      parts.push(`<circle cx="${p.x}" cy="${p.y}" r="4" fill="${CHART_COLORS.ink}"/>`);
  }
  if (m.baseline !== null) parts.push(cross(m.baseline.x, m.baseline.y, 6));
  if (m.goalMarker !== null) parts.push(goalMark(m.goalMarker.x, m.goalMarker.y));
  parts.push(...legend(m), '</svg>');
  return parts.join('\n');
}

/** A complete standalone SVG of a goal's chart, with <title> and <desc> (the one-sentence summary). */
export function renderGoalChartSvg(goal: GoalAnalysis, options: ChartOptions): string {
  return renderChartModelSvg(goalChartModel(goal, options), `chart-${goal.goalId}`);
}
