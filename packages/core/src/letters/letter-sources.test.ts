import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../case/index.js';
import { RULE_KINDS, sourceLine } from '../rules/index.js';
import { LETTER_KINDS } from './letter-types.js';
import { notesSections } from './letter-text.js';
import { exampleFixtures } from './test-fixtures/example.js';

// The "Notes for you" page labels each source with core's one table (rules/confidence.ts, missouri-rules.md
// §16.9): the same words as the plan, a parent's practice never PRIMARY, an organization never a law.

const { exampleCase, exampleLetter, nonSsdCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);
const as504 = (c: CaseFile): CaseFile => ({ ...c, student: { ...c.student, planType: '504' } });

const letters = LETTER_KINDS.flatMap((kind) =>
  [exampleCase(), as504(exampleCase()), nonSsdCase()].map((caseFile) => exampleLetter(kind, { caseFile })),
);

describe('letter sources use the one label table', () => {
  it.each(letters.map((l) => [`${l.kind} (${l.to[0]?.organizationName ?? ''})`, l] as const))(
    '%s: each source has a kind of the table, and the notes say it in sourceLine words',
    (_name, letter) => {
      const where = notesSections(letter).find((s) => s.heading === 'Where the rules come from');
      expect(where?.items).toEqual(letter.notes.sources.map(sourceLine));
      for (const s of letter.notes.sources) {
        expect(RULE_KINDS).toContain(s.kind);
        if (s.kind === 'parent-practice') expect(s.confidence).not.toBe('PRIMARY');
        if (/MPACT/.test(s.citation)) expect(s.kind).toBe('organization');
        if (/^(RSMo|\d+ CFR|\d+ U\.?S\.?C)/.test(s.citation)) expect(s.kind).toBe('law');
        if (/DESE FAQ|DESE model|listserv/.test(s.citation)) expect(s.kind).toBe('agency-guidance');
        if (/Handbook|district (web )?pages|policy/i.test(s.citation) && !/^(RSMo|\d+ CFR)/.test(s.citation))
          expect(s.kind).toBe('district-policy');
      }
    },
  );

  it('the letters no longer carry words of their own for the labels', () => {
    const text = letters.flatMap((l) => notesSections(l).flatMap((s) => s.items)).join(' ');
    expect(text).not.toMatch(/from an official source|Good practice, not a legal rule|Law: /);
  });
});
