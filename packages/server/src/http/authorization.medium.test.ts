import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface RouteCase {
  route: string;
  method: Method;
  url: (id: string) => string;
  body?: (file: Record<string, unknown>) => unknown;
}

const meeting = {
  id: 'm9',
  kind: 'annual-review',
  timeZone: 'America/Chicago',
  sessions: [{ start: '2027-02-01T09:00', end: '2027-02-01T10:00' }],
};

// A letter file of the owner's case, made in beforeAll, so the file routes are tried on a file that exists.
let letterFileId = 'not-made-yet';

// Every route that reaches into one case. The test below fails if a case route exists that is not listed here.
const ROUTES: RouteCase[] = [
  { route: 'GET /api/cases/:id', method: 'GET', url: (id) => `/api/cases/${id}` },
  // The data check (analysis, charts, imports, manual entry).
  { route: 'GET /api/cases/:id/analysis', method: 'GET', url: (id) => `/api/cases/${id}/analysis` },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.svg',
    method: 'GET',
    url: (id) => `/api/cases/${id}/goals/g1/chart.svg`,
  },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.png',
    method: 'GET',
    url: (id) => `/api/cases/${id}/goals/g1/chart.png`,
  },
  {
    route: 'POST /api/cases/:id/imports/preview',
    method: 'POST',
    url: (id) => `/api/cases/${id}/imports/preview`,
  },
  {
    route: 'POST /api/cases/:id/imports/commit',
    method: 'POST',
    url: (id) => `/api/cases/${id}/imports/commit`,
  },
  {
    route: 'POST /api/cases/:id/goals/:goalId/probes',
    method: 'POST',
    url: (id) => `/api/cases/${id}/goals/g1/probes`,
    body: () => ({ date: '2026-12-01', score: 80 }),
  },
  {
    route: 'DELETE /api/cases/:id/goals/:goalId/probes/:index',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/goals/g1/probes/0`,
  },
  {
    route: 'POST /api/cases/:id/services/:serviceId/log',
    method: 'POST',
    url: (id) => `/api/cases/${id}/services/s1/log`,
    body: () => ({ date: '2026-11-16', minutes: 30, status: 'delivered' }),
  },
  {
    route: 'PUT /api/cases/:id',
    method: 'PUT',
    url: (id) => `/api/cases/${id}`,
    body: (file) => ({ version: 1, file }),
  },
  { route: 'DELETE /api/cases/:id', method: 'DELETE', url: (id) => `/api/cases/${id}` },
  { route: 'GET /api/cases/:id/export', method: 'GET', url: (id) => `/api/cases/${id}/export` },
  {
    route: 'POST /api/cases/:id/meetings',
    method: 'POST',
    url: (id) => `/api/cases/${id}/meetings`,
    body: () => meeting,
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/meetings/m1`,
    body: () => ({ ...meeting, id: 'm1' }),
  },
  {
    route: 'DELETE /api/cases/:id/meetings/:meetingId',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/meetings/m1`,
  },
  {
    route: 'POST /api/cases/:id/closures',
    method: 'POST',
    url: (id) => `/api/cases/${id}/closures`,
    body: () => ({ from: '2027-03-15', to: '2027-03-19' }),
  },
  {
    route: 'DELETE /api/cases/:id/closures/:index',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/closures/0`,
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan',
    method: 'GET',
    url: (id) => `/api/cases/${id}/meetings/m1/plan`,
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/meetings/m1/tasks/records-request`,
    body: () => ({ done: true }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan.ics',
    method: 'GET',
    url: (id) => `/api/cases/${id}/meetings/m1/plan.ics`,
  },
  { route: 'GET /api/cases/:id/letters', method: 'GET', url: (id) => `/api/cases/${id}/letters` },
  {
    route: 'GET /api/cases/:id/letters/:kind/draft',
    method: 'GET',
    url: (id) => `/api/cases/${id}/letters/recording-notice/draft?meetingId=m1`,
  },
  {
    route: 'PUT /api/cases/:id/letters/:kind/draft',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/letters/recording-notice/draft`,
    body: () => ({ meetingId: 'm1', answers: { note: 'Hello' } }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/draft/append',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/concerns/draft/append`,
    body: () => ({ field: 'findings', items: [{ code: 'x', question: 'Why?' }] }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/preview',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/recording-notice/preview`,
    body: () => ({ meetingId: 'm1' }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/files',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/recording-notice/files`,
    body: () => ({ meetingId: 'm1', format: 'txt' }),
  },
  {
    route: 'GET /api/cases/:id/letter-files/:fileId',
    method: 'GET',
    url: (id) => `/api/cases/${id}/letter-files/${letterFileId}`,
  },
  {
    route: 'POST /api/cases/:id/letter-files/:fileId/sent',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letter-files/${letterFileId}/sent`,
    body: () => ({ sentAt: '2026-11-23T08:00:00-06:00', method: 'email' }),
  },
  { route: 'GET /api/cases/:id/timeline', method: 'GET', url: (id) => `/api/cases/${id}/timeline` },
  {
    route: 'GET /api/deadlines/:rule',
    method: 'GET',
    url: (id) => `/api/deadlines/pwn-response?from=2026-12-18&caseId=${id}`,
  },
];

describe.each(targets)('authorization per case on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    let missingBody: unknown;

    const snapshot = async () => ({
      row: await t.storage.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst(),
      events: await t.storage.db
        .selectFrom('case_events')
        .select(['kind', 'at'])
        .where('case_id', '=', caseId)
        .execute(),
      tasks: await t.storage.db
        .selectFrom('plan_task_status')
        .selectAll()
        .where('case_id', '=', caseId)
        .execute(),
      letters: await Promise.all(
        (['letter_drafts', 'letter_files', 'letters_sent'] as const).map((table) =>
          t.storage.db.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute(),
        ),
      ),
    });

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
      const imported = await t.as(owner, 'POST', '/api/cases/import', exampleCase());
      caseId = imported.json<{ id: string }>().id;
      const letterFile = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/recording-notice/files`, {
        meetingId: 'm1',
        format: 'txt',
      });
      letterFileId = letterFile.json<{ id: string }>().id;
      missingBody = (await t.as(stranger, 'GET', '/api/cases/no-such-case')).json();
    });
    afterAll(async () => t?.close());

    it('lists every case route in the table', () => {
      const caseRoutes = t.app.iepRoutes.filter(
        (r) => r.includes('/api/cases/:id') || r.includes('/api/deadlines/'),
      );
      expect([...caseRoutes].sort()).toEqual(ROUTES.map((r) => r.route).sort());
    });

    it.each(ROUTES)(
      "$route on another user's case: 404 like a missing case, nothing changed",
      async (route) => {
        const before = await snapshot();
        expect(before.row).toBeTruthy();
        const response = await t.as(stranger, route.method, route.url(caseId), route.body?.(exampleCase()));
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual(missingBody);
        expect(await snapshot()).toEqual(before);
      },
    );

    it("does not list another user's case", async () => {
      const list = await t.as(stranger, 'GET', '/api/cases');
      expect(list.json()).toEqual({ cases: [] });
    });

    it('still lets the owner reach the case on the same routes (the table is not 404 for everyone)', async () => {
      for (const route of ROUTES.filter((r) => r.method === 'GET')) {
        const response = await t.as(owner, route.method, route.url(caseId));
        expect(response.statusCode, route.route).toBe(200);
      }
    });
  });
});
