import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { PASSWORD, createTestApp, type TestApp } from '../test-support/test-app.js';
import { buildApp } from '../app/app.js';

// Issue 10: the sign-in limit was per IP+email pair, so 15 tries at 15 emails all got 401, and it lived in memory,
// so a restart reset it. Now failures count per IP and per email, in the database.

const targets = await storageTargets();

describe.each(targets)('sign-in limits on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(target);
      await t.signUp('owner@example.org');
    });
    afterAll(async () => t?.close());

    const attempt = (app: TestApp['app'], email: string, ip: string, password = 'wrong password here') =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email, password },
        remoteAddress: ip,
      });

    it('stops one address trying many emails after 10 failures, and keeps the stop across a restart', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++)
        statuses.push((await attempt(t.app, `person${i}@example.org`, '10.0.0.1')).statusCode);
      expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(5).fill(429)]);
      const refused = await attempt(t.app, 'someone@example.org', '10.0.0.1');
      expect(refused.json()).toEqual({
        error: 'Too many sign-in attempts. Wait 15 minutes, then try again.',
      });
      // Even the right password waits: the address is stopped before any password is checked.
      expect((await attempt(t.app, 'owner@example.org', '10.0.0.1', PASSWORD)).statusCode).toBe(429);
      // Another address is not stopped.
      expect((await attempt(t.app, 'owner@example.org', '10.0.0.2', PASSWORD)).statusCode).toBe(200);

      // A new app over the same database (a restart) still refuses.
      const restarted = await buildApp(t.config, t.storage, { now: () => t.clock.now });
      try {
        expect((await attempt(restarted, 'person0@example.org', '10.0.0.1')).statusCode).toBe(429);
        // 15 minutes later the address may try again.
        t.clock.now = new Date(t.clock.now.getTime() + 15 * 60_000 + 1000);
        expect((await attempt(restarted, 'person0@example.org', '10.0.0.1')).statusCode).toBe(401);
      } finally {
        await restarted.close();
      }
    });

    it('stops tries at one email from many addresses after 10 failures', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await attempt(t.app, 'owner@example.org', `10.1.0.${i}`)).statusCode);
      expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
      expect((await attempt(t.app, 'owner@example.org', '10.1.1.1', PASSWORD)).statusCode).toBe(429);
      expect((await attempt(t.app, 'other@example.org', '10.1.1.1')).statusCode).toBe(401);
    });

    it('does not count a good sign-in against the address', async () => {
      t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
      for (let i = 0; i < 12; i++)
        expect((await attempt(t.app, 'owner@example.org', '10.2.0.1', PASSWORD)).statusCode).toBe(200);
    });
  });
});
