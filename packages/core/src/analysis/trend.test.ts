import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, olsFit, tukeyFit, tukeyGroupSizes, valueAt } from './trend.js';

// Worked example of the methods reference §3.4: weeks 1-9, scores 36,38,37,40,39,41,40,42,41.
const scores = [36, 38, 37, 40, 39, 41, 40, 42, 41];
const points = scores.map((y, i) => ({ x: i + 1, y }));

describe('trend lines', () => {
  it('OLS gives slope 0.65 a week and intercept 36.08 on the worked example', () => {
    // By hand: mean x 5, mean y 354/9 = 39.33; sum (x-5)(y) = 39; sum (x-5)^2 = 60; 39/60 = 0.65; 39.33 - 3.25.
    const line = olsFit(points);
    expect(line?.slope).toBeCloseTo(0.65, 10);
    expect(line?.intercept).toBeCloseTo(36.0833, 4);
  });

  it('OLS projects 49.1 at week 20', () => {
    const line = olsFit(points);
    expect(line).not.toBeNull();
    if (line !== null) expect(valueAt(line, 20)).toBeCloseTo(49.08, 2);
  });

  it('Tukey gives slope 0.667 a week through X1 = (2, 37) and X3 = (8, 41)', () => {
    const line = tukeyFit(points);
    expect(line?.slope).toBeCloseTo(4 / 6, 10);
    expect(line === null ? null : valueAt(line, 2)).toBeCloseTo(37, 10);
    expect(line === null ? null : valueAt(line, 8)).toBeCloseTo(41, 10);
  });

  it('splits groups as the reference says: extra point to the middle, two extras to the ends', () => {
    expect(tukeyGroupSizes(9)).toEqual([3, 3, 3]);
    expect(tukeyGroupSizes(10)).toEqual([3, 4, 3]);
    expect(tukeyGroupSizes(11)).toEqual([4, 3, 4]);
  });

  it('Tukey on 10 points uses 3 / 4 / 3 groups', () => {
    // Groups: x 1-3 (y 10,0,20 -> median 10, x 2) and x 8-10 (y 30,50,40 -> median 40, x 9): slope 30/7.
    const ten = [10, 0, 20, 99, -99, 99, -99, 30, 50, 40].map((y, i) => ({ x: i + 1, y }));
    expect(tukeyFit(ten)?.slope).toBeCloseTo(30 / 7, 10);
  });

  it('needs at least two distinct weeks', () => {
    expect(olsFit([{ x: 1, y: 3 }])).toBeNull();
    expect(
      olsFit([
        { x: 1, y: 3 },
        { x: 1, y: 5 },
      ]),
    ).toBeNull();
    expect(
      tukeyFit([
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toBeNull();
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('recovers a line from points exactly on it (both methods)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 60 }),
        (slope, intercept, days) => {
          const pts = days.map((d) => ({ x: d / 7, y: intercept + slope * (d / 7) }));
          for (const fit of [olsFit(pts), tukeyFit(pts)]) {
            if (fit === null) continue; // Tukey with equal outer medians in x cannot happen for unique days
            expect(fit.slope).toBeCloseTo(slope, 6);
            expect(fit.intercept).toBeCloseTo(intercept, 4);
          }
          expect(olsFit(pts)).not.toBeNull();
          expect(tukeyFit(pts)).not.toBeNull();
        },
      ),
    );
  });
});
