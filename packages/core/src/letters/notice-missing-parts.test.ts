import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNotice } from '../notices/index.js';
import { buildLetter } from './build-letter.js';
import { noticeLetterAnswers } from './kinds/notice-missing-parts.js';
import { letterToText } from './letter-text.js';
import { lintLetter } from './lint.js';
import { exampleFixtures, NOW } from './test-fixtures/example.js';

// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = (
  (await import(readabilityModule)) as { default: { fleschKincaidGrade(text: string): number } }
).default;

const { exampleCase, exampleLetter } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

describe('the letter asking for the missing parts of a Notice of Action', () => {
  it('is filled from the check: the notice date and the missing parts with their citations, no file name', () => {
    const check = checkNotice([
      { n: 1, text: 'Action proposed: The district proposes to add speech therapy.\nReason: He needs it.' },
    ]);
    const answers = noticeLetterAnswers(check, '2026-11-16');
    expect(answers).toEqual({ noticeDate: '2026-11-16', missingParts: ['3', '4', '5', '6', '7'] });
    const result = buildLetter('notice-missing-parts', {
      caseFile: exampleCase(),
      answers: answers ?? {},
      now: NOW,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = letterToText(result.letter).replace(/\s+/g, ' ');
    expect(text).toMatch(/dated November 16, 2026\. I read it carefully and could not find these parts:/);
    expect(text).toMatch(
      /The other options the team thought about, and why it turned them down \(34 CFR 300\.503\(b\)\(6\)\)/,
    );
    expect(text).not.toMatch(/What the school will do or refuses to do|300\.503\(b\)\(1\)/);
    expect(text).toMatch(/If these parts are in the notice and I missed them/);
    expect(lintLetter(result.letter, { readingGrade: (t) => readability.fleschKincaidGrade(t) })).toEqual([]);
  });

  it('nothing missing: no letter answers; no part picked: the letter asks for one', () => {
    expect(noticeLetterAnswers({ missing: [] }, '2026-11-16')).toBeNull();
    expect(noticeLetterAnswers({ missing: [6] }, null)).toEqual({
      noticeDate: 'unknown',
      missingParts: ['6'],
    });
    const letter = () => exampleLetter('notice-missing-parts', { answers: { missingParts: [] } });
    expect(letter).toThrow();
  });

  it('a 504 plan: cites 104.36 and asks for the IDEA parts as good practice, never as a 504 rule', () => {
    const c = exampleCase();
    const text = letterToText(
      exampleLetter('notice-missing-parts', {
        caseFile: { ...c, student: { ...c.student, planType: '504' } },
      }),
    );
    expect(text).toMatch(/34 CFR 104\.36/);
    expect(text).not.toMatch(/300\.503\(b\)\(\d\)/);
    expect(text).not.toMatch(/Notice of Action/);
  });
});
