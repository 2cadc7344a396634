import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/index.js';
import { buildLetter } from './build-letter.js';
import { LETTER_KINDS, type Letter } from './letter-types.js';
import { letterToText } from './letter-text.js';
import { lintLetter, lintText } from './lint.js';
import { afterMeeting, exampleFixtures, NOW, NOW_AFTER } from './test-fixtures/example.js';
import {
  DISTRICTS,
  EMAILS,
  LENGTHS,
  longAnswers,
  matrixCase,
  PLANS,
  ROSTERS,
  type MatrixCase,
} from './test-fixtures/matrix.js';

const { exampleCase, exampleLetter, EXAMPLE_ANSWERS } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;
const lint = (letter: Letter) =>
  lintLetter(letter, { readingGrade: (t) => readability.fleschKincaidGrade(t) });

// Every letter kind x (IEP, 504) x (SSD partner, other district) x (all emails, none) x (one person, many, with
// duplicates) x (short, very long answers): 352 letters, each linted as the school would receive it.

const cells: MatrixCase[] = LETTER_KINDS.flatMap((kind) =>
  PLANS.flatMap((plan) =>
    DISTRICTS.flatMap((district) =>
      EMAILS.flatMap((emails) =>
        ROSTERS.flatMap((roster) =>
          LENGTHS.map((length) => ({ kind, plan, district, emails, roster, length })),
        ),
      ),
    ),
  ),
);

const cases = new Map<string, ReturnType<typeof exampleCase>>();
const analyses = new Map<string, ReturnType<typeof analyzeCase>>();

function build(cell: MatrixCase): Letter {
  const key = `${cell.plan}/${cell.district}/${cell.emails}/${cell.roster}`;
  let caseFile = cases.get(key);
  if (caseFile === undefined) {
    caseFile = matrixCase(exampleCase(), cell);
    cases.set(key, caseFile);
    analyses.set(key, analyzeCase(caseFile, { asOf: '2026-11-23' }));
  }
  const answers = cell.length === 'short' ? EXAMPLE_ANSWERS[cell.kind] : longAnswers(cell.kind, caseFile);
  const result = buildLetter(cell.kind, {
    caseFile,
    answers,
    now: afterMeeting(cell.kind) ? NOW_AFTER : NOW,
    analysis: analyses.get(key),
  });
  if (!result.ok) throw new Error(`${JSON.stringify(cell)}: ${JSON.stringify(result.missing)}`);
  return result.letter;
}

const name = (c: MatrixCase) =>
  `${c.kind} ${c.plan} ${c.district} emails:${c.emails} roster:${c.roster} ${c.length}`;

describe('the letter linter over the matrix', () => {
  it(`has ${cells.length} cells`, () => {
    expect(cells).toHaveLength(12 * 2 * 2 * 2 * 2 * 2);
  });

  it.each(cells.map((c) => [name(c), c] as const))('%s: no problems', (_n, cell) => {
    const letter = build(cell);
    expect(lint(letter)).toEqual([]);
  });

  it.each(cells.filter((c) => c.district === 'other').map((c) => [name(c), c] as const))(
    '%s: no SSD outside St. Louis County',
    (_n, cell) => {
      const letter = build(cell);
      expect(letterToText(letter)).not.toMatch(/\bSSD\b|Special School District/);
    },
  );

  it.each(cells.filter((c) => c.roster === 'many').map((c) => [name(c), c] as const))(
    '%s: each person once, though the roster lists some twice',
    (_n, cell) => {
      const letter = build(cell);
      const keys = [...letter.to, ...letter.cc].map((r) => (r.email ?? r.name).toLowerCase());
      expect(new Set(keys).size).toBe(keys.length);
    },
  );
});

describe('the linter finds what it is for', () => {
  const good = exampleLetter('records-request');
  const withParagraph = (text: string): Letter => ({
    ...good,
    body: [...good.body, { type: 'paragraph', text }],
  });
  const onlyParagraph = (text: string): Letter => ({ ...good, body: [{ type: 'paragraph', text }] });
  const rules = (l: Letter) => lint(l).map((p) => p.rule);

  it.each([
    ['a confidence label', 'This is the law [PRIMARY; law].', 'internal-label'],
    ['a notes phrase', 'RSMo 162.686 is practice, not law.', 'internal-label'],
    ['the old hedge', 'I know it is not settled whether this rule covers it.', 'internal-label'],
    [
      'a delivery note',
      'Custodian of Records (No email on file: deliver by hand or by mail).',
      'internal-label',
    ],
    ['a brace placeholder', 'Dear {name}, hello.', 'placeholder'],
    ['TODO', 'TODO: add the date.', 'placeholder'],
    ['a bracket placeholder', 'Please reply by [date].', 'placeholder'],
    ['XXX', 'The meeting is on XXX.', 'placeholder'],
    ['lorem ipsum', 'Lorem ipsum dolor sit amet.', 'placeholder'],
    ['undefined', 'The school will send undefined.', 'machine-word'],
    ['null', 'The date is null.', 'machine-word'],
    ['NaN', 'Jordan missed NaN minutes.', 'machine-word'],
    ['[object Object]', 'Please send [object Object].', 'machine-word'],
    ['a lowercase start', 'please send the records.', 'sentence-start'],
    ['no end mark', 'Please send the records', 'sentence-end'],
  ] as const)('%s', (_what, text, rule) => {
    expect(rules(good)).toEqual([]);
    expect(rules(withParagraph(text))).toContain(rule);
  });

  it('an office named three times in one line (the old To: line)', () => {
    const line =
      'To: Custodian of Records, Hazelwood School District, Custodian of Records, Hazelwood School District, Hazelwood School District';
    expect(lintText(`2026-11-23\n\n${line}\nSubject: Records`, good).map((p) => p.rule)).toContain(
      'repeated-recipient',
    );
    expect(lintText(letterToText(good), good)).toEqual([]);
  });

  it('one person twice', () => {
    const [first] = good.to;
    if (first === undefined) throw new Error('no recipient');
    expect(rules({ ...good, to: [first, { ...first, email: first.email?.toUpperCase() }] })).toContain(
      'repeated-recipient',
    );
  });

  it('a by-date on a weekend or a Missouri holiday (RSMo 9.010)', () => {
    const saturday = { ...good, schoolDates: [{ date: '2026-12-05', what: 'IDEA' }] };
    const truman = {
      ...good,
      schoolDates: [
        { date: '2027-05-07', what: 'ok' },
        { date: '2026-05-08', what: 'Truman' },
      ],
    };
    expect(lintText(letterToText(saturday), saturday).map((p) => p.message)).toEqual([
      'IDEA: December 5, 2026 is a weekend day',
    ]);
    expect(lintText(letterToText(truman), truman).map((p) => p.message)).toEqual([
      'Truman: May 8, 2026 is Truman Day',
    ]);
  });

  it('a letter above grade 8', () => {
    // The hard paragraph alone: appended to a long letter, the easy sentences around it would hide it.
    const hard = onlyParagraph(
      'Notwithstanding the aforementioned considerations, the educational institution is unequivocally obligated to demonstrate comprehensive documentation substantiating individualized instructional accommodations.',
    );
    expect(
      lintLetter(hard, { readingGrade: (t) => readability.fleschKincaidGrade(t), maxGrade: 8 }).map(
        (p) => p.rule,
      ),
    ).toContain('reading-grade');
  });
});
