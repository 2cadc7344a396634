import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocument } from '../test-support/upload-document.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { textPdf } from './binder.test-helper.js';
import { readDocumentJob } from './read-document.job.js';
import { savePage } from './documents.repository.js';

// The reading job resumes where it stopped: a restart finds the document "reading" with its checkpoint (pages_done)
// and its saved pages, and reads only the pages after it, on both databases.

const targets = await storageTargets();

describe.each(targets)('the reading job on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    /** Adds a paper to the binder through the upload route; its id. */
    async function addPaper(name: string, data: Buffer): Promise<string> {
      return (await addDocument(t, owner, caseId, { name, data })).id;
    }

    it('saves a page whose text has a NUL character (PostgreSQL refuses one in text) without it', async () => {
      const id = await addPaper('plain.txt', Buffer.from('Notice of Action about reading services.'));
      // A reader (PDF, Word, OCR) may hand back a NUL from a damaged file: the page is kept without it.
      await savePage(t.storage.db, caseId, id, {
        n: 9,
        text: 'Page nine\u0000 of the notice',
        source: 'text',
      });
      const page = await t.storage.db
        .selectFrom('document_pages')
        .select('text')
        .where('document_id', '=', id)
        .where('page_no', '=', 9)
        .executeTakeFirstOrThrow();
      expect(page.text).toBe('Page nine of the notice');
    });

    it('goes on after the checkpoint, keeping the pages saved before a restart', async () => {
      const id = await addPaper(
        'three.pdf',
        await textPdf([
          ['First page of the notice, with its own words'],
          ['Second page of the notice, with its own words'],
          ['Third page of the notice, with its own words'],
        ]),
      );
      const db = t.storage.db;
      for (let i = 0; ; i++) {
        const row = await db
          .selectFrom('documents')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        if (row.status === 'ready') break;
        if (i > 400) throw new Error(`still ${row.status}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // As a killed server leaves it: reading, one page saved (marked, to tell it from a re-read), the rest not.
      await db.deleteFrom('document_pages').where('document_id', '=', id).where('page_no', '>', 1).execute();
      await db
        .updateTable('document_pages')
        .set({ text: 'SAVED BEFORE THE RESTART' })
        .where('document_id', '=', id)
        .execute();
      await db
        .updateTable('documents')
        .set({ status: 'reading', pages_done: 1, kind: 'other' })
        .where('id', '=', id)
        .execute();

      const progress: number[] = [];
      const outcome = await readDocumentJob(t.ctx).handler(
        { documentId: id },
        {
          jobId: 'after-restart',
          attempt: 1,
          signal: new AbortController().signal,
          progress: (f) => progress.push(f),
        },
      );
      expect(outcome).toEqual({ status: 'done' });
      const pages = await db
        .selectFrom('document_pages')
        .select(['page_no', 'text'])
        .where('document_id', '=', id)
        .orderBy('page_no')
        .execute();
      expect(pages.map((p) => [Number(p.page_no), p.text])).toEqual([
        [1, 'SAVED BEFORE THE RESTART'],
        [2, 'Second page of the notice, with its own words'],
        [3, 'Third page of the notice, with its own words'],
      ]);
      expect(progress.map((f) => Math.round(f * 3))).toEqual([1, 2, 3]);
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'ready', job_id: 'after-restart' });
      expect(Number(row.pages_done)).toBe(3);
    }, 60_000);
  });
});
