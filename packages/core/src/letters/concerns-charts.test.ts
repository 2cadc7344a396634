import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/index.js';
import { buildLetter } from './build-letter.js';
import { letterProse, letterToText } from './letter-text.js';
import type { Letter, LetterAnswers, LetterBlock } from './letter-types.js';
import { NOW, exampleFixtures } from './test-fixtures/example.js';

const { exampleCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

type ChartBlock = Extract<LetterBlock, { type: 'chart' }>;
const chartsOf = (l: Letter) => l.body.filter((b): b is ChartBlock => b.type === 'chart');

/** One request and one data-check question on the reading goal g1 (the example case's 14 reading scores). */
const answers: LetterAnswers = {
  requests: [{ kind: 'service', request: 'Add 30 minutes a week of reading help' }],
  findings: [{ code: 'trend-below-aimline', goalId: 'g1', question: 'Why are the reading scores so flat?' }],
};

function concernsLetter(withAnalysis: boolean, a: LetterAnswers = answers): Letter {
  const caseFile = exampleCase();
  const result = buildLetter('concerns', {
    caseFile,
    answers: a,
    now: NOW,
    ...(withAnalysis ? { analysis: analyzeCase(caseFile, { asOf: '2026-11-23' }) } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.missing));
  return result.letter;
}

describe('concerns letter charts', () => {
  it('has one chart for g1 when a chosen finding names g1 and the data check ran', () => {
    const charts = chartsOf(concernsLetter(true));
    expect(charts.map((c) => c.goalId)).toEqual(['g1']);
    const chart = charts[0];
    if (chart === undefined) throw new Error('no chart');
    expect(chart.title).toBe('Reading fluency: words correct per minute');
    // The example case has 14 reading scores after the baseline of August 17, 2026: one row each.
    expect(chart.table.rows).toHaveLength(14);
    expect(chart.table.rows[0]?.slice(0, 3)).toEqual(['2026-08-24', '1', '70']);
    expect(chart.table.rows[13]?.slice(0, 3)).toEqual(['2026-11-23', '14', '75']);
    expect(chart.summary).toMatch(/14 scores went from 70 to 75/);
    expect(chart.svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('has no chart without the data check', () => {
    expect(chartsOf(concernsLetter(false))).toEqual([]);
  });

  it('has no chart when no chosen finding names a goal, and none for a goal with no scores', () => {
    const onService = {
      ...answers,
      findings: [{ goalId: null, serviceId: 's1', question: 'How will missed minutes be made up?' }],
    };
    expect(chartsOf(concernsLetter(true, onService))).toEqual([]);
    // g2 (written expression) has a baseline but no scores: an empty chart would show nothing.
    const onG2 = { ...answers, findings: [{ goalId: 'g2', question: 'What data shows mastery?' }] };
    expect(chartsOf(concernsLetter(true, onG2))).toEqual([]);
  });

  it('puts the title, the summary and the data rows in the plain text; the prose keeps only the summary', () => {
    const letter = concernsLetter(true);
    const chart = chartsOf(letter)[0];
    if (chart === undefined) throw new Error('no chart');
    const text = letterToText(letter);
    expect(text).toContain('\nReading fluency: words correct per minute\n');
    expect(text).toMatch(/Date +Week +Words correct per minute +Goal line +Phase/);
    expect(text).toMatch(/\n2026-11-23 +14 +75 +83\.2\n/);
    const prose = letterProse(letter);
    expect(prose).toContain(chart.summary.slice(0, 40));
    expect(prose).not.toContain('2026-11-23');
    expect(prose).not.toContain('<svg');
  });
});
