import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { guessTab, plainDate, TAB_OF_KIND } from '@iep/core';
import type { BinderDocument, DocumentAdded, DocumentBody, DocumentPatchBody } from '@iep/core/contract';
import { DateTime } from 'luxon';
import type { AppContext } from '../context/app-context.js';
import { ownsCase } from '../cases/case-access.js';
import { conflict, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import type { DocumentRow, DocumentsTable } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { documentView } from './document-views.js';
import {
  deleteDocumentRow,
  deletePages,
  findBySha,
  findDocument,
  insertDocument,
  listDocuments,
  listPages,
  updateDocument,
} from './documents.repository.js';
import { READ_DOCUMENT_JOB, withReader } from './read-document.job.js';
import { UnreadableDocumentError } from './readers.js';
import { nameMismatch, NOT_A_DOCUMENT, sniff } from './sniff.js';
import type { UploadFields } from './upload-fields.js';

// The binder's rules: add a file (sniffed, stored encrypted, once per case), list, show with its text, change
// its kind, tab and dates, delete, read again. Every function checks the case first.

/** Files up to this size are opened once while the upload waits, so a locked or damaged one is refused at once. */
const CHECK_AT_UPLOAD_BYTES = 32 * 1024 * 1024;
const HEAD_BYTES = 8192;
export const DOCUMENT_NOT_FOUND = 'This document was not found. It may have been deleted.';
/** The refusal of a file over the limit (IEP_DOCUMENT_LIMIT_BYTES, 200 MB by default: a 500-page scan fits). */
export function tooBig(limitBytes: number): string {
  const mb = Math.max(1, Math.round(limitBytes / 1024 / 1024));
  return `This file is too big to add (the limit is ${mb} MB). Split it into smaller files, or scan it at a lower resolution, and try again.`;
}
const EMPTY_FILE = 'This file is empty. Pick the file again and try again.';
const DEFAULT_ZONE = 'America/Chicago';

export interface DocumentUpload {
  fileName: string;
  stream: Readable;
  /** Whether the multipart reader cut the file at the size limit. */
  truncated(): boolean;
}

function titleOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return (base === '' ? 'Document' : base).slice(0, 200);
}

/** The file as it arrives: its first bytes kept for sniffing. */
function headKeeper(): { transform: Transform; head: () => Buffer } {
  const chunks: Buffer[] = [];
  let kept = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (kept < HEAD_BYTES) {
        chunks.push(chunk.subarray(0, HEAD_BYTES - kept));
        kept += Math.min(chunk.length, HEAD_BYTES - kept);
      }
      done(null, chunk);
    },
  });
  return { transform, head: () => Buffer.concat(chunks) };
}

/**
 * Stores an uploaded file for a case: the bytes go straight into the encrypted blob store (never whole in memory,
 * never plain on disk), then the file is sniffed, checked against its name, matched to a document already in the
 * case (same SHA-256: nothing new is kept) and, when small, opened once so a locked or damaged file is refused now.
 * Throws HttpError (413, 415, 422) with a plain sentence; on any refusal the stored blob is removed.
 */
export async function addDocument(
  ctx: AppContext,
  jobs: JobQueue,
  caseId: string,
  upload: DocumentUpload,
  fields: () => UploadFields | Promise<UploadFields>,
): Promise<{ added: DocumentAdded; created: boolean }> {
  const keeper = headKeeper();
  const source = upload.stream.pipe(keeper.transform);
  upload.stream.on('error', (error) => keeper.transform.destroy(error));
  let blob;
  try {
    blob = await ctx.blobs.put(source);
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new HttpError(413, tooBig(ctx.config.documentLimitBytes));
    throw error;
  }
  const refuse = async (status: number, message: string): Promise<never> => {
    await ctx.blobs.delete(blob.id);
    throw new HttpError(status, message);
  };
  if (upload.truncated()) return refuse(413, tooBig(ctx.config.documentLimitBytes));
  if (blob.bytes === 0) return refuse(422, EMPTY_FILE);
  const sniffed = sniff(keeper.head());
  if (sniffed === null) return refuse(415, NOT_A_DOCUMENT);
  if ('unsupported' in sniffed) return refuse(415, sniffed.unsupported);
  const mismatch = nameMismatch(upload.fileName, sniffed);
  if (mismatch) return refuse(415, mismatch);
  let given: UploadFields;
  try {
    given = await fields();
  } catch (error) {
    await ctx.blobs.delete(blob.id);
    throw error;
  }

  const same = await findBySha(ctx.storage.db, caseId, blob.sha256);
  if (same) {
    await ctx.blobs.delete(blob.id);
    return { added: duplicateAnswer(same), created: false };
  }

  const stamp = ctx.now().toISOString();
  const kind = given.kind ?? (sniffed.format === 'email' ? 'email' : 'other');
  const row: DocumentsTable = {
    id: newId(),
    case_id: caseId,
    title: given.title ?? titleOf(upload.fileName),
    file_name: upload.fileName.slice(0, 255),
    format: sniffed.format,
    media_type: sniffed.mediaType,
    blob_id: blob.id,
    sha256: blob.sha256,
    bytes: blob.bytes,
    kind,
    tab: given.tab ?? (given.kind ? guessTab(given.kind, '') : TAB_OF_KIND[kind]),
    document_date: given.documentDate ?? null,
    date_source: given.documentDate ? 'given' : 'unknown',
    kind_given: given.kind ? 1 : 0,
    tab_given: given.tab ? 1 : 0,
    received_on:
      given.receivedOn ??
      DateTime.fromJSDate(ctx.now()).setZone(DEFAULT_ZONE).toISODate() ??
      stamp.slice(0, 10),
    status: 'queued',
    pages_done: 0,
    pages_total: null,
    ocr_pages: 0,
    error: null,
    job_id: null,
    created_at: stamp,
    updated_at: stamp,
  };
  if (blob.bytes <= CHECK_AT_UPLOAD_BYTES && sniffed.format !== 'image') {
    try {
      await withReader(ctx, row as DocumentRow, () => Promise.resolve());
    } catch (error) {
      if (error instanceof UnreadableDocumentError) return refuse(error.statusCode, error.message);
      await ctx.blobs.delete(blob.id);
      throw error;
    }
  }
  try {
    await insertDocument(ctx.storage.db, row);
  } catch (error) {
    // The same file sent twice at the same moment: the other request's row won.
    const winner = await findBySha(ctx.storage.db, caseId, blob.sha256);
    await ctx.blobs.delete(blob.id);
    if (winner) return { added: duplicateAnswer(winner), created: false };
    throw error;
  }
  const jobId = await jobs.enqueue(READ_DOCUMENT_JOB, { documentId: row.id });
  await updateDocument(ctx.storage.db, row.id, { job_id: jobId });
  const reading =
    sniffed.format === 'image' || sniffed.format === 'pdf'
      ? ' Reading its text can take a minute for each page of a scan.'
      : '';
  return {
    added: {
      document: documentView({ ...row, job_id: jobId }),
      duplicate: false,
      message: `Added "${row.title}".${reading}`,
    },
    created: true,
  };
}

function duplicateAnswer(row: DocumentRow): DocumentAdded {
  return {
    document: documentView(row),
    duplicate: true,
    message: `This file is already in the binder as "${row.title}" (added ${plainDate(row.created_at.slice(0, 10))}). Nothing new was saved.`,
  };
}

export async function caseDocuments(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<{ documents: BinderDocument[] }>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  return ok({ documents: (await listDocuments(ctx.storage.db, caseId)).map(documentView) });
}

/** The document row of an owned case, or not-found (the case's or the document's). */
export async function documentOfCase(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<DocumentRow>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const row = await findDocument(ctx.storage.db, caseId, documentId);
  return row ? ok(row) : partNotFound(DOCUMENT_NOT_FOUND);
}

export async function documentWithPages(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<DocumentBody>> {
  const found = await documentOfCase(ctx, ownerId, caseId, documentId);
  if (found.kind !== 'ok') return found;
  return ok({ document: documentView(found.value), pages: await listPages(ctx.storage.db, documentId) });
}

export async function patchDocument(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
  patch: DocumentPatchBody,
): Promise<CaseResult<BinderDocument>> {
  const found = await documentOfCase(ctx, ownerId, caseId, documentId);
  if (found.kind !== 'ok') return found;
  const values: Partial<DocumentsTable> = { updated_at: ctx.now().toISOString() };
  if (patch.title !== undefined) values.title = patch.title;
  if (patch.kind !== undefined) Object.assign(values, { kind: patch.kind, kind_given: 1 });
  if (patch.tab !== undefined) Object.assign(values, { tab: patch.tab, tab_given: 1 });
  if (patch.documentDate !== undefined)
    Object.assign(values, {
      document_date: patch.documentDate,
      date_source: patch.documentDate === null ? 'unknown' : 'given',
    });
  if (patch.receivedOn !== undefined) values.received_on = patch.receivedOn;
  await updateDocument(ctx.storage.db, documentId, values);
  const row = await findDocument(ctx.storage.db, caseId, documentId);
  return row ? ok(documentView(row)) : partNotFound(DOCUMENT_NOT_FOUND);
}

/** Deletes the row (and its pages) first, then the file: a crash between leaves a file the orphan sweep removes. */
export async function deleteDocument(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<null>> {
  const found = await documentOfCase(ctx, ownerId, caseId, documentId);
  if (found.kind !== 'ok') return found;
  await deleteDocumentRow(ctx.storage.db, caseId, documentId);
  await ctx.blobs.delete(found.value.blob_id);
  return ok(null);
}

/** Reads a failed document again from its first page. */
export async function retryDocument(
  ctx: AppContext,
  jobs: JobQueue,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<BinderDocument>> {
  const found = await documentOfCase(ctx, ownerId, caseId, documentId);
  if (found.kind !== 'ok') return found;
  if (found.value.status !== 'failed')
    return conflict(
      found.value.status === 'ready'
        ? 'This document is already read, so there is nothing to do again.'
        : 'This document is being read now. Wait for it to finish.',
    );
  await deletePages(ctx.storage.db, documentId);
  await updateDocument(ctx.storage.db, documentId, {
    status: 'queued',
    error: null,
    pages_done: 0,
    pages_total: null,
    ocr_pages: 0,
    updated_at: ctx.now().toISOString(),
  });
  const jobId = await jobs.enqueue(READ_DOCUMENT_JOB, { documentId });
  await updateDocument(ctx.storage.db, documentId, { job_id: jobId });
  const row = await findDocument(ctx.storage.db, caseId, documentId);
  return row ? ok(documentView(row)) : partNotFound(DOCUMENT_NOT_FOUND);
}
