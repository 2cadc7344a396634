import fs from 'node:fs';
import path from 'node:path';
import type { BinderDocument, CaseSearchResult, DocumentAdded, DocumentBody } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../documents/archive-bombs.test-helper.js';
import { blobIdsOfCase } from '../cases/cases.repository.js';
import { sweepOrphanBlobs } from '../recordings/finalize.service.js';
import { buildWorld, type World } from '../test-support/route-fixture.js';
import { addDocument, postDocument } from '../test-support/upload-document.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type Session, type TestApp } from '../test-support/test-app.js';
import { emlFile, scanPdf, textPdf, textPng, wordFile } from './binder.test-helper.js';
import { DAMAGED_PDF, LOCKED_PDF } from './readers.js';

// The binder through the HTTP API on both databases, with real files made here: a PDF with a text layer, a scan
// (pictures only, read by tesseract), a phone photo, a Word file and an email; the same file twice; locked,
// damaged, misnamed, unknown, zip-bomb and too-big files refused with nothing kept; another account's case; and
// one search that finds documents and transcripts together.

const targets = await storageTargets();
const LIMIT = 3 * 1024 * 1024;

describe.each(targets)('binder on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;
    let stranger: World;
    let caseId: string;
    let session: Session;

    beforeAll(async () => {
      t = await createTestApp(target, { IEP_DOCUMENT_LIMIT_BYTES: String(LIMIT) });
      owner = await buildWorld(t, 'owner', 'Maya Ortiz');
      stranger = await buildWorld(t, 'stranger', 'Leo Brandt');
      caseId = owner.caseId;
      session = owner.session;
    }, 60_000);
    afterAll(async () => t?.close());

    const add = (
      name: string,
      data: Buffer,
      fields: Record<string, string> = {},
      as = session,
      id = caseId,
    ) => postDocument(t, as, id, { name, data, fields });
    const added = (name: string, data: Buffer, fields: Record<string, string> = {}) =>
      addDocument(t, session, caseId, { name, data, fields });
    const read = async (documentId: string): Promise<DocumentBody> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const response = await t.as(session, 'GET', `/api/cases/${caseId}/documents/${documentId}`);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<DocumentBody>();
        if (body.document.status === 'ready' || body.document.status === 'failed') return body;
        if (Date.now() > deadline) throw new Error(`Still ${body.document.status}.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const blobFiles = () =>
      fs
        .readdirSync(t.ctx.blobsDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !e.parentPath.endsWith(`${path.sep}tmp`)).length;
    const documentCount = async () =>
      (await t.storage.db.selectFrom('documents').select('id').where('case_id', '=', caseId).execute())
        .length;

    it('reads a PDF text layer page by page, guesses its kind, tab and date, and gives the file back', async () => {
      const pdf = await textPdf([
        [
          'NOTICE OF ACTION',
          'Date of notice: February 3, 2026',
          'The district proposes to reduce speech minutes.',
        ],
        ['Procedural safeguards are attached.', 'Contact the Missouri Parents Act.'],
      ]);
      const doc = await added('Notice-Feb.pdf', pdf, { receivedOn: '2026-02-06' });
      expect(doc).toMatchObject({
        format: 'pdf',
        status: 'queued',
        kind: 'other',
        title: 'Notice-Feb',
        bytes: pdf.length,
      });
      const body = await read(doc.id);
      expect(body.document).toMatchObject({
        status: 'ready',
        kind: 'pwn',
        tab: 'communication',
        documentDate: '2026-02-03',
        dateSource: 'found',
        receivedOn: '2026-02-06',
        pagesDone: 2,
        pagesTotal: 2,
        ocrPages: 0,
        error: null,
      });
      expect(body.pages.map((p) => [p.n, p.source])).toEqual([
        [1, 'text'],
        [2, 'text'],
      ]);
      expect(body.pages[0]?.text).toContain('reduce speech minutes');
      expect(body.pages[1]?.text).toContain('Missouri Parents Act');
      const file = await t.as(session, 'GET', `/api/cases/${caseId}/documents/${doc.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.equals(pdf)).toBe(true);
    });

    it('keeps the same file once per case and says so', async () => {
      const pdf = await textPdf([
        ['Evaluation Report', 'Eligibility determination: speech or language impairment'],
      ]);
      const first = await added('eval.pdf', pdf);
      const files = blobFiles();
      const count = await documentCount();
      const again = await add('eval copy.pdf', pdf);
      expect(again.statusCode).toBe(200);
      const answer = again.json<DocumentAdded>();
      expect(answer.duplicate).toBe(true);
      expect(answer.document.id).toBe(first.id);
      expect(answer.message).toMatch(
        /^This file is already in the binder as "eval" \(added .+\)\. Nothing new was saved\.$/,
      );
      expect(blobFiles()).toBe(files);
      expect(await documentCount()).toBe(count);
      // Another case may hold the same file: it is a document of its own there.
      const elsewhere = await add('eval.pdf', pdf, {}, stranger.session, stranger.caseId);
      expect(elsewhere.statusCode).toBe(201);
    });

    it('reads a scan (pictures only) and a phone photo with OCR, page by page', async () => {
      const scan = await added(
        'scan.pdf',
        await scanPdf([
          ['INDIVIDUALIZED EDUCATION PROGRAM', 'Annual goal: read 90 words per minute.'],
          ['Speech therapy 60 minutes weekly.'],
        ]),
      );
      const photo = await added(
        'IMG_2041.png',
        textPng(['Progress Report', 'Reading fluency improved to 82 words.']),
      );
      const scanned = await read(scan.id);
      expect(scanned.document).toMatchObject({
        status: 'ready',
        kind: 'iep',
        tab: 'goals-services',
        pagesTotal: 2,
        ocrPages: 2,
      });
      expect(scanned.pages.map((p) => p.source)).toEqual(['ocr', 'ocr']);
      expect(scanned.pages[0]?.text).toMatch(/read 90 words per minute/i);
      expect(scanned.pages[1]?.text).toMatch(/Speech therapy 60 minutes weekly/i);
      const photographed = await read(photo.id);
      expect(photographed.document).toMatchObject({
        status: 'ready',
        kind: 'progress-report',
        format: 'image',
        ocrPages: 1,
      });
      expect(photographed.pages[0]?.text).toMatch(/fluency improved to 82 words/i);
    }, 120_000);

    it('reads Word files and emails; a kind the parent gave stays', async () => {
      const word = await added(
        'plan.docx',
        await wordFile(['IEP Amendment', 'Dated March 2, 2026', 'Add 20 minutes of OT.']),
      );
      const mail = await added(
        'reply.eml',
        emlFile({
          from: 'Ms. Park <park@school.example.org>',
          to: 'parent@example.org',
          date: 'Tue, 10 Mar 2026 09:15:00 -0500',
          subject: 'Invitation to an IEP meeting',
          body: 'We would like to meet on March 20, 2026 about the reading goal.',
        }),
      );
      const given = await added('notes.txt', Buffer.from('Notice of Action. Written by hand, typed later.'), {
        kind: 'other',
        tab: 'meetings',
        documentDate: '2026-01-05',
        title: 'My notes',
      });
      expect((await read(word.id)).document).toMatchObject({ kind: 'amendment', documentDate: '2026-03-02' });
      const email = await read(mail.id);
      expect(email.document).toMatchObject({
        format: 'email',
        kind: 'email',
        tab: 'meetings',
        documentDate: '2026-03-10',
      });
      expect(email.pages[0]?.text).toContain('Subject: Invitation to an IEP meeting');
      expect(email.pages[0]?.text).toContain('about the reading goal');
      expect((await read(given.id)).document).toMatchObject({
        kind: 'other',
        tab: 'meetings',
        documentDate: '2026-01-05',
        dateSource: 'given',
        title: 'My notes',
      });

      const patched = await t.as(session, 'PATCH', `/api/cases/${caseId}/documents/${given.id}`, {
        kind: 'pwn',
        tab: 'communication',
        documentDate: null,
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json<BinderDocument>()).toMatchObject({
        kind: 'pwn',
        tab: 'communication',
        documentDate: null,
        dateSource: 'unknown',
      });
    });

    it('refuses locked, damaged, misnamed, unknown, zip-bomb, empty and too-big files, keeping nothing', async () => {
      const files = blobFiles();
      const count = await documentCount();
      const refused = async (name: string, data: Buffer, status: number, message: string | RegExp) => {
        const response = await add(name, data);
        expect(response.statusCode, `${name}: ${response.body}`).toBe(status);
        const error = response.json<{ error: string }>().error;
        if (typeof message === 'string') expect(error).toBe(message);
        else expect(error).toMatch(message);
      };
      await refused('locked.pdf', await textPdf([['Secret']], { userPassword: 'pw' }), 422, LOCKED_PDF);
      await refused(
        'broken.pdf',
        Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'),
        422,
        DAMAGED_PDF,
      );
      await refused(
        'report.pdf',
        textPng(['hello']),
        415,
        'This file is named "report.pdf", but it is really a PNG picture. Check that you picked the right file, or rename it to end in .png, and try again.',
      );
      await refused(
        'program.pdf',
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        415,
        /^This file is not a kind the binder can read\./,
      );
      await refused(
        'photos.zip',
        await makeZip([{ name: 'a.txt', text: 'x' }]),
        415,
        /^This is a ZIP file\./,
      );
      const bomb = await makeZip([
        { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types/>' },
        {
          name: 'word/document.xml',
          big: {
            prefix: '<w:document><w:body><w:p><w:r><w:t>',
            fill: 'A',
            bytes: 5 * 1024 * 1024,
            suffix: '</w:t></w:r></w:p></w:body></w:document>',
          },
        },
      ]);
      expect(bomb.length).toBeLessThan(LIMIT);
      const bombAnswer = await add('bomb.docx', bomb);
      expect([413, 422]).toContain(bombAnswer.statusCode);
      expect(bombAnswer.json<{ error: string }>().error).toMatch(
        /^(This document is too big once it is unpacked|One paragraph in this document)/,
      );
      await refused(
        'empty.txt',
        Buffer.alloc(0),
        422,
        'This file is empty. Pick the file again and try again.',
      );
      await refused(
        'big.txt',
        Buffer.alloc(LIMIT + 10, 'a'),
        413,
        /^This file is too big to add \(the limit is 3 MB\)\./,
      );
      expect(blobFiles()).toBe(files);
      expect(await documentCount()).toBe(count);
    });

    it("never shows or changes another account's document", async () => {
      const mine = `/api/cases/${caseId}/documents/${owner.documentId}`;
      const viaOwnCase = `/api/cases/${stranger.caseId}/documents/${owner.documentId}`;
      for (const url of [mine, viaOwnCase, `${mine}/file`, `${viaOwnCase}/file`]) {
        const response = await t.as(stranger.session, 'GET', url);
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain('Maya');
      }
      expect((await t.as(stranger.session, 'PATCH', viaOwnCase, { kind: 'iep' })).statusCode).toBe(404);
      expect((await t.as(stranger.session, 'DELETE', viaOwnCase)).statusCode).toBe(404);
      const files = blobFiles();
      const upload = await add('x.txt', Buffer.from('A note about Leo.'), {}, stranger.session, caseId);
      expect(upload.statusCode).toBe(404);
      expect(blobFiles()).toBe(files);
      const search = await t.as(stranger.session, 'GET', `/api/cases/${caseId}/search?q=notice`);
      expect(search.statusCode).toBe(404);
      expect((await t.as(session, 'GET', mine)).statusCode).toBe(200);
    });

    it('finds documents and transcripts in one search, each hit with its page or moment', async () => {
      await read(
        (
          await added(
            'records.pdf',
            await textPdf([['Cover page of the records'], ['The evaluation report was reviewed in full.']]),
          )
        ).id,
      );
      const response = await t.as(session, 'GET', `/api/cases/${caseId}/search?q=evaluation+report`);
      expect(response.statusCode, response.body).toBe(200);
      const hits = response.json<CaseSearchResult>();
      const records = hits.documents.find((h) => h.title === 'records');
      expect(records).toMatchObject({ page: 2, kind: 'evaluation-report' });
      expect(records?.snippet.filter((p) => p.highlight).map((p) => p.text.toLowerCase())).toEqual([
        'evaluation',
        'report',
      ]);
      expect(hits.documents.some((h) => h.title === 'eval')).toBe(true);
      // The fixture's transcript says "We will send the evaluation report by Friday."
      expect(hits.transcripts.map((h) => h.text)).toContain('We will send the evaluation report by Friday.');
      expect(hits.transcripts[0]).toMatchObject({ recordingId: owner.recordingId });
      // The stranger's copy of eval.pdf is in their case only.
      const theirs = (
        await t.as(stranger.session, 'GET', `/api/cases/${stranger.caseId}/search?q=eligibility`)
      ).json<CaseSearchResult>();
      expect(theirs.documents.map((h) => h.title)).toEqual(['eval']);
      const empty = (
        await t.as(session, 'GET', `/api/cases/${caseId}/search?q=%22%29%28`)
      ).json<CaseSearchResult>();
      expect(empty).toEqual({ documents: [], transcripts: [] });
    });

    it('deletes a document with its text and its file, and a deleted case takes its documents and files', async () => {
      const doc = await added('gone.txt', Buffer.from('Nothing here but words about Maya.'));
      await read(doc.id);
      const files = blobFiles();
      const deleted = await t.as(session, 'DELETE', `/api/cases/${caseId}/documents/${doc.id}`);
      expect(deleted.statusCode).toBe(204);
      expect(blobFiles()).toBe(files - 1);
      const pages = await t.storage.db
        .selectFrom('document_pages')
        .select('page_no')
        .where('document_id', '=', doc.id)
        .execute();
      expect(pages).toEqual([]);
      expect((await t.as(session, 'GET', `/api/cases/${caseId}/documents/${doc.id}`)).statusCode).toBe(404);

      const theirFiles = await blobIdsOfCase(t.storage.db, stranger.caseId);
      // The stranger's world has a recording and a document, each with files on disk.
      expect(theirFiles.length).toBeGreaterThanOrEqual(3);
      for (const id of theirFiles) expect(fs.existsSync(t.ctx.blobs.pathOf(id)), id).toBe(true);
      const before = blobFiles();
      const removed = await t.as(stranger.session, 'DELETE', `/api/cases/${stranger.caseId}`);
      expect(removed.statusCode).toBe(204);
      // At once, not at the next restart's sweep a day later.
      for (const id of theirFiles) expect(fs.existsSync(t.ctx.blobs.pathOf(id)), id).toBe(false);
      expect(blobFiles()).toBe(before - theirFiles.length);
      const left = await t.storage.db
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', stranger.caseId)
        .execute();
      expect(left).toEqual([]);
      const leftPages = await t.storage.db
        .selectFrom('document_pages')
        .select('page_no')
        .where('case_id', '=', stranger.caseId)
        .execute();
      expect(leftPages).toEqual([]);
    });

    it("keeps every document's file through the orphan sweep, which removes files no row names (left by a crash)", async () => {
      const kept = await t.storage.db.selectFrom('documents').select('blob_id').execute();
      expect(kept.length).toBeGreaterThan(5);
      const orphan = t.ctx.blobsDir + '/zz/zzzzzzzzzzzzzzzzzzzzzzzz';
      fs.mkdirSync(path.dirname(orphan), { recursive: true });
      fs.writeFileSync(orphan, 'left by a crash');
      const clock = t.clock.now;
      // The sweep only takes files older than a day.
      t.clock.now = new Date(Date.now() + 3 * 86_400_000);
      try {
        // Only the orphan: the stranger's deleted case took its files with it.
        expect(await sweepOrphanBlobs(t.ctx, t.ctx.blobsDir)).toBe(1);
      } finally {
        t.clock.now = clock;
      }
      expect(fs.existsSync(orphan)).toBe(false);
      for (const { blob_id } of kept) expect(fs.existsSync(t.ctx.blobs.pathOf(blob_id)), blob_id).toBe(true);
    });
  });
});
