import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { guessDocumentDate, guessKind, guessTab, type DocumentKind } from '@iep/core';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AppContext } from '../context/app-context.js';
import type { DocumentRow } from '../db/schema.js';
import type { JobContext, JobDefinition, JobOutcome } from '../jobs/job-queue.js';
import { findDocumentById, headText, savePage, updateDocument } from './documents.repository.js';
import { OcrUnavailableError } from './ocr.js';
import { openReader, UnreadableDocumentError, type DocumentReader } from './readers.js';

// The `binder.read-document` job: decrypts the document into the private temp folder, reads it a page at a time
// and saves each page with the checkpoint (pages_done) in one transaction, so a restart resumes at the next page
// and memory does not grow with the page count. When every page is read, it guesses the kind, the tab and the
// date from the first pages, unless the parent gave them. The plaintext copy is removed when the job ends, however
// it ends.

export const READ_DOCUMENT_JOB = 'binder.read-document';
const payload = z.object({ documentId: z.string().min(1).max(100) });
const MAX_ATTEMPTS = 3;
/** Where the day an email was sent is counted: the app's default zone (the case file's default too). */
const DEFAULT_ZONE = 'America/Chicago';
export const READ_FAILED =
  'The text of this document could not be read. Try again; if it keeps failing, take photos of the pages and add those.';

/** The document was deleted while it was read: stop without a word. */
class DocumentGone extends Error {
  override name = 'DocumentGone';
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function decryptToTemp(ctx: AppContext, row: DocumentRow): Promise<string> {
  const file = path.join(ctx.tmpDir, `document-${randomBytes(8).toString('hex')}`);
  await pipeline(ctx.blobs.openRead(row.blob_id), fs.createWriteStream(file, { mode: 0o600, flags: 'wx' }));
  return file;
}

/**
 * Opens a document's plaintext for a moment and hands the reader to `use`; the temp file is gone when it returns.
 * Used by the job and by the upload's first check (a locked or damaged file is refused before it is kept).
 */
export async function withReader<T>(
  ctx: AppContext,
  row: DocumentRow,
  use: (reader: DocumentReader) => Promise<T>,
): Promise<T> {
  const file = await decryptToTemp(ctx, row);
  try {
    const reader = await openReader(file, row.format, row.media_type, ctx.tmpDir);
    try {
      return await use(reader);
    } finally {
      await reader.close();
    }
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}

export function readDocumentJob(ctx: AppContext): JobDefinition<typeof payload> {
  const db = ctx.storage.db;
  const now = () => ctx.now().toISOString();

  async function fail(id: string, error: string): Promise<JobOutcome> {
    await updateDocument(db, id, { status: 'failed', error, updated_at: now() });
    return { status: 'failed', error };
  }

  async function finish(id: string, sentAt: Date | null): Promise<void> {
    const row = await findDocumentById(db, id);
    if (!row) throw new DocumentGone();
    const text = await headText(db, id);
    const kind: DocumentKind = row.kind_given
      ? (row.kind as DocumentKind)
      : guessKind({ text, fileName: row.file_name, format: row.format });
    const tab = row.tab_given ? row.tab : guessTab(kind, text);
    let date = row.document_date;
    let dateSource = row.date_source;
    if (dateSource !== 'given') {
      const sent = sentAt ? DateTime.fromJSDate(sentAt).setZone(DEFAULT_ZONE).toISODate() : null;
      date = sent ?? guessDocumentDate(text, row.received_on);
      dateSource = date === null ? 'unknown' : 'found';
    }
    const ocr = await db
      .selectFrom('document_pages')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('document_id', '=', id)
      .where('source', '=', 'ocr')
      .executeTakeFirstOrThrow();
    await updateDocument(db, id, {
      kind,
      tab,
      document_date: date,
      date_source: dateSource,
      ocr_pages: Number(ocr.n),
      status: 'ready',
      error: null,
      updated_at: now(),
    });
  }

  async function run(documentId: string, job: JobContext): Promise<JobOutcome> {
    const claimed = await db
      .updateTable('documents')
      .set({ status: 'reading', job_id: job.jobId, updated_at: now() })
      .where('id', '=', documentId)
      .where('status', 'in', ['queued', 'reading'])
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return { status: 'skipped' };
    const row = await findDocumentById(db, documentId);
    if (!row) return { status: 'skipped' };
    // The pages are read while the plaintext copy exists; the document is marked ready only once it is gone.
    const sentAt = await withReader(ctx, row, async (reader) => {
      const total = reader.pages;
      await updateDocument(db, documentId, { pages_total: total, updated_at: now() });
      job.progress(total === 0 ? 0 : Number(row.pages_done) / total);
      for (let n = Number(row.pages_done) + 1; n <= total; n++) {
        if (job.signal.aborted) throw new Error('The work was stopped.');
        const page = await reader.read(n, job.signal);
        await db.transaction().execute(async (trx) => {
          const still = await trx
            .updateTable('documents')
            .set({ pages_done: n, updated_at: now() })
            .where('id', '=', documentId)
            .where('status', '=', 'reading')
            .executeTakeFirst();
          if (Number(still.numUpdatedRows) === 0) throw new DocumentGone();
          await savePage(trx, row.case_id, documentId, page);
        });
        job.progress(n / total);
      }
      return reader.sentAt;
    });
    await finish(documentId, sentAt);
    return { status: 'done' };
  }

  return {
    name: READ_DOCUMENT_JOB,
    payload,
    maxAttempts: MAX_ATTEMPTS,
    handler: async ({ documentId }, job) => {
      try {
        return await run(documentId, job);
      } catch (error) {
        if (error instanceof DocumentGone) return { status: 'skipped' };
        if (error instanceof UnreadableDocumentError || error instanceof OcrUnavailableError)
          return fail(documentId, error.message);
        // A stop (shutdown) resumes after the restart; other trouble is retried, and the last try says so.
        if (job.signal.aborted || job.attempt < MAX_ATTEMPTS) throw error;
        ctx.log('Reading a document failed', describe(error));
        return fail(documentId, READ_FAILED);
      }
    },
  };
}
