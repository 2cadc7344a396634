import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { MEMBER_READ_WINDOW_MS } from './case-access-hook.js';

// A member's reads are on the case's paper trail without flooding it: one entry per member and route per window,
// a new one once the window is over, and every change each time. Both databases.

const targets = await storageTargets();

describe.each(targets)('the paper trail of a member on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;

    const accessEntries = async (route: string) => {
      const events = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).json<{
        events: { kind: string; data: { route?: string; userId?: string } }[];
      }>().events;
      return events.filter((e) => e.kind === 'member.access' && e.data.route === route);
    };

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('maria@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    }, 60_000);
    afterAll(async () => t?.close());

    it('writes one read entry per member and route per window, and every change', async () => {
      const advocate = await t.signUp('ada@example.org');
      const made = await t.as(owner, 'POST', `/api/cases/${caseId}/invitations`, {
        email: 'ada@example.org',
        role: 'advocate',
      });
      const token = new URL(made.json<{ link: string }>().link).searchParams.get('invite') ?? '';
      expect((await t.as(advocate, 'POST', '/api/case-invitations/accept', { token })).statusCode).toBe(200);

      for (let i = 0; i < 3; i += 1)
        expect((await t.as(advocate, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
      expect(await accessEntries('GET /api/cases/:id')).toHaveLength(1);

      // The owner's own reads never go on it.
      await t.as(owner, 'GET', `/api/cases/${caseId}`);
      expect(await accessEntries('GET /api/cases/:id')).toHaveLength(1);

      t.clock.now = new Date(t.clock.now.getTime() + MEMBER_READ_WINDOW_MS - 1000);
      await t.as(advocate, 'GET', `/api/cases/${caseId}`);
      expect(await accessEntries('GET /api/cases/:id')).toHaveLength(1);
      t.clock.now = new Date(t.clock.now.getTime() + 2000);
      await t.as(advocate, 'GET', `/api/cases/${caseId}`);
      const reads = await accessEntries('GET /api/cases/:id');
      expect(reads).toHaveLength(2);
      expect(reads.every((e) => e.data.userId !== undefined)).toBe(true);

      const draftRoute = 'PUT /api/cases/:id/letters/:kind/draft';
      for (let i = 0; i < 2; i += 1) {
        const draft = await t.as(advocate, 'PUT', `/api/cases/${caseId}/letters/recording-notice/draft`, {
          answers: {},
        });
        expect(draft.statusCode).toBeLessThan(400);
      }
      expect(await accessEntries(draftRoute)).toHaveLength(2);
    });
  });
});
