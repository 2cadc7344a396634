import { TASK_IDS, parseCaseFile } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStoredCase } from './cases.service.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

interface Stored {
  id: string;
  version: number;
  ssd: { partner: boolean; district: string | null };
  file: { meetings: { id: string }[]; closures: unknown[]; student: { name: string } };
}

const newMeeting = {
  id: 'm2',
  kind: 'iep-amendment',
  timeZone: 'America/Chicago',
  sessions: [{ start: '2027-01-12T14:00', end: '2027-01-12T15:00' }],
};

describe.each(targets)('case routes on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let s: Session;
    let caseId: string;
    beforeAll(async () => {
      t = await createTestApp(target);
      s = await t.signUp('parent@example.org');
    });
    afterAll(async () => t?.close());

    it('imports the example case and exports the same case', async () => {
      const imported = await t.as(s, 'POST', '/api/cases/import', exampleCase());
      expect(imported.statusCode).toBe(201);
      caseId = imported.json<{ id: string }>().id;

      const exported = await t.as(s, 'GET', `/api/cases/${caseId}/export`);
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toBe(
        'attachment; filename="Jordan-Rivera.iep-case.json"',
      );
      const original = parseCaseFile(exampleCase());
      const back = parseCaseFile(exported.json());
      expect(original.ok && back.ok).toBe(true);
      if (original.ok && back.ok) expect(back.value).toEqual(original.value);
    });

    it('refuses an invalid import with 422, every problem with its path, and stores nothing', async () => {
      const bad = exampleCase();
      bad.format = 'something-else';
      (bad.student as Record<string, unknown>).dateOfBirth = '2013-02-30';
      const response = await t.as(s, 'POST', '/api/cases/import', bad);
      expect(response.statusCode).toBe(422);
      const paths = response.json<{ problems: { path: string }[] }>().problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['$.format', '$.student.dateOfBirth']));
      const list = await t.as(s, 'GET', '/api/cases');
      expect(list.json<{ cases: unknown[] }>().cases).toHaveLength(1);
    });

    it('lists the case with its summary and gets it with the SSD partner found', async () => {
      const list = await t.as(s, 'GET', '/api/cases');
      expect(list.json()).toEqual({
        cases: [
          {
            id: caseId,
            studentName: 'Jordan Rivera',
            planType: 'IEP',
            district: 'Hazelwood School District',
            ssd: true,
            nextMeeting: { id: 'm1', start: '2026-12-07T09:00:00' },
            updatedAt: expect.any(String),
            role: 'owner',
          },
        ],
      });
      const stored = await t.as(s, 'GET', `/api/cases/${caseId}`);
      expect(stored.json<Stored>()).toMatchObject({
        id: caseId,
        version: 1,
        ssd: { partner: true, district: 'Hazelwood' },
      });
      // The route writes the JSON around the stored document; it must say exactly what the service gives.
      expect(stored.json()).toEqual(await getStoredCase(t.storage, s.userId, caseId));
    });

    it('creates a case from a student and parents, with empty lists', async () => {
      const created = await t.as(s, 'POST', '/api/cases', {
        student: {
          name: 'Sam Lee',
          dateOfBirth: '2015-05-01',
          grade: '5',
          school: 'Central Elementary',
          district: 'Springfield R-XII',
          planType: '504',
        },
        parents: [{ name: 'Kim Lee' }],
      });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      const stored = (await t.as(s, 'GET', `/api/cases/${id}`)).json<
        Stored & { file: Record<string, unknown> }
      >();
      expect(stored.ssd).toEqual({ partner: false, district: null });
      expect(stored.file).toMatchObject({ team: [], meetings: [], goals: [], services: [], closures: [] });

      const invalid = await t.as(s, 'POST', '/api/cases', { student: { name: 'No details' }, parents: [] });
      expect(invalid.statusCode).toBe(422);
      expect((await t.as(s, 'DELETE', `/api/cases/${id}`)).statusCode).toBe(204);
      expect((await t.as(s, 'GET', `/api/cases/${id}`)).statusCode).toBe(404);
    });

    it('replaces the whole file with a version check: stale version 409', async () => {
      const current = (await t.as(s, 'GET', `/api/cases/${caseId}`)).json<Stored>();
      const file = { ...current.file, student: { ...current.file.student, name: 'Jordan M. Rivera' } };
      const updated = await t.as(s, 'PUT', `/api/cases/${caseId}`, { version: current.version, file });
      expect(updated.statusCode).toBe(200);
      expect(updated.json<Stored>()).toMatchObject({
        version: current.version + 1,
        file: { student: { name: 'Jordan M. Rivera' } },
      });
      const stale = await t.as(s, 'PUT', `/api/cases/${caseId}`, { version: current.version, file });
      expect(stale.statusCode).toBe(409);
      const invalid = await t.as(s, 'PUT', `/api/cases/${caseId}`, {
        version: current.version + 1,
        file: { ...file, parents: [] },
      });
      expect(invalid.statusCode).toBe(422);
      expect(invalid.json<{ problems: { path: string }[] }>().problems.map((p) => p.path)).toContain(
        '$.file.parents',
      );
    });

    it('adds, edits and deletes meetings (duplicate id 409, invalid 422)', async () => {
      const added = await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, newMeeting);
      expect(added.statusCode).toBe(201);
      expect(added.json<Stored>().file.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, newMeeting)).statusCode).toBe(409);

      const bad = await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, {
        ...newMeeting,
        id: 'm3',
        sessions: [],
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json<{ problems: { path: string }[] }>().problems.map((p) => p.path)).toEqual([
        '$.sessions',
      ]);

      const edited = await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/m2`, {
        ...newMeeting,
        location: 'Room 5',
      });
      expect(edited.statusCode).toBe(200);
      expect(
        edited.json<{ file: { meetings: { id: string; location?: string }[] } }>().file.meetings[1]?.location,
      ).toBe('Room 5');
      expect(
        (await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/nope`, { ...newMeeting, id: 'nope' }))
          .statusCode,
      ).toBe(404);

      const deleted = await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/m2`);
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json<Stored>().file.meetings.map((m) => m.id)).toEqual(['m1']);
    });

    it('adds and deletes closures by index', async () => {
      const before = (await t.as(s, 'GET', `/api/cases/${caseId}`)).json<Stored>().file.closures.length;
      const added = await t.as(s, 'POST', `/api/cases/${caseId}/closures`, {
        from: '2027-03-15',
        to: '2027-03-19',
        reason: 'Spring break',
      });
      expect(added.statusCode).toBe(201);
      expect(added.json<Stored>().file.closures).toHaveLength(before + 1);
      expect((await t.as(s, 'POST', `/api/cases/${caseId}/closures`, { from: 'soon' })).statusCode).toBe(422);
      const deleted = await t.as(s, 'DELETE', `/api/cases/${caseId}/closures/${before}`);
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json<Stored>().file.closures).toHaveLength(before);
      expect((await t.as(s, 'DELETE', `/api/cases/${caseId}/closures/99`)).statusCode).toBe(404);
    });

    it('plans the meeting with all 8 tasks and remembers done tasks', async () => {
      const plan = await t.as(s, 'GET', `/api/cases/${caseId}/meetings/m1/plan?now=2026-11-23T15:00:00Z`);
      expect(plan.statusCode).toBe(200);
      const tasks = plan.json<{ meetingId: string; tasks: { id: string; status: string }[] }>().tasks;
      expect(tasks.map((task) => task.id).sort()).toEqual([...TASK_IDS].sort());

      const done = await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/m1/tasks/records-request`, {
        done: true,
      });
      expect(done.statusCode).toBe(200);
      const doneTask = done
        .json<{ tasks: { id: string; status: string }[] }>()
        .tasks.find((x) => x.id === 'records-request');
      expect(doneTask?.status).toBe('done');
      const again = await t.as(s, 'GET', `/api/cases/${caseId}/meetings/m1/plan`);
      expect(
        again
          .json<{ tasks: { id: string; status: string }[] }>()
          .tasks.find((x) => x.id === 'records-request')?.status,
      ).toBe('done');

      const undone = await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/m1/tasks/records-request`, {
        done: false,
      });
      expect(
        undone
          .json<{ tasks: { id: string; status: string }[] }>()
          .tasks.find((x) => x.id === 'records-request')?.status,
      ).not.toBe('done');
      expect(
        (await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/m1/tasks/not-a-task`, { done: true }))
          .statusCode,
      ).toBe(404);
      expect((await t.as(s, 'GET', `/api/cases/${caseId}/meetings/nope/plan`)).statusCode).toBe(404);
      expect((await t.as(s, 'GET', `/api/cases/${caseId}/meetings/m1/plan?now=yesterday`)).statusCode).toBe(
        400,
      );
    });

    it('exports the plan as a calendar with one event per task', async () => {
      const response = await t.as(
        s,
        'GET',
        `/api/cases/${caseId}/meetings/m1/plan.ics?now=2026-11-23T15:00:00Z`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(response.body.match(/BEGIN:VEVENT/g)).toHaveLength(TASK_IDS.length);
    });

    it('computes a deadline; a case adds what the district may count over its closures, never a later legal date', async () => {
      // sunshine-response counts business days; the example case closes 2026-12-21 to 2027-01-01 for winter break.
      // Closures never move the legal date (missouri-rules.md §16.2); the district's later date is shown apart.
      const plain = await t.as(s, 'GET', '/api/deadlines/sunshine-response?from=2026-12-18');
      expect(plain.statusCode).toBe(200);
      const withCase = await t.as(
        s,
        'GET',
        `/api/deadlines/sunshine-response?from=2026-12-18&caseId=${caseId}`,
      );
      expect(withCase.statusCode).toBe(200);
      const a = plain.json<{ rule: string; due: string; districtMayCount: null }>();
      const b = withCase.json<{
        rule: string;
        due: string;
        districtMayCount: { due: string; confidence: string };
      }>();
      expect(b.rule).toBe('sunshine-response');
      expect(b.due).toBe(a.due);
      expect(a.districtMayCount).toBeNull();
      expect(b.districtMayCount.due > b.due).toBe(true);
      expect(b.districtMayCount.confidence).toBe('SECONDARY');
      expect((await t.as(s, 'GET', '/api/deadlines/not-a-rule?from=2026-12-18')).statusCode).toBe(404);
      expect(
        (await t.as(s, 'GET', '/api/deadlines/pwn-response?from=2026-12-18&caseId=missing')).statusCode,
      ).toBe(404);
      expect((await t.as(s, 'GET', '/api/deadlines/pwn-response?from=2026-02-30')).statusCode).toBe(400);
    });

    it('a deadline from the moment sent, for a plan type and an SSD partner (the case gives both by default)', async () => {
      const get = async (query: string) => {
        const response = await t.as(s, 'GET', `/api/deadlines/${query}`);
        return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
      };
      // Sent Friday 2026-12-18 at 6:00 PM Chicago: the custodian receives it Monday 12-21 (§16.5).
      const sent = await get('sunshine-response?sentAt=2026-12-18T18:00');
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ from: '2026-12-21', due: '2026-12-24' });
      expect((sent.body['receipt'] as { received: string }).received).toBe('2026-12-21');
      // An IDEA rule refuses a 504 plan; FERPA reads with 104.36 for it.
      expect((await get('idea-records?from=2026-12-18&planType=504')).status).toBe(400);
      expect((await get('ferpa-records?from=2026-12-18&planType=504')).body['citation']).toBe(
        '34 CFR 104.36; 34 CFR 99.10(b)',
      );
      // The SSD Handbook binds SSD's partners; elsewhere district pages (the example case is in Hazelwood, a partner).
      expect((await get('evaluation-decision?from=2026-12-18&ssd=false')).body['confidence']).toBe(
        'SECONDARY',
      );
      expect((await get('evaluation-decision?from=2026-12-18&ssd=true')).body['confidence']).toBe('PRIMARY');
      expect((await get(`evaluation-decision?from=2026-12-18&caseId=${caseId}`)).body['confidence']).toBe(
        'PRIMARY',
      );
      expect((await get('pwn-response?planType=plan')).status).toBe(400);
      expect((await get('pwn-response?from=2026-12-18&sentAt=2026-12-18T09:00')).status).toBe(400);
    });

    it('clears the ticked tasks of a deleted meeting, so a new meeting with its id starts clean', async () => {
      const m5 = { ...newMeeting, id: 'm5' };
      expect((await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, m5)).statusCode).toBe(201);
      await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/m5/tasks/data-review`, { done: true });
      expect((await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/m5`)).statusCode).toBe(200);
      const rows = await t.storage.db
        .selectFrom('plan_task_status')
        .selectAll()
        .where('meeting_id', '=', 'm5')
        .execute();
      expect(rows).toEqual([]);
      await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, m5);
      const plan = (await t.as(s, 'GET', `/api/cases/${caseId}/meetings/m5/plan`)).json<{
        tasks: { status: string }[];
      }>();
      expect(plan.tasks.some((task) => task.status === 'done')).toBe(false);
      await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/m5`);
    });

    it('keeps every meeting when several are added at the same time', async () => {
      const ids = ['c1', 'c2', 'c3', 'c4'];
      const responses = await Promise.all(
        ids.map((id) => t.as(s, 'POST', `/api/cases/${caseId}/meetings`, { ...newMeeting, id })),
      );
      expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
      const stored = (await t.as(s, 'GET', `/api/cases/${caseId}`)).json<Stored>();
      expect(stored.file.meetings.map((m) => m.id)).toEqual(expect.arrayContaining(ids));
      for (const id of ids) await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/${id}`);
    });

    it('writes the paper trail of what happened to the case', async () => {
      const events = await t.storage.db
        .selectFrom('case_events')
        .select(['kind', 'at'])
        .where('case_id', '=', caseId)
        .orderBy('at')
        .execute();
      const kinds = events.map((e) => e.kind);
      // Events stamped in the same instant have no fixed order, so check that nothing comes before the import.
      const imported = events.find((e) => e.kind === 'case.imported');
      expect(imported?.at).toBe(events[0]?.at);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'case.updated',
          'meeting.added',
          'meeting.deleted',
          'closure.added',
          'task.done',
        ]),
      );
    });
  });
});
