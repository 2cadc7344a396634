import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

// `iep answers --case ID --json` prints the same list as GET /api/cases/:id/answers, counted for --now in the
// case's zone; an unknown case is a plain error.

const EXAMPLE = fileURLToPath(new URL('../../../../examples/case.example.json', import.meta.url));

describe('iep answers', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'iep-cli-answers-'));
    env = { IEP_DATA_DIR: dataDir, IEP_LOG_LEVEL: 'silent' };
    const owner = await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria'], {
      ...env,
      IEP_PASSWORD: 'correct horse battery staple',
    });
    expect(owner.code, owner.stderr).toBe(0);
    const imported = await runCli(['case', 'import', EXAMPLE, '--json'], env);
    expect(imported.code, imported.stderr).toBe(0);
    caseId = (JSON.parse(imported.stdout) as { id: string }).id;
  }, 60_000);
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('prints the list as JSON, with today in the case’s zone', async () => {
    // 3:00 AM UTC on Dec 5 is still Dec 4 in Chicago.
    const run = await runCli(['answers', '--case', caseId, '--now', '2026-12-05T03:00:00Z', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      today: '2026-12-04',
      items: [],
      counts: { waiting: 0, answered: 0, late: 0 },
    });
    const text = await runCli(['answers', '--case', caseId], env);
    expect(text.stdout).toContain('Nothing is owed yet.');
  });

  it('says so when there is no such case', async () => {
    const run = await runCli(['answers', '--case', 'nope', '--json'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no case with the id nope.');
  });
});
