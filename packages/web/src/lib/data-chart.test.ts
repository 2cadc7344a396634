import { describe, expect, it } from 'vitest';
import type { GoalAnalysis } from '@iep/core';
import { dayOf, goalChart, niceTicks } from './data-chart';

// A hand-made analysis: baseline 60 on Sep 1, goal 100 on Dec 1 (91 days = 13 weeks), two phases.
const goal: GoalAnalysis = {
  goalId: 'g1',
  area: 'Reading fluency',
  measure: 'words correct per minute',
  direction: 'increase',
  aimline: {
    start: { date: '2026-09-01', score: 60 },
    end: { date: '2026-12-01', score: 100 },
    slopePerWeek: 40 / 13,
  },
  probes: [
    { date: '2026-09-08', score: 62, x: 1, phaseId: 'a', aim: 63.1 },
    { date: '2026-09-15', score: 64, x: 2, phaseId: 'a', aim: 66.2 },
    { date: '2026-10-06', score: 70, x: 5, phaseId: 'b', aim: 75.4 },
  ],
  trends: [
    {
      phaseId: 'a',
      label: 'Small group',
      points: 2,
      ols: null,
      tukey: null,
      line: { from: { date: '2026-09-08', score: 62 }, to: { date: '2026-09-15', score: 64 } },
      projectedAtGoal: null,
    },
    { phaseId: 'b', label: 'One on one', points: 1, ols: null, tukey: null, line: null, projectedAtGoal: null },
  ],
  decisionPhaseId: 'b',
  sufficiency: { enough: false, points: 1, weeks: 0 },
  fourPoint: null,
  trendRule: null,
  mastery: null,
  latestReport: null,
  summary: 'A sentence.',
};

describe('goalChart', () => {
  const c = goalChart(goal, 640, 360);

  it('places the baseline at the left edge and the goal at the right edge, on the calendar', () => {
    expect(c.baseline?.x).toBeCloseTo(c.plot.left);
    expect(c.goal?.x).toBeCloseTo(c.plot.right);
    // Sep 8 is 7 of the 91 days along.
    expect(c.probes[0]?.x).toBeCloseTo(c.plot.left + (7 / 91) * (c.plot.right - c.plot.left));
  });

  it('puts a higher score higher on the chart and keeps every point inside the plot', () => {
    const [a, b] = c.probes;
    expect(b?.y ?? 0).toBeLessThan(a?.y ?? 0);
    for (const p of [...c.probes, c.baseline, c.goal]) {
      expect(p?.y ?? -1).toBeGreaterThanOrEqual(c.plot.top - 1e-9);
      expect(p?.y ?? Infinity).toBeLessThanOrEqual(c.plot.bottom + 1e-9);
    }
  });

  it('draws a phase line between the last probe of one phase and the first of the next, with its label', () => {
    expect(c.phaseLines).toHaveLength(1);
    const x = c.phaseLines[0]?.x ?? 0;
    expect(x).toBeGreaterThan(c.probes[1]?.x ?? Infinity);
    expect(x).toBeLessThan(c.probes[2]?.x ?? -Infinity);
    expect(c.phaseLines[0]?.label).toBe('One on one');
  });

  it('draws only trends that have a line, and a table row per probe with the goal line and phase', () => {
    expect(c.trends.map((t) => t.label)).toEqual(['Trend (Small group)']);
    expect(c.table.columns).toEqual(['Date', 'Score (words correct per minute)', 'Goal line on that date', 'Phase']);
    expect(c.table.rows[2]).toEqual(['October 6, 2026', '70', '75.4', 'One on one']);
  });

  it('labels months along the bottom', () => {
    expect(c.xTicks.map((t) => t.label)).toEqual(['Oct', 'Nov', 'Dec']);
  });
});

describe('niceTicks and dayOf', () => {
  it('picks round steps covering the range', () => {
    expect(niceTicks(60, 100)).toEqual([60, 70, 80, 90, 100]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('counts calendar days in UTC', () => {
    expect(dayOf('2026-12-01') - dayOf('2026-09-01')).toBe(91);
  });
});
