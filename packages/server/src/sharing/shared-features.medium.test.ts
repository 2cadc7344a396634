import { PERMISSION_REFUSALS } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// Members' writes on the features that came after sharing, on both databases (the authorization matrix sends
// members' reads only): a co-parent acts on the owner's case, an advocate and a viewer get the plain 403, shared
// links stay with the family, and a public link opens the same for a signed-in member as for anyone.

const targets = await storageTargets();

describe.each(targets)('members on shared links and the way up on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let w: World;
    const base = () => `/api/cases/${w.caseId}`;
    const clip = { fromMs: 100, toMs: 600, title: 'Breaks in math', audience: 'teacher', expiresInDays: 7 };

    beforeAll(async () => {
      t = await createTestApp(target, {}, { transcription: waitingEngine() });
      w = await buildWorld(t, 'parent', 'Juniper Vale');
    }, 120_000);
    afterAll(async () => t?.close());

    it("lets a co-parent make and revoke a clip link of the owner's case; a signed-in member opens it like anyone", async () => {
      const coParent = w.members['co-parent'];
      const made = await t.as(coParent, 'POST', `${base()}/recordings/${w.recordingId}/links`, clip);
      expect(made.statusCode, made.body).toBe(201);
      const link = made.json<{ id: string }>();
      const listed = await t.as(w.session, 'GET', `${base()}/links`);
      expect(listed.json<{ links: { id: string }[] }>().links.map((l) => l.id)).toContain(link.id);
      // The public route is outside the case check: a viewer's session changes nothing about it.
      const opened = await t.as(w.members.viewer, 'POST', `/api/links/${link.id}/open`, {});
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.body).not.toContain(w.caseId);
      const revoked = await t.as(coParent, 'DELETE', `${base()}/links/${link.id}`);
      expect(revoked.statusCode, revoked.body).toBe(204);
      expect((await t.as(w.members.viewer, 'POST', `/api/links/${link.id}/open`, {})).statusCode).toBe(404);
    });

    it('refuses an advocate and a viewer every shared-link route with the plain sentence, and changes nothing', async () => {
      const before = await t.as(w.session, 'GET', `${base()}/links`);
      for (const role of ['advocate', 'viewer'] as const) {
        const member = w.members[role];
        for (const [method, url, body] of [
          ['POST', `${base()}/recordings/${w.recordingId}/links`, clip],
          ['GET', `${base()}/links`, undefined],
          ['DELETE', `${base()}/links/${w.linkId}`, undefined],
          [
            'POST',
            `${base()}/student-views`,
            { title: 'For you', expiresInDays: 5, items: [{ note: 'Hi.', linkId: null }] },
          ],
          ['DELETE', `${base()}/student-views/${w.studentViewId}`, undefined],
        ] as const) {
          const answer = await t.as(member, method, url, body);
          expect(answer.statusCode, `${role} ${method} ${url}`).toBe(403);
          expect(answer.json()).toEqual({ error: PERMISSION_REFUSALS['export-audio'] });
        }
      }
      expect((await t.as(w.session, 'GET', `${base()}/links`)).body).toBe(before.body);
    });

    it('lets a co-parent change the date they knew, on the paper trail; an advocate and a viewer may only read it', async () => {
      const url = `${base()}/escalation/known-dates/letter:${w.sentLetterId}`;
      const set = await t.as(w.members['co-parent'], 'PUT', url, { knewOn: null });
      expect(set.statusCode, set.body).toBe(200);
      for (const role of ['advocate', 'viewer'] as const) {
        expect((await t.as(w.members[role], 'GET', `${base()}/escalation`)).statusCode).toBe(200);
        const refused = await t.as(w.members[role], 'PUT', url, { knewOn: null });
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toEqual({ error: PERMISSION_REFUSALS['write-case'] });
      }
      const trail = (await t.as(w.session, 'GET', `${base()}/timeline`)).body;
      expect(trail).toContain('PUT /api/cases/:id/escalation/known-dates/:eventId');
    });
  });
});
