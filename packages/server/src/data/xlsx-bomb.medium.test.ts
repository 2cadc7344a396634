import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxWithHugeCell, xlsxWithRows } from '../documents/archive-bombs.test-helper.js';
import { probesGoodXlsx } from '../test-fixtures/imports/fixtures.js';
import { multipart } from '../test-support/multipart.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Issue 10: a 304 KB workbook with one 300 MB cell was read whole (1.4-1.8 GB of server memory) and echoed back.
// The archive guard refuses it before the spreadsheet is parsed. RSS is only a sanity bound here, not a timing.

const targets = await storageTargets();
const MB = 1024 * 1024;

describe.each(targets)('XLSX zip bomb on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;

    const preview = (data: Buffer, name = 'probes.xlsx') => {
      const body = multipart({ kind: 'probes' }, { name, data });
      return t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/imports/preview`,
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': body.type },
        payload: body.payload,
      });
    };

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('bomb@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('refuses a small workbook with a 300 MB cell, without unpacking it into memory', async () => {
      const bomb = await xlsxWithHugeCell(300 * MB);
      expect(bomb.length).toBeLessThan(2 * MB);
      global.gc?.();
      const before = process.memoryUsage().rss;
      const answer = await preview(bomb);
      const grown = process.memoryUsage().rss - before;
      expect(answer.statusCode).toBe(413);
      expect(answer.json<{ error: string }>().error).toMatch(/too big once it is unpacked/);
      expect(answer.body.length).toBeLessThan(1000);
      expect(grown).toBeLessThan(200 * MB);
    });

    it('refuses a cell longer than Excel allows and too many rows, with a plain sentence', async () => {
      const longCell = await preview(await xlsxWithHugeCell(100_000));
      expect(longCell.statusCode).toBe(422);
      expect(longCell.json<{ error: string }>().error).toMatch(/one cell/i);
      const manyRows = await preview(await xlsxWithRows(25_000));
      expect(manyRows.statusCode).toBe(422);
      expect(manyRows.json<{ error: string }>().error).toMatch(/more than 20,000 rows/);
    });

    it('still reads a normal workbook', async () => {
      const answer = await preview(await probesGoodXlsx());
      expect(answer.statusCode).toBe(200);
      expect(answer.json<{ rowsTotal: number; cleanRows: number }>()).toMatchObject({
        rowsTotal: 3,
        cleanRows: 3,
      });
    });
  });
});
