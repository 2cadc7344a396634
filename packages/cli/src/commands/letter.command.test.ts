import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);
const NOW = '2026-11-23T09:00';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iep-letter-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const letter = (...args: string[]) =>
  runCli(['letter', 'recording-notice', '--case', example, '--meeting', 'm1', '--now', NOW, ...args]);

describe('iep letter', () => {
  it('lists the kinds as JSON', async () => {
    const run = await runCli(['letter', '--list', '--json']);
    expect(run.code).toBe(0);
    const kinds = (JSON.parse(run.stdout) as { kinds: { kind: string }[] }).kinds.map((k) => k.kind);
    expect(kinds).toHaveLength(12);
    expect(kinds).toContain('recording-notice');
    expect(kinds).toContain('child-complaint');
    expect(kinds).toContain('notice-missing-parts');
  });

  it('prints the text letter to stdout and the warnings to stderr', async () => {
    const run = await letter();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Jordan');
    expect(run.stdout).toContain('162.686');
    expect(run.stdout).toContain('Maria Rivera');
    expect(run.stdout).toContain('2026-11-23');
    expect(run.stdout).not.toMatch(/^! /m);
  });

  it('writes a PDF, a DOCX and an .eml with --out, and reports the SHA-256 of what it wrote', async () => {
    for (const format of ['pdf', 'docx', 'eml'] as const) {
      const out = join(dir, `notice.${format}`);
      const run = await letter('--format', format, '--out', out, '--json');
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as { sha256: string; bytes: number };
      const bytes = await readFile(out);
      expect(report.bytes).toBe(bytes.length);
      expect(report.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      if (format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (format === 'docx') {
        const { value } = await mammoth.extractRawText({ buffer: bytes });
        expect(value).toContain('Jordan');
        expect(value).toContain('162.686');
      }
      if (format === 'eml') {
        const eml = bytes.toString('utf8');
        expect(eml).toMatch(/^From: Maria Rivera <maria\.rivera@example\.org>$/m);
        expect(eml).toMatch(/Content-Type: application\/pdf/);
      }
    }
  });

  it('prints the "Notes for you" page with --notes, apart from the letter, and refuses other formats for it', async () => {
    const run = await letter('--notes');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Notes for you: Notice of audio recording\n/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'RSMo 162.686. This is the law. PRIMARY: read in the source itself.',
    );
    const plain = await letter();
    expect(plain.stdout).not.toMatch(/Notes for you|from an official source|PRIMARY/);
    const docx = await letter('--notes', '--format', 'docx', '--out', join(dir, 'notes.docx'));
    expect(docx.code).toBe(2);
  });

  it('refuses to print a binary format without --out', async () => {
    const run = await letter('--format', 'pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
    expect(run.stdout).toBe('');
  });

  it('lists each missing fact and exits 1', async () => {
    const bare = join(dir, 'no-meetings.json');
    const file = JSON.parse(await readFile(example, 'utf8')) as Record<string, unknown>;
    await writeFile(bare, JSON.stringify({ ...file, meetings: [] }));
    const run = await runCli(['letter', 'recording-notice', '--case', bare, '--now', NOW]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot be written yet/);
    expect(run.stderr).toMatch(/^ {2}- .*meeting/im);
  });

  it('takes answers from the case file, overridden by --answers', async () => {
    const withLetters = join(dir, 'with-letters.json');
    const file = JSON.parse(await readFile(example, 'utf8')) as Record<string, unknown>;
    await writeFile(
      withLetters,
      JSON.stringify({ ...file, letters: { 'recording-notice': { note: 'From the case file.' } } }),
    );
    const fromCase = await runCli([
      'letter',
      'recording-notice',
      '--case',
      withLetters,
      '--meeting',
      'm1',
      '--now',
      NOW,
    ]);
    expect(fromCase.stdout).toContain('From the case file.');
    const answers = join(dir, 'answers.json');
    await writeFile(answers, JSON.stringify({ note: 'From the answers file.' }));
    const overridden = await runCli([
      'letter',
      'recording-notice',
      '--case',
      withLetters,
      '--meeting',
      'm1',
      '--now',
      NOW,
      '--answers',
      answers,
    ]);
    expect(overridden.stdout).toContain('From the answers file.');
    expect(overridden.stdout).not.toContain('From the case file.');
  });

  it('a records request asks for the logs the data check could not read, with their dates', async () => {
    const noLog = join(dir, 'no-log.json');
    const file = JSON.parse(await readFile(example, 'utf8')) as { services: { log: unknown[] }[] };
    await writeFile(
      noLog,
      JSON.stringify({ ...file, services: file.services.map((s) => ({ ...s, log: [] })) }),
    );
    const run = await runCli(['letter', 'records-request', '--case', noLog, '--now', NOW]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'The complete service log (delivery log) for Specialized instruction in reading, from August 24, 2026 to November 23, 2026',
    );
  });

  it('refuses unknown kinds, formats and meetings plainly', async () => {
    const kind = await runCli(['letter', 'thank-you', '--case', example]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('iep letter --list');
    const format = await letter('--format', 'rtf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('rtf');
    const meeting = await runCli(['letter', 'recording-notice', '--case', example, '--meeting', 'zz']);
    expect(meeting.code).toBe(2);
    expect(meeting.stderr).toContain('Meetings in it: m1');
  });

  it('has help', async () => {
    const run = await runCli(['letter', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--answers');
    expect(run.stdout).toContain('--format');
  });
});
