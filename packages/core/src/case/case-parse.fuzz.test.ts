import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUZZ_TIMEOUT,
  MACHINE_WORDS,
  fuzzRuns,
  hostileValue,
  mutated,
  nested,
} from '../test-support/fuzz.js';
import { parseCaseFile, parseCaseFileText, parseMeeting } from './case-parse.js';
import type { ParseResult } from './case-problem.js';

// Fuzzing the case file parser: whatever arrives, it answers (never throws), a refusal lists problems with a
// JSON path and a plain message, and what it accepts it accepts again unchanged (so a saved case reloads).

const exampleText = readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as unknown;

function checkAnswer<T>(result: ParseResult<T>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(problem.message.trim()).not.toBe('');
    expect(problem.message).not.toMatch(MACHINE_WORDS);
  }
}

describe('parseCaseFile under fuzzing', () => {
  it(
    'answers any value, refusing with plain problems',
    () => {
      fc.assert(
        fc.property(fc.oneof(hostileValue(false), fc.anything()), (input) => {
          checkAnswer(parseCaseFile(input));
        }),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers near-valid files, and accepts again what it accepted (JSON round trip included)',
    () => {
      fc.assert(
        fc.property(mutated(example), (input) => {
          const result = parseCaseFile(input);
          checkAnswer(result);
          if (!result.ok) return;
          // Compared as JSON: a -0 that was sent comes back as 0, which is the same number in a file.
          const saved = JSON.stringify(result.value);
          const again = parseCaseFile(JSON.parse(saved));
          expect(again.ok && JSON.stringify(again.value)).toBe(saved);
        }),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers any text, cut-off JSON included',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.nat({ max: exampleText.length }).map((n) => exampleText.slice(0, n)),
          ),
          (text) => checkAnswer(parseCaseFileText(text)),
        ),
        fuzzRuns(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers deeply nested values anywhere in the file',
    () => {
      for (const depth of [50, 500, 5000]) {
        const input = { ...(example as object), student: nested(depth) };
        checkAnswer(parseCaseFile(input));
        checkAnswer(parseCaseFile({ ...(example as object), extra: nested(depth) }));
      }
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers any meeting',
    () => {
      const meeting = (example as { meetings: unknown[] }).meetings[0];
      fc.assert(
        fc.property(fc.oneof(mutated(meeting, false), hostileValue(false)), (input) =>
          checkAnswer(parseMeeting(input)),
        ),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});
