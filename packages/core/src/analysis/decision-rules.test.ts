import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, dayNumber, toIsoDate } from '../calendar/index.js';
import { aimline } from './aimline.js';
import { decide, fourPointRule, trendRule, type PlacedPoint } from './decision-rules.js';
import { olsFit, toXY } from './trend.js';

// Worked example of the methods reference §3.4: baseline 35 at week 0, goal 70 at week 20 (aim slope 1.75),
// weekly probes at weeks 1-9: 36,38,37,40,39,41,40,42,41.
const BASE = '2026-01-05';
const week = (n: number) => fromDayNumber(dayNumber(toIsoDate(BASE)) + 7 * n);
const aim = aimline({ baseline: { date: BASE, score: 35 }, target: { date: week(20), score: 70 } });
const scores = [36, 38, 37, 40, 39, 41, 40, 42, 41];
const points: PlacedPoint[] = scores.map((score, i) => ({ date: week(i + 1), score, x: i + 1 }));

describe('decision rules on the worked example', () => {
  it('the aimline needs 1.75 a week', () => {
    expect(aim?.slopePerWeek).toBeCloseTo(1.75, 10);
  });

  it('four-point rule: weeks 6-9 (41, 40, 42, 41) all under 45.5, 47.25, 49, 50.75 -> change instruction', () => {
    if (aim === null) throw new Error('no aimline');
    const result = fourPointRule(points, aim, 'increase');
    expect(result?.decision).toBe('change-instruction');
    expect(result?.points.map((p) => p.aim)).toEqual([45.5, 47.25, 49, 50.75]);
  });

  it('trend rule: OLS 0.65 a week is flatter than 1.75 and projects 49.1 at week 20, under 70', () => {
    const line = olsFit(toXY(points));
    if (aim === null || line === null) throw new Error('no line');
    const result = trendRule(line, aim, 'increase');
    expect(result.decision).toBe('change-instruction');
    expect(result.projectedAtGoal).toBeCloseTo(49.08, 2);
    expect(result.projectedReachesGoal).toBe(false);
  });

  it('all four above the line -> raise the goal; mixed -> continue', () => {
    if (aim === null) throw new Error('no aimline');
    const above = points.map((p) => ({ ...p, score: 100 }));
    expect(fourPointRule(above, aim, 'increase')?.decision).toBe('raise-goal');
    const mixed = [...points.slice(0, 8), { date: week(9), x: 9, score: 60 }];
    expect(fourPointRule(mixed, aim, 'increase')?.decision).toBe('continue');
  });

  it('a point exactly on the aimline breaks the run', () => {
    if (aim === null) throw new Error('no aimline');
    const onLine = points.map((p) => (p.x === 6 ? { ...p, score: 45.5 } : p));
    expect(fourPointRule(onLine, aim, 'increase')?.decision).toBe('continue');
  });

  it('a trend within 10% of the aim slope is "continue", steeper by more is "raise goal"', () => {
    if (aim === null) throw new Error('no aimline');
    expect(trendRule({ slope: 1.6, intercept: 35 }, aim, 'increase').decision).toBe('continue');
    expect(trendRule({ slope: 1.9, intercept: 35 }, aim, 'increase').decision).toBe('continue');
    expect(trendRule({ slope: 1.55, intercept: 35 }, aim, 'increase').decision).toBe('change-instruction');
    expect(trendRule({ slope: 2, intercept: 35 }, aim, 'increase').decision).toBe('raise-goal');
  });
});

describe('not enough data', () => {
  it('fewer than 6 points gives no decision', () => {
    const d = decide(points.slice(0, 5), aim, 'increase');
    expect(d.sufficiency.enough).toBe(false);
    expect(d.fourPoint).toBeNull();
    expect(d.trend).toBeNull();
  });

  it('6 points within less than 3 weeks gives no decision', () => {
    const close = Array.from({ length: 8 }, (_, i) => ({
      date: fromDayNumber(dayNumber(toIsoDate(BASE)) + 7 + 2 * i),
      score: 30,
      x: 1,
    }));
    // First point day 7, last day 21: 14 days = 2 weeks.
    expect(decide(close, aim, 'increase').sufficiency).toMatchObject({ enough: false, points: 8, weeks: 2 });
  });

  it('6 points over exactly 3 weeks is enough', () => {
    const spread = [0, 3, 7, 10, 14, 21].map((d) => ({
      date: fromDayNumber(dayNumber(toIsoDate(BASE)) + 7 + d),
      score: 30,
      x: 1 + d / 7,
    }));
    expect(decide(spread, aim, 'increase').sufficiency.enough).toBe(true);
  });
});

describe('a decrease goal mirrors an increase goal', () => {
  it('negating scores, baseline and target gives the same decisions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 4, max: 52 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -200, max: 200 })), {
          minLength: 4,
          maxLength: 30,
        }),
        (base, targetScore, goalWeeks, steps) => {
          const start = dayNumber(toIsoDate(BASE));
          let day = start;
          const pts: PlacedPoint[] = steps.map(([gap, score]) => {
            day += gap;
            return { date: fromDayNumber(day), score, x: (day - start) / 7 };
          });
          const target = { date: fromDayNumber(start + 7 * goalWeeks), score: targetScore };
          const up = decide(pts, aimline({ baseline: { date: BASE, score: base }, target }), 'increase');
          const down = decide(
            pts.map((p) => ({ ...p, score: -p.score })),
            aimline({ baseline: { date: BASE, score: -base }, target: { ...target, score: -targetScore } }),
            'decrease',
          );
          expect(down.sufficiency).toEqual(up.sufficiency);
          expect(down.fourPoint?.decision).toBe(up.fourPoint?.decision);
          expect(down.trend?.decision).toBe(up.trend?.decision);
          expect(down.trend?.projectedReachesGoal).toBe(up.trend?.projectedReachesGoal);
        },
      ),
    );
  });
});
