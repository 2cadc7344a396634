import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../case/index.js';
import { letterToText, notesToText } from './letter-text.js';
import { LETTER_KINDS, type Letter } from './letter-types.js';
import { exampleFixtures } from './test-fixtures/example.js';

const { exampleCase, exampleLetter, nonSsdCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

// Golden texts of every kind for the example case, and of the main other cases (a 504 plan, a district outside
// St. Louis County, a homeless child), with the "Notes for you" page of each kind. They were generated, then read
// line by line for legal accuracy and plain words, and fixed in the generator until right. A change here must be
// read the same way: regenerate with UPDATE_GOLDEN=1 only after checking the new text.

const goldenUrl = (name: string) => new URL(`./golden/${name}.txt`, import.meta.url);

const as504 = (): CaseFile => {
  const c = exampleCase();
  return { ...c, student: { ...c.student, planType: '504' } };
};

const CASES: [name: string, make: () => Letter][] = [
  ...LETTER_KINDS.map((kind) => [kind, () => exampleLetter(kind)] as [string, () => Letter]),
  ['records-request-504', () => exampleLetter('records-request', { caseFile: as504() })],
  ['iee-request-504', () => exampleLetter('iee-request', { caseFile: as504() })],
  ['pwn-request-504', () => exampleLetter('pwn-request', { caseFile: as504() })],
  ['notice-missing-parts-504', () => exampleLetter('notice-missing-parts', { caseFile: as504() })],
  [
    'evaluation-request-initial-other-district',
    () =>
      exampleLetter('evaluation-request', {
        caseFile: nonSsdCase(),
        answers: {
          type: 'initial',
          areas: ['reading', 'spelling'],
          reasons:
            'Jordan cannot read his homework without help. His spelling tests come home with most words wrong',
        },
      }),
  ],
  [
    'child-complaint-homeless',
    () =>
      exampleLetter('child-complaint', {
        answers: {
          violations: [
            {
              date: '2026-10-05',
              what: 'the school did not give the speech therapy in the IEP for four weeks',
            },
          ],
          proposedResolution: 'make up the missed speech therapy',
          homeless: true,
          studentContact:
            'Call me at 314-555-0142, or write to me at the Hope Shelter, 10 Main Street, St. Louis, MO 63101.',
        },
      }),
  ],
];

async function golden(name: string, text: string): Promise<void> {
  if (process.env.UPDATE_GOLDEN === '1') {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(goldenUrl(name), text);
  }
  expect(text).toBe(readFileSync(goldenUrl(name), 'utf8'));
}

describe('golden letters', () => {
  it.each(CASES)('%s matches its reviewed text', async (name, make) => {
    await golden(name, letterToText(make()));
  });
});

describe('golden "Notes for you" pages', () => {
  it.each(LETTER_KINDS.map((k) => [k]))('%s notes match their reviewed text', async (kind) => {
    await golden(`${kind}.notes`, notesToText(exampleLetter(kind)));
  });
});
