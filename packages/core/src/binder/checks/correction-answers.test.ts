import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLetter } from '../../letters/build-letter.js';
import { lintLetter } from '../../letters/lint.js';
import { letterToText } from '../../letters/letter-text.js';
import { exampleFixtures, NOW_AFTER } from '../../letters/test-fixtures/example.js';
import { MEETING, TUNED } from '../../test-support/iep-layouts.js';
import { correctionAnswers } from './correction-answers.js';
import { compareIep } from './iep-compare.js';
import { settledPoints } from './settled.js';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const { exampleCase } = exampleFixtures((name) =>
  readFileSync(new URL(`../../letters/test-fixtures/${name}`, import.meta.url), 'utf8'),
);

function comparisonOf(i: number) {
  const layout = TUNED[i];
  if (layout === undefined) throw new Error('no layout');
  return compareIep(
    settledPoints(MEETING),
    layout.pages.map((text, n) => ({ n: n + 1, text })),
  );
}

describe('the correction letter from a comparison', () => {
  it('lists what was settled, what the paper says and the moment', () => {
    const answers = correctionAnswers(comparisonOf(0), '2026-12-10');
    expect(answers).toEqual({
      documentDate: '2026-12-10',
      corrections: [
        {
          settled: '60 minutes a week of speech-language therapy',
          written: '30 minutes a week in a special education setting (page 2)',
          moment: '12:34',
        },
      ],
      clips: true,
    });
  });

  it.each([0, 1, 3])(
    'builds a letter that passes the linter at reading grade 8 or below (layout %i)',
    (i) => {
      const result = buildLetter('iep-correction', {
        caseFile: exampleCase(),
        meetingId: 'm1',
        answers: correctionAnswers(comparisonOf(i), null),
        now: NOW_AFTER,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.missing));
      expect(lintLetter(result.letter, { readingGrade: (t) => readability.fleschKincaidGrade(t) })).toEqual(
        [],
      );
      expect(letterToText(result.letter).replace(/\s+/g, ' ')).toContain(
        'It was said 12:34 into my recording of the meeting.',
      );
    },
  );
});
