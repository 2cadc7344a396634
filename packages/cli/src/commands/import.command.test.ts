import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { probesBrokenXlsx, probesGoodXlsx } from '../../../server/src/test-fixtures/imports/fixtures.js';
import { runCli } from '../run-cli.test-helper.js';

const fixtures = new URL('../../../server/src/test-fixtures/', import.meta.url);
const example = fileURLToPath(new URL('case.example.json', fixtures));
const fixture = (name: string) => fileURLToPath(new URL(`imports/${name}`, fixtures));

type Probe = { date: string; score: number };
const probesOf = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as { goals: { probes: Probe[] }[] }).goals[0]?.probes ?? [];

describe('iep import', () => {
  let dir: string;
  let caseFile: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iep-cli-import-'));
    caseFile = join(dir, 'case.json');
    await writeFile(caseFile, await readFile(example));
  });

  it('merges a clean CSV into the case file, in date order', async () => {
    const run = await runCli(['import', 'probes', fixture('probes-good.csv'), '--case', caseFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported 3 row(s) into ${caseFile}.`);
    const probes = await probesOf(caseFile);
    expect(probes).toHaveLength(17);
    expect(probes.map((p) => p.date)).toEqual(probes.map((p) => p.date).sort());
    expect(probes.find((p) => p.date === '2026-12-07')?.score).toBe(81.5);
  });

  it('refuses a broken CSV, listing file, row and column, and writes nothing', async () => {
    const before = await readFile(caseFile, 'utf8');
    const run = await runCli(['import', 'probes', fixture('probes-broken.csv'), '--case', caseFile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('5 problem(s), so nothing was imported');
    expect(run.stderr).toContain('probes-broken.csv, row 2, column "Date": "2026-02-30" is not a real date');
    expect(run.stderr).toContain('probes-broken.csv, row 4, column "Goal": There is no goal "g9"');
    expect(await readFile(caseFile, 'utf8')).toBe(before);
  });

  it('with --only-clean and --out, imports the clean rows into a new file', async () => {
    const out = join(dir, 'out.json');
    const run = await runCli([
      'import',
      'probes',
      fixture('probes-broken.csv'),
      '--case',
      caseFile,
      '--out',
      out,
      '--only-clean',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, skipped: 5 });
    expect((await probesOf(out)).filter((p) => p.date === '2026-12-07')).toEqual([
      { date: '2026-12-07', score: 82 },
    ]);
    expect(await probesOf(caseFile)).toHaveLength(14);
  });

  it('reads XLSX files and takes a column mapping', async () => {
    const good = join(dir, 'good.xlsx');
    await writeFile(good, await probesGoodXlsx());
    expect((await runCli(['import', 'probes', good, '--case', caseFile])).code).toBe(0);
    expect((await probesOf(caseFile)).slice(-3).map((p) => p.date)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
    ]);

    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, await probesBrokenXlsx());
    const run = await runCli(['import', 'probes', broken, '--case', caseFile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.xlsx, row 3, column "Score"');

    const custom = join(dir, 'custom.csv');
    await writeFile(custom, 'Kid goal,When,WCPM\ng1,1/4/2027,90\n');
    const mapped = await runCli([
      'import',
      'probes',
      custom,
      '--case',
      caseFile,
      '--mapping',
      '{"goalId":"Kid goal","date":"When","score":"WCPM"}',
    ]);
    expect(mapped.code).toBe(0);
    expect((await probesOf(caseFile)).at(-1)).toEqual({ date: '2027-01-04', score: 90 });
  });

  it('gives plain usage errors', async () => {
    const kind = await runCli(['import', 'grades', fixture('probes-good.csv'), '--case', caseFile]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Use one of: probes, progress-reports, service-log, assessments');
    const neither = await runCli(['import', 'probes', fixture('probes-good.csv')]);
    expect(neither.code).toBe(2);
    const mapping = await runCli([
      'import',
      'probes',
      fixture('probes-good.csv'),
      '--case',
      caseFile,
      '--mapping',
      '[1]',
    ]);
    expect(mapping.code).toBe(2);
    const pdf = join(dir, 'scan.pdf');
    await writeFile(pdf, '%PDF-1.7');
    const wrong = await runCli(['import', 'probes', pdf, '--case', caseFile]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Save it as CSV (.csv) or as an Excel workbook (.xlsx)');
    const help = await runCli(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--only-clean');
  });
});
