import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { PASSWORD, createTestApp, sessionCookie, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

describe.each(targets)('auth and request safety on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      // Open sign-up (hosted set-ups): these tests are about sign-up checks, not invitations (see
      // account-invitations.medium.test.ts for the default, closed sign-up).
      t = await createTestApp(target, {
        IEP_ALLOW_SIGNUP: 'true',
        IEP_SIGNIN_LIMIT_PER_15_MIN: '3',
        IEP_SIGNIN_IP_LIMIT_PER_15_MIN: '100',
      });
    });
    afterAll(async () => t?.close());

    it('asks for an owner on first run, then makes the first account the owner and later ones members', async () => {
      const before = await t.app.inject({ method: 'GET', url: '/api/setup' });
      expect(before.json()).toEqual({ needsOwner: true, signupOpen: true });

      const first = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Maria', email: '  Maria@Example.org ', password: PASSWORD },
      });
      expect(first.statusCode).toBe(201);
      const cookie = first.cookies.find((c) => c.name === 'iep_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Lax');
      expect(cookie?.path).toBe('/');
      expect(first.json()).toMatchObject({
        user: { email: 'maria@example.org', name: 'Maria', role: 'owner' },
      });
      expect(first.json<{ csrfToken: string }>().csrfToken).toMatch(/^[\w-]{40,}$/);

      const after = await t.app.inject({ method: 'GET', url: '/api/setup' });
      expect(after.json()).toEqual({ needsOwner: false, signupOpen: true });

      const second = await t.signUp('second@example.org');
      const me = await t.as(second, 'GET', '/api/auth/me');
      expect(me.json()).toMatchObject({
        user: { email: 'second@example.org', role: 'member' },
        csrfToken: second.csrf,
      });
    });

    it('refuses a second account with the same email (any case) with 409', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Other', email: 'MARIA@example.org', password: PASSWORD },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json<{ error: string }>().error).toMatch(/already exists/);
    });

    it('refuses short passwords with the field named', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Short', email: 'short@example.org', password: 'nine-char' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ problems: { path: string }[] }>().problems.map((p) => p.path)).toEqual([
        '$.password',
      ]);
    });

    it('signs in, and gives the same 401 for a wrong password and an unknown email', async () => {
      const good = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'maria@example.org', password: PASSWORD },
      });
      expect(good.statusCode).toBe(200);
      expect(good.json()).toMatchObject({ user: { email: 'maria@example.org' } });

      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'maria@example.org', password: 'not the password' },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'nobody@example.org', password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
      expect(wrong.cookies).toHaveLength(0);
    });

    it('rate limits sign-in per IP and email with 429 and a plain message', async () => {
      const attempt = (email: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/signin',
          payload: { email, password: 'wrong password' },
        });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt('limited@example.org')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const limited = await attempt('limited@example.org');
      expect(limited.json<{ error: string }>().error).toMatch(/Too many sign-in attempts/);
      // Another email from the same address has its own count.
      expect((await attempt('other@example.org')).statusCode).toBe(401);
    });

    it('refuses a cross-site sign-up or sign-in with 403', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        payload: { email: 'maria@example.org', password: PASSWORD },
      });
      expect(response.statusCode).toBe(403);
    });

    it('needs the CSRF token on writes: missing or wrong gives 403 and changes nothing', async () => {
      const s = await t.signUp('csrf@example.org');
      const body = { student: { name: 'A' }, parents: [] };
      expect((await t.as(s, 'POST', '/api/cases', body, { csrf: false })).statusCode).toBe(403);
      expect((await t.as(s, 'POST', '/api/cases', body, { csrf: 'wrong-token' })).statusCode).toBe(403);
      const list = await t.as(s, 'GET', '/api/cases');
      expect(list.json()).toEqual({ cases: [] });
    });

    it('ends an expired session with 401 and deletes it', async () => {
      const s = await t.signUp('expired@example.org');
      expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(200);
      // 31 days later: past both the idle and the absolute limit.
      const before = t.clock.now;
      t.clock.now = new Date(before.getTime() + 31 * 24 * 3600 * 1000);
      const response = await t.as(s, 'GET', '/api/cases').finally(() => {
        t.clock.now = before;
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'Your session has ended. Please sign in again.' });
      const left = await t.storage.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', s.userId)
        .execute();
      expect(left).toEqual([]);
    });

    it('ends a session after the idle time even without touching the database', async () => {
      const s = await t.signUp('idle@example.org');
      const start = t.clock.now;
      try {
        t.clock.now = new Date(start.getTime() + 13 * 3600 * 1000);
        expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
      } finally {
        t.clock.now = start;
      }
    });

    it('signs out: 204, cookie cleared, the old cookie no longer works', async () => {
      const s = await t.signUp('signout@example.org');
      expect((await t.as(s, 'POST', '/api/auth/signout', undefined, { csrf: false })).statusCode).toBe(403);
      const out = await t.as(s, 'POST', '/api/auth/signout');
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === 'iep_session')?.value).toBe('');
      expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
    });

    it('answers 401 without a session', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/cases' });
      expect(response.statusCode).toBe(401);
      expect(response.json<{ error: string }>().error).toMatch(/sign in/i);
    });

    it('answers malformed JSON with 400 and a plain message', async () => {
      const s = await t.signUp('json@example.org');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        payload: '{"student": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'The request body is not valid JSON.' });
    });

    it('refuses bodies over the limit with 413 (1 MB, 5 MB for import)', async () => {
      const s = await t.signUp('big@example.org');
      const big = { student: { name: 'x'.repeat(1024 * 1024 + 10) }, parents: [] };
      const response = await t.as(s, 'POST', '/api/cases', big);
      expect(response.statusCode).toBe(413);
      expect(response.json<{ error: string }>().error).toMatch(/too large/);
      // The same size is fine for import: it is refused as an invalid case (422), not as too large.
      expect((await t.as(s, 'POST', '/api/cases/import', big)).statusCode).toBe(422);
      const huge = { notes: 'x'.repeat(5 * 1024 * 1024 + 10) };
      expect((await t.as(s, 'POST', '/api/cases/import', huge)).statusCode).toBe(413);
    });

    it('sets the security headers and never caches API answers', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.json()).toEqual({ ok: true });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('answers an unknown API address with a JSON 404 and / with a page saying the web app is not built', async () => {
      const api = await t.app.inject({ method: 'GET', url: '/api/nope' });
      expect(api.statusCode).toBe(404);
      expect(api.json<{ error: string }>().error).toMatch(/no such API/);
      const home = await t.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('npm run build');
    });

    it('keeps a session cookie usable across requests (sign-in cookie works on /me)', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'maria@example.org', password: PASSWORD },
      });
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: sessionCookie(response) },
      });
      expect(me.statusCode).toBe(200);
    });
  });
});
