import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARING_MESSAGES, buildApp, loadConfig, openStorage } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';

// iep case share --audio invites an advocate who may download recordings from joining on; iep case grant-audio
// withdraws (--off) and grants it again for a member; members --json shows it; the server's check follows at once.

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);
const PASSWORD = 'correct horse battery staple';
const NOW = new Date('2026-11-24T12:00:00Z');

interface Member {
  email: string;
  role: string;
  audioGranted: boolean;
  audioGrantedAt: string | null;
}

describe('iep case share --audio / grant-audio', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'iep-cli-audio-'));
    env = { IEP_DATA_DIR: dataDir, IEP_LOG_LEVEL: 'silent', IEP_PASSWORD: PASSWORD };
    await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria', '--json'], env);
    const imported = await runCli(['case', 'import', example, '--json'], env);
    caseId = (JSON.parse(imported.stdout) as { id: string }).id;
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  const members = async () =>
    (JSON.parse((await runCli(['case', 'members', caseId, '--json'], env)).stdout) as { members: Member[] })
      .members;

  it('refuses --audio for anyone but an advocate, and grant-audio for someone not on the case', async () => {
    const viewer = await runCli(
      ['case', 'share', caseId, '--email', 'v@example.org', '--role', 'viewer', '--audio'],
      env,
    );
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toContain(SHARING_MESSAGES.audioForAdvocates);
    const owner = await runCli(['case', 'grant-audio', caseId, '--email', 'maria@example.org'], env);
    expect(owner.code).toBe(1);
    expect(owner.stderr).toContain('is not a member of this case');
  });

  it('invites an advocate with audio, withdraws it and grants it again; the server follows on the next request', async () => {
    const shared = await runCli(
      ['case', 'share', caseId, '--email', 'bo@example.org', '--role', 'advocate', '--audio', '--json'],
      env,
    );
    expect(shared.code, shared.stderr).toBe(0);
    const out = JSON.parse(shared.stdout) as { link: string; audioGranted: boolean };
    expect(out.audioGranted).toBe(true);

    const config = loadConfig(env);
    const storage = await openStorage(config, { now: () => NOW });
    const app = await buildApp(config, storage, { now: () => NOW });
    try {
      const token = new URL(out.link).searchParams.get('invite') ?? '';
      const signup = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Bo', email: 'bo@example.org', password: 'another long password', invite: token },
      });
      expect(signup.statusCode, signup.body).toBe(201);
      const cookie = `iep_session=${signup.cookies.find((c) => c.name === 'iep_session')?.value ?? ''}`;
      const csrf = signup.json<{ csrfToken: string }>().csrfToken;
      const headers = { cookie, 'x-csrf-token': csrf };
      const accepted = await app.inject({
        method: 'POST',
        url: '/api/case-invitations/accept',
        headers,
        payload: { token },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      // The whole-case backup holds the audio: it needs the grant.
      const backup = () => app.inject({ method: 'GET', url: `/api/cases/${caseId}/backup.zip`, headers });

      expect((await members()).find((m) => m.email === 'bo@example.org')).toMatchObject({
        role: 'advocate',
        audioGranted: true,
      });
      expect((await backup()).statusCode).toBe(200);

      const off = await runCli(['case', 'grant-audio', caseId, '--email', 'bo@example.org', '--off'], env);
      expect(off.code, off.stderr).toBe(0);
      expect(off.stdout).toContain('bo@example.org can no longer download recordings or clips');
      expect((await members()).find((m) => m.email === 'bo@example.org')).toMatchObject({
        audioGranted: false,
        audioGrantedAt: null,
      });
      expect((await backup()).statusCode).toBe(403);

      const on = await runCli(['case', 'grant-audio', caseId, '--email', 'bo@example.org', '--json'], env);
      expect(on.code, on.stderr).toBe(0);
      expect(JSON.parse(on.stdout)).toMatchObject({ email: 'bo@example.org', audioGranted: true });
      expect((await backup()).statusCode).toBe(200);
    } finally {
      await app.close();
      await storage.close();
    }
  });
});
