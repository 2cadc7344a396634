import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns } from '../../../core/src/test-support/fuzz.js';
import { parseRange } from './playback.service.js';

// Fuzzing the Range header of playback (RFC 9110 byte ranges): any header gets an answer inside the file, and
// well-formed single ranges get exactly the bytes the standard says.

const size = fc.oneof(fc.constantFrom(0, 1, 65_536, 65_537), fc.nat({ max: 10_000_000 }));
const digits = fc.oneof(
  fc.nat({ max: 20_000_000 }).map(String),
  fc.constantFrom('', '0', '00', '9'.repeat(30)),
);

describe('parseRange under fuzzing', () => {
  it(
    'answers any header with the whole file, a range inside it, or unsatisfiable',
    () => {
      const header = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc
          .tuple(
            fc.constantFrom('bytes=', 'BYTES=', ' bytes=', 'bytes =', 'items='),
            digits,
            fc.constantFrom('-', '--', ','),
            digits,
          )
          .map((p) => p.join('')),
        fc
          .array(fc.tuple(digits, digits), { minLength: 2, maxLength: 4 })
          .map((r) => `bytes=${r.map((x) => x.join('-')).join(',')}`),
      );
      fc.assert(
        fc.property(fc.option(header, { nil: undefined }), size, (h, n) => {
          const answer = parseRange(h, n);
          if (answer.kind !== 'partial') return;
          expect(Number.isInteger(answer.start) && Number.isInteger(answer.end)).toBe(true);
          expect(answer.start).toBeGreaterThanOrEqual(0);
          expect(answer.end).toBeGreaterThanOrEqual(answer.start);
          expect(answer.end).toBeLessThan(n);
        }),
        fuzzRuns(2000),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'gives the bytes RFC 9110 names for one well-formed range',
    () => {
      fc.assert(
        fc.property(
          size,
          fc.nat({ max: 20_000_000 }),
          fc.option(fc.nat({ max: 20_000_000 }), { nil: null }),
          (n, a, b) => {
            const closed = b === null ? parseRange(`bytes=${a}-`, n) : parseRange(`bytes=${a}-${b}`, n);
            if (a >= n || (b !== null && b < a)) expect(closed).toEqual({ kind: 'unsatisfiable' });
            else
              expect(closed).toEqual({
                kind: 'partial',
                start: a,
                end: b === null ? n - 1 : Math.min(b, n - 1),
              });
            const suffix = parseRange(`bytes=-${a}`, n);
            if (a === 0 || n === 0) expect(suffix).toEqual({ kind: 'unsatisfiable' });
            else expect(suffix).toEqual({ kind: 'partial', start: Math.max(0, n - a), end: n - 1 });
          },
        ),
        fuzzRuns(2000),
      );
    },
    FUZZ_TIMEOUT,
  );
});
