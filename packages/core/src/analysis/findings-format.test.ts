import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText } from '../case/index.js';
import { analyzeCase } from './analyze-case.js';
import { plainNumber, plainPercent, round2 } from './findings.js';

// One rounding rule, one formatter: a number a finding states in its question and shows in its evidence must be
// the same number on the card ("about 85.1" beside "85.2" was an audit finding, 2026-12-04).

describe('plainNumber, the one formatter for finding texts', () => {
  it('gives the same text for a number and for its rounded evidence value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(plainNumber(round2(x))).toBe(plainNumber(x));
      }),
    );
  });

  it('writes whole numbers as they are, others with one decimal, thousands with commas', () => {
    expect(plainNumber(85.14)).toBe('85.1');
    // Rounded once to the evidence's 2 decimals, then to 1: 85.149 is 85.15 in the evidence, so 85.2 everywhere.
    expect(plainNumber(85.149)).toBe('85.2');
    expect(plainNumber(85.15)).toBe('85.2');
    expect(plainNumber(1234.56)).toBe('1,234.6');
    expect(plainNumber(76)).toBe('76');
    expect(plainPercent(0.68421)).toBe('68.4%');
  });
});

describe('a projection agrees with its evidence and says it is a projection', () => {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  const finding = analyzeCase(parsed.value, { asOf: '2026-11-20' }).findings.find(
    (f) => f.code === 'trend-below-aimline',
  );

  it('the question states the evidence numbers as the web shows them, and calls the projection one', () => {
    const e = finding?.evidence ?? {};
    const projected = Number(e.projectedAtGoalDate);
    expect(finding?.question).toContain(
      `If the trend continues, Jordan would be at about ${plainNumber(projected)}`,
    );
    expect(finding?.question).toContain('(a projection)');
    expect(finding?.question).toContain(`about ${plainNumber(Number(e.trendPerWeek))} a week`);
    expect(finding?.question).toContain(`about ${plainNumber(Number(e.aimPerWeek))} a week`);
    expect(finding?.question).toMatch(/by May 14, 2027 \(a projection\), but the goal is 110\./);
  });
});
