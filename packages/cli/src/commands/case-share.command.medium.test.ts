import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { signUpFromLink, useCliCase, withServer } from '../test-support/cli-case.js';

// iep case share prints a one-time link that makes the invitee's account and joins them to the case; members lists
// them with their role; unshare ends their access at once (their next request answers 404).

const NOW = new Date('2026-11-24T12:00:00Z');

describe('iep case share / members / unshare', () => {
  const fx = useCliCase('share');

  it('refuses a role that cannot be handed out, and a case that is not there', async () => {
    const owner = await runCli(
      ['case', 'share', fx.caseId, '--email', 'a@example.org', '--role', 'owner'],
      fx.env,
    );
    expect(owner.code).toBe(1);
    expect(owner.stderr).toContain('one of these roles: co-parent, advocate, viewer');
    const missing = await runCli(
      ['case', 'share', 'nope', '--email', 'a@example.org', '--role', 'viewer'],
      fx.env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no case with the id nope.');
  });

  it('shares, lists, lets the link join once, and unshares', async () => {
    const shared = await runCli(
      ['case', 'share', fx.caseId, '--email', 'Ada@Example.org', '--role', 'advocate', '--json'],
      { ...fx.env, IEP_PUBLIC_URL: 'https://iep.example.org' },
    );
    expect(shared.code, shared.stderr).toBe(0);
    const out = JSON.parse(shared.stdout) as { email: string; role: string; link: string; expiresAt: string };
    expect(out).toMatchObject({ email: 'ada@example.org', role: 'advocate' });
    expect(out.link).toMatch(/^https:\/\/iep\.example\.org\/join\?invite=[\w-]{40,}$/);

    const listed = JSON.parse((await runCli(['case', 'members', fx.caseId, '--json'], fx.env)).stdout) as {
      members: { email: string; role: string }[];
      invitations: { email: string; role: string; status: string }[];
    };
    expect(listed.members.map((m) => [m.email, m.role])).toEqual([['maria@example.org', 'owner']]);
    expect(listed.invitations).toMatchObject([
      { email: 'ada@example.org', role: 'advocate', status: 'pending' },
    ]);

    await withServer(fx.env, NOW, async (app) => {
      // The same link makes the account (no account had this email) and then joins the case.
      const { token, as } = await signUpFromLink(app, out.link, { name: 'Ada', email: 'ada@example.org' });
      expect((await as('POST', '/api/case-invitations/accept', { token })).statusCode).toBe(200);
      expect((await as('POST', '/api/case-invitations/accept', { token })).statusCode).toBe(410);
      expect((await as('GET', `/api/cases/${fx.caseId}`)).statusCode).toBe(200);

      const members = JSON.parse((await runCli(['case', 'members', fx.caseId, '--json'], fx.env)).stdout) as {
        members: { email: string; role: string }[];
      };
      expect(members.members.map((m) => m.role)).toEqual(['owner', 'advocate']);

      const removed = await runCli(['case', 'unshare', fx.caseId, '--email', 'ada@example.org'], fx.env);
      expect(removed.code, removed.stderr).toBe(0);
      expect((await as('GET', `/api/cases/${fx.caseId}`)).statusCode).toBe(404);
      const again = await runCli(['case', 'unshare', fx.caseId, '--email', 'ada@example.org'], fx.env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('is not a member of this case');
    });
  });
});
