import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case/index.js';
import { FUZZ_TIMEOUT, fuzzRuns, hostileValue } from '../test-support/fuzz.js';
import { parseCsv, toCsv } from './csv.js';
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportField } from './import-fields.js';
import { suggestMapping } from './mapping.js';
import { mergeImport } from './merge.js';
import { readDate, readNumber } from './parse-values.js';
import { validateImportRows } from './validate.js';

// Fuzzing the CSV import (files from school systems, typed by hand, or anything named .csv): parsing and checking
// never throw, problems point at real rows, and the clean rows merged into the case always give a valid case file.

const caseFile = ((): CaseFile => {
  const text = readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8');
  const parsed = parseCaseFile(JSON.parse(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
})();

const words = (values: readonly string[]) => fc.constantFrom(...values);
/** Cells that look like what each column holds, with dates, numbers and ids both right and wrong. */
const cell = fc.oneof(
  words(['g1', 'g2', 'g9', 's1', 's9', 'ph1', 'Q1', 'MAP', 'delivered', 'missed', 'progressing', 'yes']),
  words(['2026-09-14', '9/4/2026', '2026-02-30', '13/1/2026', '2026-11-23T10:00', '', ' ', '1,200', '-.5']),
  fc.integer({ min: -5, max: 500 }).map(String),
  fc.double({ noNaN: false }).map(String),
  hostileValue().map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
);

/** A value for one field: mostly one the field takes, sometimes a wrong one. */
function valueFor(field: ImportField): fc.Arbitrary<string> {
  const good: fc.Arbitrary<string> =
    field.type === 'date'
      ? fc
          .date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10))
      : field.type === 'number'
        ? fc.integer({ min: 0, max: 300 }).map(String)
        : field.type === 'enum'
          ? words(field.values ?? [''])
          : field.id === 'goalId'
            ? words(['g1', 'g2'])
            : field.id === 'serviceId'
              ? words(['s1'])
              : fc.string({ maxLength: 12 });
  return fc.oneof({ arbitrary: good, weight: 8 }, cell);
}

/** A table for one kind: its columns (by label or alias; now and then a required one missing) in any order. */
const table = fc.constantFrom(...IMPORT_KINDS).chain((kind) =>
  fc
    .tuple(
      fc.shuffledSubarray(IMPORT_FIELDS[kind], { minLength: 1 }),
      fc.constantFrom(IMPORT_FIELDS[kind].filter((f) => f.required)),
      fc.boolean(),
    )
    .map(([some, required, all]) => [...new Set(all ? [...required, ...some] : some)])
    .chain((fields) =>
      fc.record({
        kind: fc.constant(kind),
        headers: fc.tuple(...fields.map((f) => words([f.label, ...f.aliases]))),
        rows: fc.array(fc.tuple(...fields.map(valueFor)), { maxLength: 10 }),
      }),
    ),
);

describe('CSV import under fuzzing', () => {
  it(
    'parses any text without throwing, into rows of strings with problems on real rows',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })),
          (text) => {
            const { table: parsed, problems } = parseCsv('any.csv', text);
            expect(parsed.headers.every((h) => typeof h === 'string')).toBe(true);
            expect(parsed.rows.every((row) => row.every((c) => typeof c === 'string'))).toBe(true);
            for (const p of problems) expect(p.row).toBeGreaterThanOrEqual(1);
          },
        ),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'checks any table against the case; the clean rows merge into a valid case file',
    () => {
      fc.assert(
        fc.property(table, fc.boolean(), ({ kind, headers, rows }, viaCsv) => {
          const input = viaCsv
            ? parseCsv('data.csv', toCsv(headers, rows)).table
            : { fileName: 'data.csv', headers: [...headers], rows: rows.map((row) => [...row]) };
          const mapping = suggestMapping(kind, input.headers);
          const checked = validateImportRows(kind, input, mapping, caseFile);
          for (const p of checked.problems) {
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.row).toBeLessThanOrEqual(input.rows.length + 1);
            expect(p.message.trim()).not.toBe('');
          }
          expect(checked.cleanRecords.every((r) => r.clean && r.kind === kind)).toBe(true);
          const merged = parseCaseFile(mergeImport(caseFile, kind, checked.cleanRecords));
          expect(merged.ok ? [] : merged.problems).toEqual([]);
        }),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads dates only when they exist, and numbers only when finite',
    () => {
      fc.assert(
        fc.property(fc.oneof(cell, fc.string({ maxLength: 20 })), (text) => {
          const date = readDate(text);
          if (date.ok) {
            const day = new Date(`${date.value}T00:00:00Z`);
            expect(day.toISOString().slice(0, 10)).toBe(date.value);
          }
          const number = readNumber(text);
          if (number.ok) expect(Number.isFinite(number.value)).toBe(true);
        }),
        fuzzRuns(500),
      );
    },
    FUZZ_TIMEOUT,
  );
});
