import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.test-helper.js';

const example = fileURLToPath(new URL('../../server/src/test-fixtures/case.example.json', import.meta.url));

describe('iep case import / export against the SQLite data folder', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'iep-cli-data-'));
    env = { IEP_DATA_DIR: dataDir, IEP_PASSWORD: 'correct horse battery staple' };
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('asks for an owner account before importing', async () => {
    const run = await runCli(['case', 'import', example, '--json'], { IEP_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('owner account');
  });

  it('imports, lists and exports the same case, keeping the ids', async () => {
    const created = await runCli(
      ['user', 'create', '--email', 'maria@example.org', '--name', 'Maria', '--json'],
      env,
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ role: 'owner' });

    const imported = await runCli(['case', 'import', example, '--json'], env);
    expect(imported.stderr).toBe('');
    const { id } = JSON.parse(imported.stdout) as { id: string };
    expect(id).toMatch(/\S{8,}/);

    const listed = await runCli(['case', 'list', '--json'], env);
    expect((JSON.parse(listed.stdout) as { cases: { id: string }[] }).cases.map((c) => c.id)).toEqual([id]);

    const exported = await runCli(['case', 'export', id], env);
    expect(exported.code).toBe(0);
    const original = JSON.parse(await readFile(example, 'utf8')) as unknown;
    expect(JSON.parse(exported.stdout)).toEqual(original);
  });

  it('says plainly when a case id does not exist', async () => {
    const run = await runCli(['case', 'export', 'no-such-case'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no case with the id no-such-case');
  });
});
