import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

const fixtures = new URL('../../../server/src/test-fixtures/', import.meta.url);
const example = fileURLToPath(new URL('case.example.json', fixtures));
const fixture = (name: string) => fileURLToPath(new URL(`imports/${name}`, fixtures));

describe('iep import --case-id into the SQLite data folder', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let id: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'iep-cli-import-data-'));
    env = { IEP_DATA_DIR: dataDir, IEP_PASSWORD: 'correct horse battery staple' };
    await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria', '--json'], env);
    id = (JSON.parse((await runCli(['case', 'import', example, '--json'], env)).stdout) as { id: string }).id;
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('refuses a broken file, then imports its clean rows with --only-clean', async () => {
    const refused = await runCli(['import', 'probes', fixture('probes-broken.csv'), '--case-id', id], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3, column "Score"');
    const done = await runCli(
      ['import', 'probes', fixture('probes-broken.csv'), '--case-id', id, '--only-clean', '--json'],
      env,
    );
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ imported: 1, skipped: 5 });
    const exported = JSON.parse((await runCli(['case', 'export', id], env)).stdout) as {
      goals: { probes: { date: string }[] }[];
    };
    expect(exported.goals[0]?.probes.map((p) => p.date)).toContain('2026-12-07');
  });

  it('says plainly when the case id does not exist', async () => {
    const run = await runCli(['import', 'probes', fixture('probes-good.csv'), '--case-id', 'nope'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no case with the id nope');
  });
});
