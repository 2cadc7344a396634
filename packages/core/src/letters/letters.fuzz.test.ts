import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/index.js';
import { FUZZ_TIMEOUT, MACHINE_WORDS, fuzzRuns, hostileValue, mutated } from '../test-support/fuzz.js';
import { buildLetter } from './build-letter.js';
import { letterAnswersSchema } from './kind-info.js';
import { letterProse, letterToText } from './letter-text.js';
import { LETTER_KINDS } from './letter-types.js';
import { NOW, NOW_AFTER, exampleFixtures } from './test-fixtures/example.js';

// Fuzzing the letter answers (what a parent types in the interview, sent as JSON): every kind answers every
// input with a letter or a list of missing facts, never an exception, and a letter never shows a value that
// leaked in unchecked ("undefined", "NaN", "[object Object]") beyond what the parent typed.

const { exampleCase, EXAMPLE_ANSWERS } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);
const caseFile = exampleCase();
const analysis = analyzeCase(caseFile, { asOf: '2026-11-23' });

const count = (text: string) => (text.match(new RegExp(MACHINE_WORDS.source, 'g')) ?? []).length;

describe.each(LETTER_KINDS)('%s letter under fuzzing', (kind) => {
  it(
    'answers near-valid and hostile answers with a letter or missing facts, never leaked values',
    () => {
      const meetingIds = fc.constantFrom(undefined, 'm1', 'nope', '', '__proto__');
      fc.assert(
        fc.property(
          fc.oneof({ arbitrary: mutated(EXAMPLE_ANSWERS[kind]), weight: 4 }, hostileValue()),
          meetingIds,
          fc.constantFrom(NOW, NOW_AFTER),
          (answers, meetingId, now) => {
            expect(() => letterAnswersSchema(kind).safeParse(answers)).not.toThrow();
            const result = buildLetter(kind, {
              caseFile,
              answers: answers as never,
              now,
              analysis,
              ...(meetingId === undefined ? {} : { meetingId }),
            });
            if (!result.ok) {
              expect(result.missing.length).toBeGreaterThan(0);
              for (const fact of result.missing) expect(fact.message.trim()).not.toBe('');
              return;
            }
            const text = `${letterToText(result.letter)}\n${letterProse(result.letter)}`;
            // A parent may type "undefined" themselves; otherwise no such word may appear.
            if (count(JSON.stringify(answers) ?? '') === 0) expect(text).not.toMatch(MACHINE_WORDS);
          },
        ),
        fuzzRuns(60),
      );
    },
    FUZZ_TIMEOUT,
  );
});
