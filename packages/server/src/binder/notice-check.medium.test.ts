import type { DocumentBody, NoticeCheckBody } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { addDocument } from '../test-support/upload-document.js';
import { textPdf, textPng } from './binder.test-helper.js';
import { NOT_A_NOTICE } from './notice-check.service.js';

// The Notice of Action check through the HTTP API on both databases: a real PDF with a text layer (two pages, two
// parts missing) and a real phone photo read by tesseract; the answers it gives fill the letter's draft, which
// then builds; a document of another kind and one still unread are refused with a plain 422; another account: 404.

const targets = await storageTargets();

const PDF_PAGES = [
  [
    'Hazelwood School District',
    'NOTICE OF ACTION',
    'Date: November 16, 2026',
    'Action proposed:',
    'The district proposes to reduce speech-language services from 60 to 30 minutes per week.',
    'Reason for the action:',
    'He met his articulation goal and needs less direct time.',
  ],
  [
    'Evaluations, records and reports used:',
    'The speech progress report of November 2026 and therapy data.',
    'Procedural safeguards:',
    'You have protection under the procedural safeguards. A copy is on the district website.',
    'Sources of help:',
    'Missouri Parents Act (MPACT), 800-743-7634.',
  ],
];

const PHOTO_LINES = [
  'Notice of Action',
  'The school proposes to add a reading class',
  'because Mia reads below grade level.',
  'You have rights under the procedural safeguards.',
  'Ask the office for a copy.',
];

describe.each(targets)('notice check on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;
    let stranger: World;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await buildWorld(t, 'owner', 'Mia Lopez');
      stranger = await buildWorld(t, 'stranger', 'Leo Brandt');
    }, 60_000);
    afterAll(async () => t?.close());

    const url = (documentId: string, caseId = owner.caseId) =>
      `/api/cases/${caseId}/documents/${documentId}/notice-check`;
    const add = async (name: string, data: Buffer, fields: Record<string, string>) =>
      (await addDocument(t, owner.session, owner.caseId, { name, data, fields })).id;
    const ready = async (documentId: string) => {
      for (const deadline = Date.now() + 90_000; ;) {
        const body = (
          await t.as(owner.session, 'GET', `/api/cases/${owner.caseId}/documents/${documentId}`)
        ).json<DocumentBody>();
        if (body.document.status === 'ready') return body;
        if (body.document.status === 'failed') throw new Error(body.document.error ?? 'failed');
        if (Date.now() > deadline) throw new Error(`Still ${body.document.status}.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    it('a text PDF: each part with its words and page, two missing, the 10-day wait, the letter drafts', async () => {
      const id = await add('notice.pdf', await textPdf(PDF_PAGES), {
        kind: 'pwn',
        documentDate: '2026-11-16',
      });
      await ready(id);
      const response = await t.as(owner.session, 'GET', url(id));
      expect(response.statusCode, response.body).toBe(200);
      const check = response.json<NoticeCheckBody>();
      expect(check.missing).toEqual([6, 7]);
      expect(check.elements[0]).toMatchObject({
        n: 1,
        found: true,
        page: 1,
        quote: 'The district proposes to reduce speech-language services from 60 to 30 minutes per week.',
      });
      expect(check.elements[4]).toMatchObject({
        n: 5,
        found: true,
        page: 2,
        quote: expect.stringMatching(/MPACT/),
      });
      expect(check.basis.citation).toBe('34 CFR 300.503(b)');
      expect(check.decision).toBe('proposed');
      expect(check.timing).toMatchObject({
        noticeDate: '2026-11-16',
        waitEnds: '2026-11-26',
        earliestStart: '2026-11-27',
      });
      expect(check.timing.kind).toBe('agency-guidance');
      expect(check.letterAnswers).toEqual({ noticeDate: '2026-11-16', missingParts: ['6', '7'] });

      // The answers fill the letter's draft as they are; the letter builds and names the missing parts.
      const saved = await t.as(
        owner.session,
        'PUT',
        `/api/cases/${owner.caseId}/letters/notice-missing-parts/draft`,
        {
          answers: check.letterAnswers,
        },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      const preview = await t.as(
        owner.session,
        'POST',
        `/api/cases/${owner.caseId}/letters/notice-missing-parts/preview`,
        { answers: check.letterAnswers },
      );
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.body).toMatch(/300\.503\(b\)\(6\)/);
      expect(preview.body).toMatch(/dated November 16, 2026/);
    }, 120_000);

    it('a phone photo read by tesseract: the action, the reason and the rights are found', async () => {
      const id = await add('IMG_3001.png', textPng(PHOTO_LINES), { kind: 'pwn', documentDate: '2026-12-01' });
      const body = await ready(id);
      expect(body.pages[0]?.source).toBe('ocr');
      const check = (await t.as(owner.session, 'GET', url(id))).json<NoticeCheckBody>();
      expect(check.elements.slice(0, 4).map((e) => e.found)).toEqual([true, true, false, true]);
      expect(check.elements[0]?.quote).toMatch(/proposes to add a reading class/);
      expect(check.elements[3]?.note).toBeNull();
      expect(check.missing).toEqual([3, 5, 6, 7]);
    }, 120_000);

    it('refuses, in plain words: another kind of document, and one not read yet; another account gets 404', async () => {
      const other = await add('notes.txt', Buffer.from('Notes about the reading class.'), { kind: 'other' });
      await ready(other);
      const notNotice = await t.as(owner.session, 'GET', url(other));
      expect(notNotice.statusCode).toBe(422);
      expect(notNotice.json<{ error: string }>().error).toBe(NOT_A_NOTICE);

      await t.storage.db
        .updateTable('documents')
        .set({ status: 'reading' })
        .where('id', '=', other)
        .execute();
      await t.storage.db.updateTable('documents').set({ kind: 'pwn' }).where('id', '=', other).execute();
      const unread = await t.as(owner.session, 'GET', url(other));
      expect(unread.statusCode).toBe(422);
      expect(unread.json<{ error: string }>().error).toMatch(/still being read/);

      expect((await t.as(stranger.session, 'GET', url(other))).statusCode).toBe(404);
      expect((await t.as(stranger.session, 'GET', url(other, stranger.caseId))).statusCode).toBe(404);
    });
  });
});
