import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loadConfig, openStorage } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';

// `iep user create` refuses weak passwords with the same reason as the web; `iep user invite` prints a one-time
// account invitation link that the server's sign-up accepts.

describe('iep user create / invite', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'iep-cli-user-'));
    env = { IEP_DATA_DIR: dataDir, IEP_LOG_LEVEL: 'silent' };
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('cannot invite before the owner exists', async () => {
    const run = await runCli(['user', 'invite', '--email', 'dad@example.org'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no owner account yet');
  });

  it('refuses a common or blank password and says why', async () => {
    for (const [password, reason] of [
      ['password12', 'This password is on a list of common passwords.'],
      [' '.repeat(12), 'A password cannot be only spaces.'],
    ]) {
      const run = await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria'], {
        ...env,
        IEP_PASSWORD: password,
      });
      expect(run.code, password).toBe(1);
      expect(run.stderr).toContain(reason);
    }
  });

  it('invites by email and prints a link the server accepts once', async () => {
    const owner = await runCli(
      ['user', 'create', '--email', 'maria@example.org', '--name', 'Maria', '--json'],
      {
        ...env,
        IEP_PASSWORD: 'correct horse battery staple',
      },
    );
    expect(owner.code, owner.stderr).toBe(0);
    const invited = await runCli(['user', 'invite', '--email', 'Dad@Example.org', '--json'], {
      ...env,
      IEP_PUBLIC_URL: 'https://iep.example.org',
    });
    expect(invited.code, invited.stderr).toBe(0);
    const out = JSON.parse(invited.stdout) as { email: string; link: string; expiresAt: string };
    expect(out.email).toBe('dad@example.org');
    expect(out.expiresAt).toBe('2026-11-30T18:00:00.000Z');
    expect(out.link).toMatch(/^https:\/\/iep\.example\.org\/signup\?invite=[\w-]{40,}$/);

    const local = await runCli(['user', 'invite', '--email', 'aunt@example.org'], {
      ...env,
      IEP_PORT: '8099',
    });
    expect(local.stdout).toMatch(/http:\/\/127\.0\.0\.1:8099\/signup\?invite=/);

    const config = loadConfig(env);
    const storage = await openStorage(config, { now: () => new Date('2026-11-24T12:00:00Z') });
    const app = await buildApp(config, storage, { now: () => new Date('2026-11-24T12:00:00Z') });
    try {
      const invite = new URL(out.link).searchParams.get('invite');
      const payload = { name: 'Dad', email: 'dad@example.org', password: 'another long password', invite };
      const first = await app.inject({ method: 'POST', url: '/api/auth/signup', payload });
      expect(first.statusCode, first.body).toBe(201);
      const second = await app.inject({ method: 'POST', url: '/api/auth/signup', payload });
      expect(second.statusCode).toBe(410);
    } finally {
      await app.close();
      await storage.close();
    }
  });
});
