import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case/index.js';
import { parseCsv } from './csv.js';
import { suggestMapping } from './mapping.js';
import { mergeImport } from './merge.js';
import { validateImportRows } from './validate.js';

// Import problems are read by parents fixing a spreadsheet: each message must score at most grade 8.5 on
// Flesch-Kincaid, like the planner's text.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

function exampleCase(): CaseFile {
  const parsed = parseCaseFile(JSON.parse(readFileSync('/work/shared/examples/case.example.json', 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const broken: [Parameters<typeof validateImportRows>[0], string][] = [
  [
    'probes',
    'Goal,Date,Score,Phase ID\ng1,2026-02-30,70,\ng1,2026-11-30,seventy,\ng9,2026-11-30,70,\ng1,2026-12-07,82,\ng1,12/7/2026,83,\ng1,2026-09-14,71,\n,2026-12-14,1,\ng1,2026-12-21,1,p9\ng1,1999/1/1,1,\n',
  ],
  ['probes', 'Goal,Date\ng1,2026-12-01\n'],
  [
    'service-log',
    'Service,Date,Minutes,Status\ns1,2026-11-16,30.5,delivered\ns1,2026-11-16,3000,delivered\ns1,2026-11-16,30,maybe\ns9,2026-11-16,30,delivered\n',
  ],
  ['progress-reports', 'Goal ID,Period,Date,Status\ng1,Quarter 1,2026-10-23,mastered\n'],
  ['assessments', 'Program,School year,Subject\nSAT,2025-26,Math\nMAP,2025-27,Math\n'],
];

describe('plain language in import problems', () => {
  const messages = new Set<string>();
  for (const [kind, csv] of broken) {
    const { table, problems } = parseCsv('file.csv', csv);
    for (const p of [
      ...problems,
      ...validateImportRows(kind, table, suggestMapping(kind, table.headers), exampleCase()).problems,
    ])
      messages.add(p.message);
  }
  messages.add(parseCsv('e.csv', '').problems[0]?.message ?? '');
  messages.add(parseCsv('q.csv', 'A\n"x\n').problems[0]?.message ?? '');
  try {
    mergeImport(exampleCase(), 'probes', [
      { kind: 'probes', row: 2, clean: false, goalId: 'g1', date: '2026-12-01', score: 1 },
    ]);
  } catch (error) {
    messages.add((error as Error).message);
  }

  it('covers the kinds of problems', () => {
    expect(messages.size).toBeGreaterThanOrEqual(15);
  });

  it.each([...messages])('%s', (message) => {
    expect(readability.fleschKincaidGrade(message)).toBeLessThanOrEqual(8.5);
  });
});
