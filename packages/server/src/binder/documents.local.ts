import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkNotice, guessDocumentDate, noticeTiming, type PlanType } from '@iep/core';
import type { BinderDocument, DocumentAdded } from '@iep/core/contract';
import type { AppContext } from '../context/app-context.js';
import { HttpError } from '../http/errors.js';
import { openJobQueue } from '../jobs/open-job-queue.js';
import { findDocument } from './documents.repository.js';
import { addDocument } from './documents.service.js';
import { documentView } from './document-views.js';
import { readDocumentJob } from './read-document.job.js';
import { OcrUnavailableError } from './ocr.js';
import { openReader, UnreadableDocumentError, type PageText } from './readers.js';
import { nameMismatch, NOT_A_DOCUMENT, sniff } from './sniff.js';
import { parseUploadFields } from './upload-fields.js';

// The binder without HTTP, for the CLI: add a file from disk to a case and read it at once (the same sniffing,
// encrypted store and reading job as an upload, on a queue of its own that stops when the reading is done), and
// read any notice file for the Notice of Action check without storing it.

/** The plain sentence of a refusal (HttpError from the upload's checks) for the CLI. */
export class DocumentRefused extends Error {
  override name = 'DocumentRefused';
}

const refusal = (error: unknown): never => {
  if (error instanceof HttpError) throw new DocumentRefused(error.message);
  throw error;
};

/** Adds a file to a case and reads its text before it returns; the answer is the document as read. */
export async function addDocumentFile(
  ctx: AppContext,
  caseId: string,
  file: string,
  fields: Record<string, string>,
): Promise<DocumentAdded> {
  const jobs = openJobQueue(ctx.storage, { config: ctx.config, kind: 'local', now: ctx.now, log: ctx.log });
  jobs.register(readDocumentJob(ctx));
  const stream = fs.createReadStream(file);
  const added = await addDocument(
    ctx,
    jobs,
    caseId,
    { fileName: path.basename(file), stream, truncated: () => false },
    () => parseUploadFields(fields),
  ).catch(refusal);
  if (added.created) {
    await jobs.start();
    try {
      for (;;) {
        const row = await findDocument(ctx.storage.db, caseId, added.added.document.id);
        if (!row || row.status === 'ready' || row.status === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await jobs.stop();
    }
  }
  const row = await findDocument(ctx.storage.db, caseId, added.added.document.id);
  const document: BinderDocument = row ? documentView(row) : added.added.document;
  return { ...added.added, document };
}

/** Reads a file's text page by page (PDF text layer or OCR, Word, email, photo, text) in a private temp folder. */
export async function readFilePages(file: string): Promise<PageText[]> {
  const handle = await fs.promises.open(file, 'r');
  const head = Buffer.alloc(8192);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const sniffed = sniff(head);
  if (sniffed === null) throw new DocumentRefused(NOT_A_DOCUMENT);
  if ('unsupported' in sniffed) throw new DocumentRefused(sniffed.unsupported);
  const mismatch = nameMismatch(path.basename(file), sniffed);
  if (mismatch) throw new DocumentRefused(mismatch);
  const workDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'iep-notice-'));
  try {
    const reader = await openReader(file, sniffed.format, sniffed.mediaType, workDir);
    try {
      const pages: PageText[] = [];
      for (let n = 1; n <= reader.pages; n++) pages.push(await reader.read(n));
      return pages;
    } finally {
      await reader.close();
    }
  } catch (error) {
    if (error instanceof UnreadableDocumentError || error instanceof OcrUnavailableError)
      throw new DocumentRefused(error.message);
    throw error;
  } finally {
    await fs.promises.rm(workDir, { recursive: true, force: true });
  }
}

/** The Notice of Action check of a file: its pages read, checked, and timed from `noticeDate` or a date found in it. */
export async function checkNoticeFile(
  file: string,
  options: { planType: PlanType; noticeDate?: string; today: string },
) {
  const pages = await readFilePages(file);
  const check = checkNotice(pages, options.planType);
  const noticeDate =
    options.noticeDate ??
    guessDocumentDate(
      pages
        .slice(0, 2)
        .map((p) => p.text)
        .join('\n'),
      options.today,
    );
  const timing = noticeTiming({
    noticeDate,
    planType: options.planType,
    decision: check.decision,
    today: options.today,
  });
  return { pages, check, timing };
}
