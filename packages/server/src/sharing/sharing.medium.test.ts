import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_REFUSALS } from '@iep/core';
import { MESSAGES } from '../http/errors.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Sharing through the API on both databases: invitations (one-time, 7 days, revocable), roles enforced by the one
// access check, a removed member refused on their next request, the paper trail, the advocate's caseload.

const targets = await storageTargets();

describe.each(targets)('sharing a case on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;

    const newCase = async (session: Session, name: string) => {
      const file = exampleCase();
      (file.student as { name: string }).name = name;
      const made = await t.as(session, 'POST', '/api/cases/import', file);
      return made.json<{ id: string }>().id;
    };
    const invite = async (session: Session, id: string, email: string, role: string, note = '') => {
      const made = await t.as(session, 'POST', `/api/cases/${id}/invitations`, { email, role, note });
      expect(made.statusCode, made.body).toBe(201);
      const body = made.json<{ invitation: { id: string }; link: string }>();
      return { id: body.invitation.id, token: new URL(body.link).searchParams.get('invite') ?? '' };
    };
    const accept = (session: Session, token: string) =>
      t.as(session, 'POST', '/api/case-invitations/accept', { token });

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('maria@example.org');
      caseId = await newCase(owner, 'Lena Quill');
    }, 60_000);
    afterAll(async () => t?.close());

    it('lets an advocate read, add notes and draft, and refuses deleting and audio files with a plain 403', async () => {
      const advocate = await t.signUp('ada@example.org');
      const { token } = await invite(owner, caseId, 'ada@example.org', 'advocate', 'The reading goal');
      const joined = await accept(advocate, token);
      expect(joined.json()).toEqual({ caseId, role: 'advocate' });
      expect((await t.as(advocate, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
      const del = await t.as(advocate, 'DELETE', `/api/cases/${caseId}`);
      expect(del.statusCode).toBe(403);
      expect(del.json()).toEqual({ error: PERMISSION_REFUSALS['delete-case'] });
      const share = await t.as(advocate, 'POST', `/api/cases/${caseId}/invitations`, {
        email: 'x@example.org',
        role: 'viewer',
      });
      expect(share.json()).toEqual({ error: PERMISSION_REFUSALS['manage-members'] });
      const draft = await t.as(advocate, 'PUT', `/api/cases/${caseId}/letters/recording-notice/draft`, {
        answers: {},
      });
      expect(draft.statusCode).not.toBe(403);
      // The link worked once.
      expect((await accept(advocate, token)).statusCode).toBe(410);
      const trail = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).body;
      expect(trail).toContain('member.joined');
      expect(trail).toContain('member.access');
    });

    it('refuses a link for another email, a revoked link and an expired one', async () => {
      const bea = await t.signUp('bea@example.org');
      const wrong = await invite(owner, caseId, 'someone@example.org', 'viewer');
      expect((await accept(bea, wrong.token)).statusCode).toBe(422);
      const revoked = await invite(owner, caseId, 'bea@example.org', 'viewer');
      expect((await t.as(owner, 'DELETE', `/api/cases/${caseId}/invitations/${revoked.id}`)).statusCode).toBe(
        204,
      );
      expect((await accept(bea, revoked.token)).statusCode).toBe(410);
      const late = await invite(owner, caseId, 'bea@example.org', 'viewer');
      // Its 7 days are over (the row says so; moving the clock a week would also end the session).
      await t.storage.db
        .updateTable('case_invitations')
        .set({ expires_at: t.clock.now.toISOString() })
        .where('id', '=', late.id)
        .execute();
      const expired = await accept(bea, late.token);
      expect(expired.statusCode).toBe(410);
      expect(expired.json<{ error: string }>().error).toContain('expired');
      expect((await t.as(bea, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    });

    it('ends a removed member’s access on their next request, and keeps strangers out like a missing case', async () => {
      const cal = await t.signUp('cal@example.org');
      await accept(cal, (await invite(owner, caseId, 'cal@example.org', 'co-parent')).token);
      expect((await t.as(cal, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
      const members = (await t.as(owner, 'GET', `/api/cases/${caseId}/members`)).json<{
        members: { id: string; email: string; role: string }[];
      }>().members;
      const memberId = members.find((m) => m.email === 'cal@example.org')?.id ?? '';
      expect((await t.as(owner, 'DELETE', `/api/cases/${caseId}/members/${memberId}`)).statusCode).toBe(204);
      const after = await t.as(cal, 'GET', `/api/cases/${caseId}`);
      expect(after.statusCode).toBe(404);
      expect(after.json()).toEqual({ error: MESSAGES.caseNotFound });
      const ownerRow = members.find((m) => m.role === 'owner')?.id ?? '';
      expect((await t.as(owner, 'DELETE', `/api/cases/${caseId}/members/${ownerRow}`)).statusCode).toBe(404);
    });

    it('shows an advocate every family that invited them, and only those', async () => {
      const other = await t.signUp('pat@example.org');
      const otherCase = await newCase(other, 'Omar Pike');
      await newCase(other, 'Never Shared');
      const advocate = await t.signUp('dee@example.org');
      await accept(
        advocate,
        (await invite(owner, caseId, 'dee@example.org', 'advocate', 'The IEP goals')).token,
      );
      await accept(advocate, (await invite(other, otherCase, 'dee@example.org', 'advocate')).token);
      const caseload = (await t.as(advocate, 'GET', '/api/caseload')).json<{
        families: { case: { studentName: string }; role: string; note: string; overdue: number }[];
      }>();
      expect(caseload.families.map((f) => f.case.studentName).sort()).toEqual(['Lena Quill', 'Omar Pike']);
      expect(caseload.families.find((f) => f.case.studentName === 'Lena Quill')?.note).toBe('The IEP goals');
      for (const f of caseload.families) expect(f.overdue).toBeGreaterThanOrEqual(0);
      // The case list holds the shared cases with the role, never another family's case.
      const list = (await t.as(advocate, 'GET', '/api/cases')).json<{
        cases: { studentName: string; role: string }[];
      }>().cases;
      expect(list.map((c) => `${c.studentName}:${c.role}`).sort()).toEqual([
        'Lena Quill:advocate',
        'Omar Pike:advocate',
      ]);
      const own = (await t.as(other, 'GET', '/api/cases')).json<{ cases: { role: string }[] }>().cases;
      expect(own.map((c) => c.role)).toEqual(['owner', 'owner']);
    });
  });
});
