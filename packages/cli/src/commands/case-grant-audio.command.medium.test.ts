import { describe, expect, it } from 'vitest';
import { SHARING_MESSAGES } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';
import { signUpFromLink, useCliCase, withServer } from '../test-support/cli-case.js';

// iep case share --audio invites an advocate who may download recordings from joining on; iep case grant-audio
// withdraws (--off) and grants it again for a member; members --json shows it; the server's check follows at once.

const NOW = new Date('2026-11-24T12:00:00Z');

interface Member {
  email: string;
  role: string;
  audioGranted: boolean;
  audioGrantedAt: string | null;
}

describe('iep case share --audio / grant-audio', () => {
  const fx = useCliCase('audio');

  const members = async () =>
    (
      JSON.parse((await runCli(['case', 'members', fx.caseId, '--json'], fx.env)).stdout) as {
        members: Member[];
      }
    ).members;

  it('refuses --audio for anyone but an advocate, and grant-audio for someone not on the case', async () => {
    const viewer = await runCli(
      ['case', 'share', fx.caseId, '--email', 'v@example.org', '--role', 'viewer', '--audio'],
      fx.env,
    );
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toContain(SHARING_MESSAGES.audioForAdvocates);
    const owner = await runCli(['case', 'grant-audio', fx.caseId, '--email', 'maria@example.org'], fx.env);
    expect(owner.code).toBe(1);
    expect(owner.stderr).toContain('is not a member of this case');
  });

  it('invites an advocate with audio, withdraws it and grants it again; the server follows on the next request', async () => {
    const shared = await runCli(
      ['case', 'share', fx.caseId, '--email', 'bo@example.org', '--role', 'advocate', '--audio', '--json'],
      fx.env,
    );
    expect(shared.code, shared.stderr).toBe(0);
    const out = JSON.parse(shared.stdout) as { link: string; audioGranted: boolean };
    expect(out.audioGranted).toBe(true);

    await withServer(fx.env, NOW, async (app) => {
      const { token, as } = await signUpFromLink(app, out.link, { name: 'Bo', email: 'bo@example.org' });
      const accepted = await as('POST', '/api/case-invitations/accept', { token });
      expect(accepted.statusCode, accepted.body).toBe(200);
      // The whole-case backup holds the audio: it needs the grant.
      const backup = () => as('GET', `/api/cases/${fx.caseId}/backup.zip`);

      expect((await members()).find((m) => m.email === 'bo@example.org')).toMatchObject({
        role: 'advocate',
        audioGranted: true,
      });
      expect((await backup()).statusCode).toBe(200);

      const off = await runCli(
        ['case', 'grant-audio', fx.caseId, '--email', 'bo@example.org', '--off'],
        fx.env,
      );
      expect(off.code, off.stderr).toBe(0);
      expect(off.stdout).toContain('bo@example.org can no longer download recordings or clips');
      expect((await members()).find((m) => m.email === 'bo@example.org')).toMatchObject({
        audioGranted: false,
        audioGrantedAt: null,
      });
      expect((await backup()).statusCode).toBe(403);

      const on = await runCli(
        ['case', 'grant-audio', fx.caseId, '--email', 'bo@example.org', '--json'],
        fx.env,
      );
      expect(on.code, on.stderr).toBe(0);
      expect(JSON.parse(on.stdout)).toMatchObject({ email: 'bo@example.org', audioGranted: true });
      expect((await backup()).statusCode).toBe(200);
    });
  });
});
