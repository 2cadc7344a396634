import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_PROBLEMS } from './password-strength.js';
import { storageTargets } from '../test-support/storage-targets.js';
import {
  PASSWORD,
  createTestApp,
  sessionCookie,
  type Session,
  type TestApp,
} from '../test-support/test-app.js';

// Issue 10: anyone who reached the server could make an account. Now, after the owner, accounts come by an
// invitation the owner makes (or IEP_ALLOW_SIGNUP=true for hosted set-ups); weak passwords are refused.

const targets = await storageTargets();

interface Made {
  invitation: { id: string; email: string; status: string; expiresAt: string };
  link: string;
}

describe.each(targets)('account invitations on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;

    const signUp = (email: string, invite?: string, password = PASSWORD) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Invited Person', email, password, ...(invite === undefined ? {} : { invite }) },
      });
    const invite = async (email: string, as = owner) => {
      const answer = await t.as(as, 'POST', '/api/account-invitations', { email });
      expect(answer.statusCode, answer.body).toBe(201);
      const made = answer.json<Made>();
      return { ...made, token: new URL(made.link).searchParams.get('invite') ?? '' };
    };
    const check = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/invitation', payload: { token } });

    beforeAll(async () => {
      // Sessions outlive the clock jumps below (an invitation expires after 7 days).
      t = await createTestApp(target, { IEP_SESSION_HOURS: '720' });
      owner = await t.signUp('owner@example.org');
    });
    afterAll(async () => t?.close());

    it('refuses a sign-up without an invitation once the owner exists', async () => {
      const answer = await signUp('walk-in@example.org');
      expect(answer.statusCode).toBe(403);
      expect(answer.json()).toEqual({
        error:
          'New accounts here need an invitation. Ask the owner of this app to invite you, then open the link they give you.',
      });
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
        needsOwner: false,
        signupOpen: false,
      });
    });

    it('lets the invited person make an account once, with the invited email only', async () => {
      const made = await invite('  Guest@Example.org ');
      expect(made.invitation).toMatchObject({ email: 'guest@example.org', status: 'pending' });
      expect(made.invitation.expiresAt).toBe('2026-11-30T15:00:00.000Z'); // 7 days
      expect(made.link).toMatch(/^http:\/\/localhost(:80)?\/signup\?invite=[\w-]{40,}$/);
      expect((await check(made.token)).json()).toEqual({
        email: 'guest@example.org',
        status: 'pending',
        message: null,
      });

      const wrongEmail = await signUp('someone-else@example.org', made.token);
      expect(wrongEmail.statusCode).toBe(422);
      expect(wrongEmail.json<{ error: string }>().error).toBe(
        'This invitation is for guest@example.org. Sign up with that email address, or ask for a new link.',
      );
      const made2 = await signUp('guest@example.org', made.token);
      expect(made2.statusCode).toBe(201);
      expect(made2.json()).toMatchObject({ user: { email: 'guest@example.org', role: 'member' } });
      sessionCookie(made2);

      const again = await signUp('guest2@example.org', made.token);
      expect(again.statusCode).toBe(410);
      expect(again.json<{ error: string }>().error).toBe(
        'This invitation has already been used. Sign in instead, or ask for a new link.',
      );
      expect((await check(made.token)).json()).toMatchObject({ status: 'used' });
      // Only the token's hash is stored.
      const rows = await t.storage.db.selectFrom('account_invitations').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(made.token);
    });

    it('lets only the owner invite, list and cancel', async () => {
      const member = await t.signUp('member@example.org');
      const made = await invite('friend@example.org');
      for (const answer of [
        await t.as(member, 'POST', '/api/account-invitations', { email: 'x@example.org' }),
        await t.as(member, 'GET', '/api/account-invitations'),
        await t.as(member, 'DELETE', `/api/account-invitations/${made.invitation.id}`),
      ]) {
        expect(answer.statusCode).toBe(403);
        expect(answer.json<{ error: string }>().error).toMatch(/Only the owner/);
      }
      const noCsrf = await t.as(
        owner,
        'POST',
        '/api/account-invitations',
        { email: 'y@example.org' },
        { csrf: false },
      );
      expect(noCsrf.statusCode).toBe(403);
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/account-invitations' });
      expect(anonymous.statusCode).toBe(401);
      // An account that exists already needs no invitation.
      const taken = await t.as(owner, 'POST', '/api/account-invitations', { email: 'member@example.org' });
      expect(taken.statusCode).toBe(409);
    });

    it('cancels a link, replaces an older link for the same email, and lets links expire', async () => {
      const cancelled = await invite('cancel@example.org');
      expect(
        (await t.as(owner, 'DELETE', `/api/account-invitations/${cancelled.invitation.id}`)).statusCode,
      ).toBe(204);
      const refused = await signUp('cancel@example.org', cancelled.token);
      expect([refused.statusCode, refused.json<{ error: string }>().error]).toEqual([
        410,
        'This invitation was cancelled. Ask the person who invited you for a new link.',
      ]);

      const first = await invite('twice@example.org');
      const second = await invite('twice@example.org');
      expect((await check(first.token)).json()).toMatchObject({ status: 'revoked' });
      expect((await check(second.token)).json()).toMatchObject({ status: 'pending' });

      const list = (await t.as(owner, 'GET', '/api/account-invitations')).json<{
        invitations: { id: string; status: string }[];
      }>().invitations;
      expect(list.find((i) => i.id === cancelled.invitation.id)?.status).toBe('revoked');
      expect(list.find((i) => i.id === second.invitation.id)?.status).toBe('pending');
      expect(JSON.stringify(list)).not.toContain(second.token);

      t.clock.now = new Date(t.clock.now.getTime() + 7 * 24 * 3600_000 + 1000);
      const expired = await signUp('twice@example.org', second.token);
      expect([expired.statusCode, expired.json<{ error: string }>().error]).toEqual([
        410,
        'This invitation has expired. Ask the person who invited you for a new link.',
      ]);
      expect((await check(second.token)).json()).toMatchObject({
        status: 'expired',
        message: 'This invitation has expired. Ask the person who invited you for a new link.',
      });
      expect((await check('not-a-real-token')).statusCode).toBe(404);
    });

    it('refuses blank, repeated and common passwords with the reason on the password field', async () => {
      for (const [password, reason] of [
        [' '.repeat(10), PASSWORD_PROBLEMS.blank],
        ['password12', PASSWORD_PROBLEMS.common],
        ['zzzzzzzzzzzz', PASSWORD_PROBLEMS.repeated],
      ] as const) {
        const made = await invite(`weak${password.length}${reason.length}@example.org`);
        const answer = await signUp(made.invitation.email, made.token, password);
        expect(answer.statusCode, password).toBe(400);
        expect(answer.json<{ problems: { path: string; message: string }[] }>().problems).toEqual([
          { path: '$.password', message: reason },
        ]);
        // The link still works for a better password.
        expect((await check(made.token)).json()).toMatchObject({ status: 'pending' });
      }
    });
  });
});

describe.each(targets)('open sign-up (IEP_ALLOW_SIGNUP=true) on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(target, { IEP_ALLOW_SIGNUP: 'true' });
    });
    afterAll(async () => t?.close());

    it('lets anyone make an account when the set-up asks for it, but still refuses weak passwords', async () => {
      await t.signUp('owner@example.org');
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
        needsOwner: false,
        signupOpen: true,
      });
      const open = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Walk In', email: 'walk-in@example.org', password: PASSWORD },
      });
      expect(open.statusCode).toBe(201);
      const weak = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Weak', email: 'weak@example.org', password: 'password12' },
      });
      expect(weak.statusCode).toBe(400);
    });
  });
});
