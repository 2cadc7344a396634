// Letters: every letter kind of the example case in all four formats (PDF, DOCX, text, .eml) in under 2 s in
// total, and one PDF in under 200 ms once warm. The first round also pays for loading docx, pdfmake and the
// fonts, so it is reported on its own. Run alone: npx tsx scripts/bench/letters.bench.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { LETTER_KINDS, parseCaseFileText, type CaseFile, type LetterKind } from '@iep/core';
import { LETTER_FORMATS, buildCaseLetter, renderLetter } from '../../packages/server/src/index.js';
import { percentile, type BenchResult } from './bench-types.js';

const CASE = fileURLToPath(
  new URL('../../packages/server/src/test-fixtures/case.example.json', import.meta.url),
);
// The answers core's golden tests use for every kind (plausible parent answers for the example case).
const ANSWERS = fileURLToPath(
  new URL('../../packages/core/src/letters/test-fixtures/answers.example.json', import.meta.url),
);
const NOW = '2026-11-23T12:00:00-06:00';
// The follow-up is written after the meeting (Mon 2026-12-07).
const NOW_AFTER = '2026-12-08T08:00:00-06:00';

function exampleCase(): CaseFile {
  const parsed = parseCaseFileText(readFileSync(CASE, 'utf8'));
  if (!parsed.ok) throw new Error('The example case file is invalid.');
  return parsed.value;
}

const answers = JSON.parse(readFileSync(ANSWERS, 'utf8')) as Partial<
  Record<LetterKind, Record<string, unknown>>
>;

function letterOf(caseFile: CaseFile, kind: LetterKind) {
  const meetingId = caseFile.meetings[0]?.id ?? '';
  const built = buildCaseLetter(kind, {
    caseFile,
    meetingId,
    answers: answers[kind] ?? {},
    now: kind === 'follow-up' ? NOW_AFTER : NOW,
  });
  if (!built.ok) throw new Error(`${kind} cannot be built: ${built.missing.map((m) => m.message).join(' ')}`);
  return built.letter;
}

/** Builds and renders every kind in every format; returns the milliseconds and the bytes made. */
async function allLetters(caseFile: CaseFile): Promise<{ ms: number; files: number; bytes: number }> {
  const start = performance.now();
  let files = 0;
  let bytes = 0;
  for (const kind of LETTER_KINDS) {
    const letter = letterOf(caseFile, kind);
    for (const format of LETTER_FORMATS) {
      const rendered = await renderLetter(letter, format, caseFile.student.name);
      files += 1;
      bytes += rendered.bytes.length;
    }
  }
  return { ms: performance.now() - start, files, bytes };
}

export async function run(): Promise<BenchResult[]> {
  const caseFile = exampleCase();
  const cold = await allLetters(caseFile);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await allLetters(caseFile)).ms);
  warm.sort((a, b) => a - b);

  const letter = letterOf(caseFile, 'records-request');
  for (let i = 0; i < 5; i++) await renderLetter(letter, 'pdf', caseFile.student.name);
  const pdf: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await renderLetter(letter, 'pdf', caseFile.student.name);
    pdf.push(performance.now() - start);
  }
  pdf.sort((a, b) => a - b);

  return [
    {
      name: `all ${cold.files} letter files (${LETTER_KINDS.length} kinds x 4 formats), first round incl. loading`,
      value: cold.ms,
      unit: 'ms',
      target: '< 2000 ms',
    },
    {
      name: `all ${cold.files} letter files, warm (median of ${warm.length})`,
      value: percentile(warm, 50),
      unit: 'ms',
      target: '< 2000 ms',
    },
    {
      name: 'one PDF (records request) after warm-up, median',
      value: percentile(pdf, 50),
      unit: 'ms',
      target: '< 200 ms',
    },
    {
      name: 'one PDF (records request) after warm-up, p95',
      value: percentile(pdf, 95),
      unit: 'ms',
      target: '< 200 ms',
    },
    { name: 'bytes of all letter files', value: cold.bytes, unit: 'bytes' },
  ];
}

// Run alone with tsx.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await run())
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (target ${r.target ?? '-'})`);
}
