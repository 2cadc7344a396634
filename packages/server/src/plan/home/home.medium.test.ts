import { homeSchema, type Home } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptCaseInvitation,
  inviteToCase,
  removeCaseMember,
} from '../../sharing/case-invitations.service.js';
import { listMembers } from '../../sharing/members.repository.js';
import { findCaseStamp } from '../../cases/cases.repository.js';
import { readCasePlanInputs, readPlanInputs, type PlanInputs } from '../plan-inputs.repository.js';
import { storageTargets } from '../../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../../test-support/test-app.js';

// The home page's route through the real server, on SQLite and PostgreSQL: the owner's case with its meeting in
// days, the next steps, a late Sunshine answer and the plan's count; a member sees the shared case with their role
// and the family's note; a stranger sees only their own case; a removed member's case is gone; signed out: 401.

const targets = await storageTargets();

describe.each(targets)('home on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let advocate: Session;
    let viewer: Session;
    let caseId: string;
    let strangerCaseId: string;
    const home = async (who: Session): Promise<Home> => {
      const r = await t.as(who, 'GET', '/api/home');
      expect(r.statusCode, r.body).toBe(200);
      return homeSchema.parse(r.json());
    };

    beforeAll(async () => {
      t = await createTestApp(target);
      // Wednesday Dec 2, 9:00 AM in Missouri: the meeting (Monday Dec 7) is 5 days away.
      t.clock.now = new Date('2026-12-02T15:00:00Z');
      owner = await t.signUp('home-owner@example.org');
      stranger = await t.signUp('home-stranger@example.org');
      advocate = await t.signUp('home-advocate@example.org');
      viewer = await t.signUp('home-viewer@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const other = { ...exampleCase(), student: { ...(exampleCase().student as object), name: 'Sam Pike' } };
      strangerCaseId = (await t.as(stranger, 'POST', '/api/cases/import', other)).json<{ id: string }>().id;
      const letters = `/api/cases/${caseId}/letters`;
      const draft = await t.as(owner, 'PUT', `${letters}/records-request/draft`, {
        answers: { records: ['service-logs'], publicRecords: ['sped-policies'] },
      });
      expect(draft.statusCode, draft.body).toBe(200);
      const sent = await t.as(owner, 'POST', `${letters}/records-request/sent`, {
        method: 'email',
        sentAt: '2026-11-23T09:00:00-06:00',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const by = { id: owner.userId, name: 'Maria' };
      for (const [who, role, note] of [
        [advocate, 'advocate', 'The reading goal'],
        [viewer, 'viewer', ''],
      ] as const) {
        const email = who === advocate ? 'home-advocate@example.org' : 'home-viewer@example.org';
        const { token } = await inviteToCase(
          t.storage,
          { caseId, invitedBy: by, email, role, note },
          t.clock.now,
        );
        await acceptCaseInvitation(t.storage, token, { id: who.userId, name: email, email }, t.clock.now);
      }
    });
    afterAll(async () => t?.close());

    it('shows the owner’s case: the meeting in days, three steps, the late answer and the count', async () => {
      const { cases } = await home(owner);
      expect(cases.map((c) => c.case.id)).toEqual([caseId]);
      const [mine] = cases;
      expect(mine?.role).toBe('owner');
      expect(mine?.note).toBe('');
      expect(mine?.home).toMatchObject({
        today: '2026-12-02',
        timeZone: 'America/Chicago',
        nextMeeting: { meetingId: 'm1', day: '2026-12-07', daysAway: 5 },
      });
      expect(mine?.home.nextSteps).toHaveLength(3);
      const days = mine?.home.nextSteps.map((s) => s.due) ?? [];
      expect([...days].sort()).toEqual(days);
      // A step past its day but still in time (its last moment is ahead) is next, not late.
      const late = new Set(mine?.home.overdue.map((s) => s.taskId));
      expect(mine?.home.nextSteps.some((s) => late.has(s.taskId))).toBe(false);
      // The Sunshine answer was due Friday Nov 27 (RSMo 610.023.3): 5 days late.
      expect(mine?.home.late).toContainEqual(
        expect.objectContaining({ due: '2026-11-27', daysLate: 5, id: expect.stringContaining('sunshine') }),
      );
      expect(mine?.home.lateCount).toBeGreaterThanOrEqual(1);
      expect(mine?.home.progress?.total).toBeGreaterThan(3);
    });

    it('a step ticked on the plan counts as done on the home and leaves the next steps', async () => {
      const before = (await home(owner)).cases[0]?.home;
      const step = before?.nextSteps[0];
      if (!before || !step) throw new Error('no step');
      const tick = await t.as(owner, 'PUT', `/api/cases/${caseId}/meetings/m1/tasks/${step.taskId}`, {
        done: true,
      });
      expect(tick.statusCode, tick.body).toBe(200);
      const after = (await home(owner)).cases[0]?.home;
      expect(after?.progress?.done).toBe((before.progress?.done ?? 0) + 1);
      expect(after?.nextSteps.map((s) => s.taskId)).not.toContain(step.taskId);
    });

    it('a member sees the shared case with their role and the family’s note', async () => {
      const shared = await home(advocate);
      expect(shared.cases).toHaveLength(1);
      expect(shared.cases[0]).toMatchObject({ role: 'advocate', note: 'The reading goal' });
      expect(shared.cases[0]?.case.id).toBe(caseId);
      expect(shared.cases[0]?.home.nextMeeting?.daysAway).toBe(5);
      expect((await home(viewer)).cases[0]?.role).toBe('viewer');
    });

    it('a stranger sees only their own case; nothing of the family’s', async () => {
      const r = await t.as(stranger, 'GET', '/api/home');
      expect(r.statusCode).toBe(200);
      expect(r.body).not.toContain(caseId);
      expect(r.body).not.toContain('Jordan');
      expect(homeSchema.parse(r.json()).cases.map((c) => c.case.id)).toEqual([strangerCaseId]);
    });

    it('a removed member’s case is gone from their home at once', async () => {
      const members = await listMembers(t.storage.db, caseId);
      const row = members.find((m) => m.userId === viewer.userId);
      await removeCaseMember(
        t.storage,
        caseId,
        row?.id ?? '',
        { id: owner.userId, name: 'Maria' },
        t.clock.now,
      );
      const r = await t.as(viewer, 'GET', '/api/home');
      expect(r.json()).toEqual({ cases: [] });
    });

    it("reads a whole case's plan inputs at once, the same as meeting by meeting", async () => {
      // A tick on the second meeting too, so the inputs differ by meeting.
      const file = exampleCase() as { meetings: { id: string }[] };
      const meetings = file.meetings.map((m) => m.id);
      const second = meetings[1] ?? meetings[0] ?? 'm1';
      const tick = await t.as(owner, 'PUT', `/api/cases/${caseId}/meetings/${second}/tasks/concerns-letter`, {
        done: true,
      });
      expect(tick.statusCode, tick.body).toBe(200);
      const stamp = await findCaseStamp(t.storage.db, owner.userId, caseId);
      const inputsOf = await readCasePlanInputs(t.storage, caseId, stamp?.version ?? -1);
      const sorted = (i: PlanInputs | null) => (i === null ? null : { ...i, done: [...i.done].sort() });
      for (const meetingId of meetings) {
        const one = await readPlanInputs(t.storage, owner.userId, caseId, meetingId);
        expect(sorted(inputsOf(meetingId)), meetingId).toEqual(sorted(one));
      }
      expect(inputsOf(second).done).toContain('concerns-letter');
      expect(inputsOf(second).sent.map((s) => s.kind)).toEqual(['records-request']);
    });

    it('refuses a caller who is not signed in', async () => {
      const r = await t.app.inject({ method: 'GET', url: '/api/home' });
      expect(r.statusCode).toBe(401);
      expect(r.body).not.toContain(caseId);
    });
  });
});
