import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  malformedXlsx,
  probesBrokenXlsx,
  probesGoodXlsx,
  readFixture,
} from '../test-fixtures/imports/fixtures.js';
import { NULL_CHARACTER } from '../http/null-character.js';
import { multipart } from '../test-support/multipart.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

interface Preview {
  rowsTotal: number;
  cleanRows: number;
  problems: { file: string; row: number; column: string; field: string; message: string }[];
  sample: { row: number; clean: boolean }[];
  mapping: Record<string, string | null>;
}

describe.each(targets)('data check routes on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;

    const upload = (
      caseId: string,
      step: 'preview' | 'commit',
      fields: Record<string, string>,
      file?: { name: string; data: Buffer },
    ) => {
      const body = multipart(fields, file);
      return t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/imports/${step}`,
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': body.type },
        payload: body.payload,
      });
    };
    const newCase = async () =>
      (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    const storedCase = async (id: string) =>
      (await t.as(owner, 'GET', `/api/cases/${id}`)).json<{
        version: number;
        file: { goals: { probes: { date: string; score: number }[] }[]; services: { log: unknown[] }[] };
      }>();

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('data-owner@example.org');
    });
    afterAll(async () => t?.close());

    describe('analysis', () => {
      it('finds what the example case hides, as of 2026-11-20', async () => {
        const id = await newCase();
        const response = await t.as(owner, 'GET', `/api/cases/${id}/analysis?asOf=2026-11-20`);
        expect(response.statusCode).toBe(200);
        const body = response.json<{
          asOf: string;
          findings: { code: string; goalId: string | null }[];
          services: Record<string, unknown>[];
        }>();
        const codes = (goal: string) => body.findings.filter((f) => f.goalId === goal).map((f) => f.code);
        expect(codes('g1')).toContain('mastered-contradicted');
        expect(codes('g2')).toEqual(['mastered-without-data']);
        // Worked by hand in packages/core/src/analysis/analyze-case.test.ts: 13 weeks, 3 holiday weeks at 120; only
        // minutes the log marks missed are owed, the week with no entries is unknown.
        expect(body.services[0]).toMatchObject({
          serviceId: 's1',
          requiredMinutes: 1860,
          deliveredMinutes: 1170,
          owedMinutes: 540,
          unknownMinutes: 150,
        });
      });

      it("defaults asOf to today in the case's time zone", async () => {
        const id = await newCase();
        const before = t.clock.now;
        t.clock.now = new Date('2026-11-24T02:00:00Z'); // 8 PM on November 23 in Chicago
        try {
          const response = await t.as(owner, 'GET', `/api/cases/${id}/analysis`);
          expect(response.json<{ asOf: string }>().asOf).toBe('2026-11-23');
        } finally {
          t.clock.now = before;
        }
      });

      it('refuses an impossible asOf', async () => {
        const id = await newCase();
        expect((await t.as(owner, 'GET', `/api/cases/${id}/analysis?asOf=2026-02-30`)).statusCode).toBe(400);
      });
    });

    describe('charts', () => {
      it('serves the SVG with the goal title and a PNG with the PNG signature', async () => {
        const id = await newCase();
        const svg = await t.as(owner, 'GET', `/api/cases/${id}/goals/g1/chart.svg?asOf=2026-11-20`);
        expect(svg.statusCode).toBe(200);
        expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
        expect(svg.body).toContain('<svg');
        expect(svg.body).toContain(
          '<title id="chart-g1-title">Reading fluency: words correct per minute</title>',
        );
        const png = await t.as(owner, 'GET', `/api/cases/${id}/goals/g1/chart.png?asOf=2026-11-20`);
        expect(png.statusCode).toBe(200);
        expect(png.headers['content-type']).toBe('image/png');
        expect(png.rawPayload.subarray(0, 8)).toEqual(
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        );
      });

      it('404s on a goal that is not in the case', async () => {
        const id = await newCase();
        const response = await t.as(owner, 'GET', `/api/cases/${id}/goals/g7/chart.svg`);
        expect(response.statusCode).toBe(404);
        expect(response.json<{ error: string }>().error).toMatch(/goal is not in the case/);
      });
    });

    describe('imports', () => {
      it('previews and commits a good CSV; the commit is a case event and bumps the version', async () => {
        const id = await newCase();
        const file = { name: 'probes-good.csv', data: readFixture('probes-good.csv') };
        const preview = await upload(id, 'preview', { kind: 'probes' }, file);
        expect(preview.statusCode).toBe(200);
        const body = preview.json<Preview>();
        expect(body).toMatchObject({ rowsTotal: 3, cleanRows: 3, problems: [] });
        expect(body.mapping).toMatchObject({ goalId: 'Goal ID', date: 'Date', score: 'Score', note: 'Note' });
        expect((await storedCase(id)).version).toBe(1); // a preview changes nothing

        const commit = await upload(id, 'commit', { kind: 'probes', onlyClean: 'false' }, file);
        expect(commit.statusCode).toBe(200);
        expect(commit.json()).toMatchObject({ imported: 3, skipped: 0, case: { version: 2 } });
        const probes = (await storedCase(id)).file.goals[0]?.probes ?? [];
        expect(probes.slice(-3)).toEqual([
          { date: '2026-11-30', score: 80 },
          { date: '2026-12-07', score: 81.5, note: 'Cold read, new passage' },
          { date: '2026-12-14', score: 83 },
        ]);
        const events = await t.storage.db
          .selectFrom('case_events')
          .select(['kind', 'data'])
          .where('case_id', '=', id)
          .execute();
        expect(events.map((e) => e.kind)).toEqual(['case.imported', 'case.updated']);
        expect(JSON.parse(String(events[1]?.data))).toMatchObject({
          change: 'import',
          importKind: 'probes',
          imported: 3,
        });
      });

      it('lists every problem of a broken CSV with file, row and column, and changes nothing', async () => {
        const id = await newCase();
        const file = { name: 'probes-broken.csv', data: readFixture('probes-broken.csv') };
        const preview = (await upload(id, 'preview', { kind: 'probes' }, file)).json<Preview>();
        expect(preview.problems.map((p) => [p.file, p.row, p.column])).toEqual([
          ['probes-broken.csv', 2, 'Date'],
          ['probes-broken.csv', 3, 'Score'],
          ['probes-broken.csv', 4, 'Goal'],
          ['probes-broken.csv', 6, 'Date'],
          ['probes-broken.csv', 7, 'Date'],
        ]);
        expect(preview.cleanRows).toBe(1);
        expect(preview.sample[0]).toMatchObject({ row: 5, clean: true });

        const refused = await upload(id, 'commit', { kind: 'probes', onlyClean: 'false' }, file);
        expect(refused.statusCode).toBe(422);
        expect(refused.json<{ problems: unknown[] }>().problems).toHaveLength(5);
        expect((await storedCase(id)).version).toBe(1);

        const clean = await upload(id, 'commit', { kind: 'probes', onlyClean: 'true' }, file);
        expect(clean.statusCode).toBe(200);
        expect(clean.json()).toMatchObject({ imported: 1, skipped: 5 });
        expect((await storedCase(id)).file.goals[0]?.probes.filter((p) => p.date === '2026-12-07')).toEqual([
          { date: '2026-12-07', score: 82 },
        ]);
      });

      it('reports rows for an unknown goal, and a missing column at row 1', async () => {
        const id = await newCase();
        const missing = await upload(
          id,
          'preview',
          { kind: 'probes' },
          { name: 'probes-missing-column.csv', data: readFixture('probes-missing-column.csv') },
        );
        expect(missing.json<Preview>().problems).toMatchObject([{ row: 1, column: 'Score', field: 'score' }]);
        // Only clean rows, but there are none: nothing is written, not even an empty change.
        const none = await upload(
          id,
          'commit',
          { kind: 'probes', onlyClean: 'true' },
          { name: 'probes-missing-column.csv', data: readFixture('probes-missing-column.csv') },
        );
        expect(none.json()).toMatchObject({ imported: 0, skipped: 1, case: { version: 1 } });
        expect((await storedCase(id)).version).toBe(1);
        const unknown = await upload(
          id,
          'preview',
          { kind: 'probes' },
          { name: 'g9.csv', data: Buffer.from('Goal ID,Date,Score\ng9,2026-12-01,1\n') },
        );
        expect(unknown.json<Preview>().problems).toMatchObject([
          { row: 2, column: 'Goal ID', message: expect.stringMatching(/no goal "g9"/) as unknown },
        ]);
      });

      it('uses the mapping the parent chose', async () => {
        const id = await newCase();
        const data = Buffer.from('Student,Wk,Day,WCPM,Other\ng1,1,2026-12-01,88,5\n');
        const preview = await upload(
          id,
          'preview',
          { kind: 'probes', mapping: JSON.stringify({ goalId: 'Student', date: 'Day', score: 'WCPM' }) },
          { name: 'custom.csv', data },
        );
        expect(preview.json<Preview>()).toMatchObject({ cleanRows: 1, problems: [] });
      });

      it('imports a service log CSV with status aliases', async () => {
        const id = await newCase();
        const file = { name: 'service-log-good.csv', data: readFixture('service-log-good.csv') };
        const commit = await upload(id, 'commit', { kind: 'service-log', onlyClean: 'false' }, file);
        expect(commit.statusCode).toBe(200);
        expect(commit.json()).toMatchObject({ imported: 4 });
        const log = (await storedCase(id)).file.services[0]?.log ?? [];
        expect(log.filter((e) => (e as { date: string }).date >= '2026-11-16')).toEqual([
          { date: '2026-11-16', minutes: 30, status: 'delivered' },
          { date: '2026-11-17', minutes: 0, status: 'missed', reason: 'teacher at training' },
          { date: '2026-11-18', minutes: 0, status: 'missed', reason: 'student absent' },
          { date: '2026-11-19', minutes: 30, status: 'delivered' },
        ]);
      });

      it('reads good and broken XLSX files (dates as real date cells)', async () => {
        const id = await newCase();
        const good = { name: 'probes.xlsx', data: await probesGoodXlsx() };
        const preview = (await upload(id, 'preview', { kind: 'probes' }, good)).json<Preview>();
        expect(preview).toMatchObject({ rowsTotal: 3, cleanRows: 3, problems: [] });
        const commit = await upload(id, 'commit', { kind: 'probes', onlyClean: 'false' }, good);
        expect(commit.json()).toMatchObject({ imported: 3 });
        expect((await storedCase(id)).file.goals[0]?.probes.slice(-3).map((p) => p.date)).toEqual([
          '2026-11-30',
          '2026-12-07',
          '2026-12-14',
        ]);

        const broken = { name: 'broken.xlsx', data: await probesBrokenXlsx() };
        const bad = (await upload(id, 'preview', { kind: 'probes' }, broken)).json<Preview>();
        expect(bad.problems.map((p) => [p.file, p.row, p.column])).toEqual([
          ['broken.xlsx', 2, 'Date'],
          ['broken.xlsx', 3, 'Score'],
          ['broken.xlsx', 4, 'Goal ID'],
          ['broken.xlsx', 5, 'Date'], // 2026-12-07 is now in the case
        ]);
      });

      it('refuses a malformed XLSX, a wrong file type and a file over 10 MB with plain messages', async () => {
        const id = await newCase();
        const malformed = await upload(
          id,
          'preview',
          { kind: 'probes' },
          { name: 'x.xlsx', data: malformedXlsx() },
        );
        expect(malformed.statusCode).toBe(422);
        expect(malformed.json<{ error: string }>().error).toMatch(
          /^This file could not be read as a spreadsheet/,
        );

        const pdf = await upload(
          id,
          'preview',
          { kind: 'probes' },
          { name: 'scan.pdf', data: Buffer.from('%PDF-1.7') },
        );
        expect(pdf.statusCode).toBe(415);
        expect(pdf.json<{ error: string }>().error).toMatch(/CSV .* or as an Excel workbook/);

        const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
        const tooBig = await upload(
          id,
          'commit',
          { kind: 'probes', onlyClean: 'true' },
          { name: 'big.csv', data: big },
        );
        expect(tooBig.statusCode).toBe(413);
        expect(tooBig.json<{ error: string }>().error).toMatch(/larger than 10 MB/);
        expect((await storedCase(id)).version).toBe(1);

        const noKind = await upload(
          id,
          'preview',
          {},
          { name: 'a.csv', data: readFixture('probes-good.csv') },
        );
        expect(noKind.statusCode).toBe(422);
        const json = await t.as(owner, 'POST', `/api/cases/${id}/imports/preview`, { kind: 'probes' });
        expect(json.statusCode).toBe(415);
      });

      it('refuses a NUL character in a field or in the file name with 400 and imports nothing', async () => {
        const id = await newCase();
        const before = await storedCase(id);
        const field = await upload(id, 'commit', { kind: 'probes\u0000' }, { name: 'a.csv', data: readFixture('probes-good.csv') });
        const name = await upload(id, 'commit', { kind: 'probes' }, { name: 'a\u0000.csv', data: readFixture('probes-good.csv') });
        for (const refused of [field, name]) {
          expect(refused.statusCode, refused.body).toBe(400);
          expect(refused.json()).toEqual({ error: NULL_CHARACTER });
        }
        expect(await storedCase(id)).toEqual(before);
      });

      it('needs the CSRF token', async () => {
        const id = await newCase();
        const body = multipart({ kind: 'probes' }, { name: 'a.csv', data: readFixture('probes-good.csv') });
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/cases/${id}/imports/commit`,
          headers: { cookie: owner.cookie, 'content-type': body.type },
          payload: body.payload,
        });
        expect(response.statusCode).toBe(403);
      });
    });

    describe('templates', () => {
      it('serves CSV and XLSX templates that the import maps fully', async () => {
        const csv = await t.as(owner, 'GET', '/api/import-templates/service-log.csv');
        expect(csv.statusCode).toBe(200);
        expect(csv.headers['content-disposition']).toContain('iep-service-log-template.csv');
        expect(csv.body.split('\r\n')[0]).toBe('Service ID,Date,Minutes,Status,Reason');
        const xlsx = await t.as(owner, 'GET', '/api/import-templates/probes.xlsx');
        expect(xlsx.statusCode).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
          undefined,
          'Goal ID',
          'Date',
          'Score',
          'Phase ID',
          'Note',
        ]);
        expect((await t.as(owner, 'GET', '/api/import-templates/grades.csv')).statusCode).toBe(404);
      });
    });

    describe('manual entry', () => {
      it('adds and deletes a probe, and adds a service log line', async () => {
        const id = await newCase();
        const added = await t.as(owner, 'POST', `/api/cases/${id}/goals/g1/probes`, {
          date: '2026-11-25',
          score: 79.5,
        });
        expect(added.statusCode).toBe(201);
        const probes =
          added.json<{ file: { goals: { probes: { date: string }[] }[] } }>().file.goals[0]?.probes ?? [];
        const index = probes.findIndex((p) => p.date === '2026-11-25');
        expect(index).toBeGreaterThan(0);
        expect(probes.map((p) => p.date)).toEqual(probes.map((p) => p.date).sort());
        const again = await t.as(owner, 'POST', `/api/cases/${id}/goals/g1/probes`, {
          date: '2026-11-25',
          score: 1,
        });
        expect(again.statusCode).toBe(409);
        const deleted = await t.as(owner, 'DELETE', `/api/cases/${id}/goals/g1/probes/${index}`);
        expect(deleted.statusCode).toBe(200);
        expect((await storedCase(id)).file.goals[0]?.probes.some((p) => p.date === '2026-11-25')).toBe(false);

        const log = await t.as(owner, 'POST', `/api/cases/${id}/services/s1/log`, {
          date: '2026-11-16',
          minutes: 30,
          status: 'delivered',
        });
        expect(log.statusCode).toBe(201);
        const bad = await t.as(owner, 'POST', `/api/cases/${id}/services/s1/log`, {
          date: '2026-02-30',
          minutes: 30.5,
          status: 'maybe',
        });
        expect(bad.statusCode).toBe(400);
        expect(
          bad
            .json<{ problems: { path: string }[] }>()
            .problems.map((p) => p.path)
            .sort(),
        ).toEqual(['$.date', '$.minutes', '$.status']);
        expect(
          (
            await t.as(owner, 'POST', `/api/cases/${id}/services/s9/log`, {
              date: '2026-11-16',
              minutes: 30,
              status: 'delivered',
            })
          ).statusCode,
        ).toBe(404);
      });
    });
  });
});
