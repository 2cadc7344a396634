import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

const fixtures = new URL('../../../server/src/test-fixtures/', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(`imports/${name}`, fixtures));

describe('iep import --case-id into the SQLite data folder', () => {
  const fx = useCliCase('import');

  it('refuses a broken file, then imports its clean rows with --only-clean', async () => {
    const refused = await runCli(
      ['import', 'probes', fixture('probes-broken.csv'), '--case-id', fx.caseId],
      fx.env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3, column "Score"');
    const done = await runCli(
      ['import', 'probes', fixture('probes-broken.csv'), '--case-id', fx.caseId, '--only-clean', '--json'],
      fx.env,
    );
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ imported: 1, skipped: 5 });
    const exported = JSON.parse((await runCli(['case', 'export', fx.caseId], fx.env)).stdout) as {
      goals: { probes: { date: string }[] }[];
    };
    expect(exported.goals[0]?.probes.map((p) => p.date)).toContain('2026-12-07');
  });

  it('says plainly when the case id does not exist', async () => {
    const run = await runCli(['import', 'probes', fixture('probes-good.csv'), '--case-id', 'nope'], fx.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no case with the id nope');
  });
});
