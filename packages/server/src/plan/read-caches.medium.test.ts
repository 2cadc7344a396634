import { parseCaseFile, planMeeting, type CaseFile } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCase, updateCaseIfVersion } from '../cases/cases.repository.js';
import { planForMeeting } from './plan.service.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// GET case and GET plan keep their answers (cases.service.ts, plan.service.ts). These tests hold that a kept
// answer never outlives the data it was made from, never crosses from one user to another, and is the same answer
// as one computed afresh.

const targets = await storageTargets();

interface PlanBody {
  now: string;
  tasks: { id: string; status: string }[];
  warnings: { code: string }[];
}

describe.each(targets)('kept read answers on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let a: Session;
    let b: Session;
    let caseA: string;
    let caseB: string;
    const planUrl = (id: string, now: string) => `/api/cases/${id}/meetings/m1/plan?now=${now}`;
    const readCase = async (s: Session, id: string) => t.as(s, 'GET', `/api/cases/${id}`);
    const readPlan = async (s: Session, id: string, now: string) =>
      (await t.as(s, 'GET', planUrl(id, now))).json<PlanBody>();

    beforeAll(async () => {
      t = await createTestApp(target);
      a = await t.signUp('keeper-a@example.org');
      b = await t.signUp('keeper-b@example.org');
      caseA = (await t.as(a, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const other = exampleCase();
      (other.student as { name: string }).name = 'Avery Other';
      caseB = (await t.as(b, 'POST', '/api/cases/import', other)).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('answers GET case from the kept bytes only while the version is the same', async () => {
      const first = await readCase(a, caseA);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect((await readCase(a, caseA)).body).toBe(first.body);
      const { version, file } = first.json<{ version: number; file: CaseFile }>();

      // Through the API.
      const renamed = { ...file, student: { ...file.student, name: 'Jordan Renamed' } };
      expect((await t.as(a, 'PUT', `/api/cases/${caseA}`, { version, file: renamed })).statusCode).toBe(200);
      const afterPut = (await readCase(a, caseA)).json<{ version: number; file: CaseFile }>();
      expect(afterPut.version).toBe(version + 1);
      expect(afterPut.file.student.name).toBe('Jordan Renamed');

      // Straight into the table, as another process sharing the database would write.
      const row = await findCase(t.storage.db, a.userId, caseA);
      if (!row) throw new Error('the case is missing');
      const elsewhere = { ...afterPut.file, student: { ...afterPut.file.student, name: 'Jordan Elsewhere' } };
      const written = await updateCaseIfVersion(t.storage.db, a.userId, caseA, afterPut.version, {
        student_name: 'Jordan Elsewhere',
        district: row.district,
        plan_type: row.plan_type,
        ssd_partner: row.ssd_partner,
        document: JSON.stringify(elsewhere),
        updated_at: new Date(Date.parse(row.updated_at) + 1000).toISOString(),
      });
      expect(written).toBe(true);
      expect((await readCase(a, caseA)).json<{ file: CaseFile }>().file.student.name).toBe(
        'Jordan Elsewhere',
      );
    });

    it('never gives one user the kept case or plan of another', async () => {
      const now = '2026-11-23T15:00:00Z';
      expect((await readCase(a, caseA)).statusCode).toBe(200);
      expect((await t.as(a, 'GET', planUrl(caseA, now))).statusCode).toBe(200);
      // Both answers are kept now; the other user asks for the same case and plan.
      expect((await readCase(b, caseA)).statusCode).toBe(404);
      expect((await t.as(b, 'GET', planUrl(caseA, now))).statusCode).toBe(404);
      expect(
        (await t.as(b, 'GET', `${planUrl(caseA, now).replace('/plan?', '/plan.ics?')}`)).statusCode,
      ).toBe(404);
      // Each user's own case reads as their own, one after the other.
      expect((await readCase(b, caseB)).json<{ file: CaseFile }>().file.student.name).toBe('Avery Other');
      expect((await readCase(a, caseA)).json<{ file: CaseFile }>().file.student.name).not.toBe('Avery Other');
    });

    it('gives the plan a fresh computation gives, and a new one after a tick, a case write or a new moment', async () => {
      const now = '2026-11-23T15:00:00Z';
      const kept = await readPlan(b, caseB, now);
      expect(await readPlan(b, caseB, now)).toEqual(kept);
      const parsed = parseCaseFile(exampleCase());
      if (!parsed.ok) throw new Error('the example case does not parse');
      const file = { ...parsed.value, student: { ...parsed.value.student, name: 'Avery Other' } };
      const meeting = file.meetings.find((m) => m.id === 'm1');
      if (!meeting) throw new Error('no meeting m1');
      const fresh = planMeeting({ meeting, now, caseFile: file, done: [], sent: [], commitments: [] });
      expect(kept).toEqual(JSON.parse(JSON.stringify(fresh)));

      // A tick.
      await t.as(b, 'PUT', `/api/cases/${caseB}/meetings/m1/tasks/records-request`, { done: true });
      const ticked = await readPlan(b, caseB, now);
      expect(ticked.tasks.find((x) => x.id === 'records-request')?.status).toBe('done');

      // A write of the case file: the meeting moves a week later, so its tasks move too.
      const moved = {
        id: 'm1',
        kind: meeting.kind,
        timeZone: meeting.timeZone,
        sessions: [{ start: '2026-12-14T09:00:00', end: '2026-12-14T11:30:00' }],
      };
      expect((await t.as(b, 'PUT', `/api/cases/${caseB}/meetings/m1`, moved)).statusCode).toBe(200);
      const afterMove = (await t.as(b, 'GET', planUrl(caseB, now))).json<{ firstSessionStart: string }>();
      expect(afterMove.firstSessionStart).toMatch(/^2026-12-14T09:00/);

      // Another day: the plan's today and the statuses move with it.
      const later = await readPlan(b, caseB, '2026-12-12T15:00:00Z');
      expect(later.now).toMatch(/^2026-12-12/);
      expect(later.tasks.map((x) => x.status)).not.toEqual(ticked.tasks.map((x) => x.status));
      expect(later.warnings.map((w) => w.code)).not.toContain('meeting-past');

      // The same day, after the meeting ended (11:30 in Chicago): a plan kept per day would still say it is ahead.
      const morning = await readPlan(b, caseB, '2026-12-14T14:00:00Z');
      const afternoon = await readPlan(b, caseB, '2026-12-14T18:00:00Z');
      expect(morning.warnings.map((w) => w.code)).not.toContain('meeting-past');
      expect(afternoon.warnings.map((w) => w.code)).toContain('meeting-past');
    });

    it('computes a plan once for requests that ask for it at the same time', async () => {
      const now = '2026-11-24T10:00:00Z';
      const results = await Promise.all(
        Array.from({ length: 12 }, () => planForMeeting(t.storage, b.userId, caseB, 'm1', now)),
      );
      const values = results.map((r) => (r.kind === 'ok' ? r.value : null));
      expect(values[0]).not.toBeNull();
      // One computation: every answer reads the same computed tasks (a kept plan is read at the moment asked).
      for (const value of values) expect(value?.plan.tasks).toBe(values[0]?.plan.tasks);
      for (const value of values) expect(value?.plan).toEqual(values[0]?.plan);
      // Another user asking at the same moment shares nothing.
      const theirs = await Promise.all([
        planForMeeting(t.storage, a.userId, caseB, 'm1', now),
        planForMeeting(t.storage, b.userId, caseB, 'm1', now),
      ]);
      expect(theirs[0]?.kind).toBe('not-found');
      expect(theirs[1]?.kind).toBe('ok');
    });

    it('answers 404 at once once the case is deleted', async () => {
      const now = '2026-11-23T15:00:00Z';
      expect((await readCase(b, caseB)).statusCode).toBe(200);
      expect((await t.as(b, 'GET', planUrl(caseB, now))).statusCode).toBe(200);
      expect((await t.as(b, 'DELETE', `/api/cases/${caseB}`)).statusCode).toBe(204);
      expect((await readCase(b, caseB)).statusCode).toBe(404);
      expect((await t.as(b, 'GET', planUrl(caseB, now))).statusCode).toBe(404);
    });
  });
});
