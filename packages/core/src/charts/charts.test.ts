import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '../analysis/index.js';
import type { Goal } from '../case/index.js';
import { goalChartModel, niceDomain } from './chart-model.js';
import { renderGoalChartSvg } from './chart-svg.js';

// A goal with round numbers: baseline 0 on Monday 2026-01-05, target 100 ten weeks later (2026-03-16), a probe
// each Monday gaining 10 a week, and a new phase from week 3.
const monday = (week: number) => new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);
const goal: Goal = {
  id: 'g1',
  area: 'Reading <fluency> & "speed"',
  text: 'Read more words.',
  measure: 'words correct per minute',
  direction: 'increase',
  baseline: { date: monday(0), score: 0 },
  target: { date: monday(10), score: 100 },
  phases: [
    { id: 'p1', label: 'Small group', kind: 'intervention', startDate: monday(0) },
    { id: 'p2', label: 'Tutoring', kind: 'intervention', startDate: monday(3) },
  ],
  probes: [1, 2, 3, 4, 5, 6].map((w) => ({ date: monday(w), score: 10 * w })),
  reports: [],
};
const analysis = analyzeGoal(goal, '2026-03-01');
const size = { width: 600, height: 400, phases: goal.phases ?? [] };

// Plot area for 600 x 400 with margins left 64, right 24, top 48, bottom 92: x 64..576 (512 px for 10 weeks,
// 51.2 px a week), y 308..48 (260 px for 0..100, 2.6 px a point).
describe('goalChartModel geometry', () => {
  const m = goalChartModel(analysis, size);

  it('uses whole-step domains: weeks 0..10 and scores 0..100', () => {
    expect(m.x.domain).toEqual([0, 10]);
    expect(m.y.domain).toEqual([0, 100]);
    expect(m.yTicks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(m.yTicks.map((t) => t.px)).toEqual([308, 256, 204, 152, 100, 48]);
  });

  it('puts the baseline, the goal marker and the probes on the right pixels', () => {
    expect(m.baseline).toMatchObject({ x: 64, y: 308 });
    expect(m.goalMarker).toMatchObject({ x: 576, y: 48 });
    expect(m.aimline).toEqual({ x1: 64, y1: 308, x2: 576, y2: 48 });
    const all = m.probeGroups.flatMap((g) => g.points);
    // Week 5, score 50: 64 + 5 * 51.2 = 320; 308 - 50 * 2.6 = 178.
    expect(all[4]).toMatchObject({ x: 320, y: 178, score: 50 });
    expect(all[0]).toMatchObject({ x: 115.2, y: 282 });
  });

  it('draws phase lines and does not join probes across them', () => {
    expect(m.phaseLines).toEqual([
      { x: 64, label: 'Small group', date: '2026-01-05' },
      { x: 217.6, label: 'Tutoring', date: '2026-01-26' },
    ]);
    expect(m.probeGroups.map((g) => [g.phaseId, g.points.length])).toEqual([
      ['p1', 2],
      ['p2', 4],
    ]);
  });

  it('draws one trend per phase through the phase probes', () => {
    expect(m.trends).toHaveLength(2);
    // Phase 2: weeks 3..6, scores 30..60, exactly on a line of 10 a week.
    expect(m.trends[1]).toMatchObject({ phaseId: 'p2', x1: 217.6, y1: 230, x2: 371.2, y2: 152 });
    expect(m.trends[1]?.slopePerWeek).toBeCloseTo(10);
  });

  it('has a title, a one-sentence summary, axis labels and a data table', () => {
    expect(m.title).toBe('Reading <fluency> & "speed": words correct per minute');
    expect(m.summary).toMatch(/^[^.]+\.$/);
    expect(m.xLabel).toBe('Weeks since January 5, 2026');
    expect(m.yLabel).toBe('Words correct per minute');
    expect(m.table.columns).toEqual(['Date', 'Week', 'Words correct per minute', 'Goal line', 'Phase']);
    expect(m.table.rows[0]).toEqual(['2026-01-12', '1', '10', '10', 'Small group']);
  });

  it('widens a flat domain instead of dividing by zero', () => {
    expect(niceDomain(5, 5, 6).domain[0]).toBeLessThan(5);
  });
});

/** A small XML well-formedness check without regular expressions: tags balance, attributes are quoted. */
function checkXml(xml: string): string[] {
  const stack: string[] = [];
  const errors: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const c = xml[i];
    if (c === '&') {
      const end = xml.indexOf(';', i);
      const entity = xml.slice(i + 1, end);
      if (end < 0 || !['amp', 'lt', 'gt', 'quot', 'apos'].includes(entity)) errors.push(`bad entity at ${i}`);
      i = end < 0 ? i + 1 : end + 1;
      continue;
    }
    if (c === '>') errors.push(`stray > at ${i}`);
    if (c !== '<') {
      i++;
      continue;
    }
    let j = i + 1;
    let quote: string | null = null;
    while (j < xml.length && (quote !== null || xml[j] !== '>')) {
      const d = xml[j] ?? '';
      if (quote === null && (d === '"' || d === "'")) quote = d;
      else if (quote !== null && d === quote) quote = null;
      else if (quote === null && d === '<') errors.push(`< inside a tag at ${j}`);
      j++;
    }
    if (j >= xml.length) {
      errors.push(`unclosed tag at ${i}`);
      break;
    }
    const inner = xml.slice(i + 1, j);
    let nameEnd = inner.startsWith('/') ? 1 : 0;
    while (nameEnd < inner.length && ' \n\t/'.indexOf(inner[nameEnd] ?? ' ') < 0) nameEnd++;
    if (inner.startsWith('/')) {
      const name = inner.slice(1, nameEnd);
      if (stack.pop() !== name) errors.push(`</${name}> does not close the open tag`);
    } else if (!inner.endsWith('/')) stack.push(inner.slice(0, nameEnd));
    i = j + 1;
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(', ')}`);
  return errors;
}

describe('renderGoalChartSvg', () => {
  const svg = renderGoalChartSvg(analysis, size);

  it('is well-formed XML with one root svg element', () => {
    expect(checkXml(svg)).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    // The checker itself catches what it should.
    expect(checkXml('<svg><g></svg>')).not.toEqual([]);
    expect(checkXml('<svg><text>a & b</text></svg>')).not.toEqual([]);
  });

  it('has an escaped title and the summary as desc, and nothing external', () => {
    expect(svg).toContain(
      '<title id="chart-g1-title">Reading &lt;fluency&gt; &amp; &quot;speed&quot;: words',
    );
    expect(svg).toContain(`<desc id="chart-g1-desc">`);
    expect(svg).not.toMatch(/href|<script|<style|url\(/);
    expect(svg).toContain('font-family="sans-serif"');
  });

  it('tells the series apart by dash and marker, not color alone', () => {
    expect(svg.match(/stroke-dasharray="8 5"/g)?.length).toBe(3); // two trends and the legend sample
    expect(svg).toContain('>G</text>');
    expect(svg.match(/<polyline/g)?.length).toBe(2); // one per phase: not joined across the phase line
  });

  it('draws a goal without probes or aimline', () => {
    const empty = analyzeGoal({ ...goal, baseline: undefined, target: undefined, probes: [] }, '2026-03-01');
    const out = renderGoalChartSvg(empty, { width: 320, height: 240 });
    expect(checkXml(out)).toEqual([]);
    expect(out).toContain('There are no scores for this goal yet.');
  });
});
