import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMastery, type MasteryCriterion } from './mastery.js';

const fourOfFive: MasteryCriterion = {
  threshold: 80,
  comparator: '>=',
  window: 5,
  required: 4,
  consecutive: false,
};
const threeInARow: MasteryCriterion = {
  threshold: 110,
  comparator: '>=',
  window: 3,
  required: 3,
  consecutive: true,
};

describe('mastery criterion', () => {
  it('4 of the last 5 at 80 or more', () => {
    expect(evaluateMastery(fourOfFive, [20, 80, 90, 70, 85, 100]).met).toBe(true); // last 5: 80,90,70,85,100
    expect(evaluateMastery(fourOfFive, [80, 90, 70, 85, 60, 100]).met).toBe(false); // last 5: 90,70,85,60,100
    expect(evaluateMastery(fourOfFive, [80, 90, 70, 85, 60, 100]).meetingCount).toBe(3);
  });

  it('consecutive means the last `required` scores all meet it', () => {
    expect(evaluateMastery(threeInARow, [110, 111, 112, 109]).met).toBe(false);
    expect(evaluateMastery(threeInARow, [100, 110, 111, 112]).met).toBe(true);
  });

  it('with fewer scores than the window, what is there counts but is marked incomplete', () => {
    const result = evaluateMastery(fourOfFive, [80, 81, 82, 83]);
    expect(result).toEqual({ met: true, meetingCount: 4, considered: 4, complete: false });
    expect(evaluateMastery(fourOfFive, []).met).toBe(false);
  });

  it('"<=" criteria for goals where lower is better', () => {
    const c: MasteryCriterion = {
      threshold: 2,
      comparator: '<=',
      window: 3,
      required: 2,
      consecutive: false,
    };
    expect(evaluateMastery(c, [5, 2, 1]).met).toBe(true);
    expect(evaluateMastery(c, [1, 3, 4]).met).toBe(false);
    expect(evaluateMastery({ ...c, comparator: '<' }, [5, 2, 1]).met).toBe(false);
  });

  it('is monotone in the threshold: met at t stays met for an easier threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.constantFrom('>=', '>', '<=', '<'),
        (scores, t, easier, window, required, consecutive, comparator) => {
          const c: MasteryCriterion = { threshold: t, comparator, window, required, consecutive };
          const lower = comparator === '>=' || comparator === '>';
          const easy = { ...c, threshold: lower ? t - easier : t + easier };
          if (evaluateMastery(c, scores).met) expect(evaluateMastery(easy, scores).met).toBe(true);
          if (!evaluateMastery(easy, scores).met) expect(evaluateMastery(c, scores).met).toBe(false);
        },
      ),
    );
  });
});
