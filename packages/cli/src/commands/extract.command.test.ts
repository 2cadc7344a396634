import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { utterancesFromJson } from './extract.command.js';

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);

// Needs core's parseTranscriptText and extractItems (the core helper's part of issue 6).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-cli-extract-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('utterancesFromJson', () => {
  it('reads the segments of `iep transcribe --json` (and of a transcript export)', () => {
    expect(
      utterancesFromJson({
        engine: 'x',
        durationSec: 9,
        segments: [
          { start: 1.5, end: 3, speaker: 'Speaker 1', text: 'We will send it by Friday.', words: [] },
          { start: 4, end: 5, speaker: 'Speaker 2', text: '   ', words: [] },
          { start: 6, end: 7, speakerName: 'Ms. Lee', text: 'No.' },
        ],
      }),
    ).toEqual([
      { speaker: 'Speaker 1', text: 'We will send it by Friday.', start: 1.5 },
      { speaker: 'Ms. Lee', text: 'No.', start: 6 },
    ]);
    expect(() => utterancesFromJson({ items: [] })).toThrow('This JSON file has no "segments"');
  });
});

describe('iep extract', () => {
  it('finds a dated commitment in a text transcript and prints the JSON items', async () => {
    const file = path.join(dir, 'meeting.txt');
    fs.writeFileSync(
      file,
      'Ms. Lee: I will send the evaluation report by Friday.\nParent: Can we add speech therapy?\n',
    );
    const run = await runCli(['extract', file, '--meeting-date', '2026-12-07', '--json']);
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.stdout) as {
      items: { kind: string; text: string; who: string | null; due: string | null; start: number | null }[];
    };
    for (const item of items) expect(Object.keys(item)).toEqual(['kind', 'text', 'who', 'due', 'start']);
    const commitment = items.find((i) => i.kind === 'commitment');
    expect(commitment).toMatchObject({ who: 'Ms. Lee', due: '2026-12-11', start: null });
  });

  it('reads the JSON that `iep transcribe --json` prints', async () => {
    const file = path.join(dir, 'meeting.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        engine: 'pocketsphinx (en-us)',
        durationSec: 20,
        segments: [
          {
            start: 12.5,
            end: 15,
            speaker: 'Speaker 1',
            text: 'I will send the report by Friday.',
            words: [],
          },
        ],
      }),
    );
    const run = await runCli(['extract', file, '--meeting-date', '2026-12-07', '--json']);
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.stdout) as {
      items: { kind: string; due: string | null; start: number | null }[];
    };
    expect(items.find((i) => i.kind === 'commitment')).toMatchObject({ due: '2026-12-11', start: 12.5 });
  });

  it("skips the case file's closures when counting school days", async () => {
    const file = path.join(dir, 'school-days.txt');
    fs.writeFileSync(file, 'Ms. Lee: I will send the draft within ten school days.\n');
    const dueWith = async (extra: string[]): Promise<string | null | undefined> => {
      const run = await runCli(['extract', file, '--meeting-date', '2026-12-14', '--json', ...extra]);
      expect(run.code).toBe(0);
      const { items } = JSON.parse(run.stdout) as { items: { kind: string; due: string | null }[] };
      return items.find((i) => i.kind === 'commitment')?.due;
    };
    // The example case's winter break (December 21 to January 1) is not counted.
    expect(await dueWith(['--case', example])).toBe('2027-01-11');
    expect(await dueWith([])).toBe('2026-12-29');
  });

  it('refuses a case file that is not there, and prints no items', async () => {
    const file = path.join(dir, 'missing-case.txt');
    fs.writeFileSync(file, 'Ms. Lee: I will send it by Friday.\n');
    const run = await runCli([
      'extract',
      file,
      '--meeting-date',
      '2026-12-07',
      '--case',
      path.join(dir, 'nope.json'),
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('There is no file at');
    expect(run.stdout).toBe('');
  });

  it('refuses a JSON file without segments', async () => {
    const file = path.join(dir, 'other.json');
    fs.writeFileSync(file, '{"items": []}');
    const run = await runCli(['extract', file, '--meeting-date', '2026-12-07']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('This JSON file has no "segments".');
  });
});
