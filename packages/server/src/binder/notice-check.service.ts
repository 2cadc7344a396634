import { checkNotice, noticeLetterAnswers, noticeTiming } from '@iep/core';
import type { NoticeCheckBody } from '@iep/core/contract';
import type { AppContext } from '../context/app-context.js';
import { getStoredCase } from '../cases/cases.service.js';
import { notFound, ok, type CaseResult } from '../cases/case-results.js';
import { todayFor } from '../data/data.service.js';
import { HttpError } from '../http/errors.js';
import { listPages } from './documents.repository.js';
import { documentOfCase } from './documents.service.js';

// The Prior Written Notice (Notice of Action) check of a binder document: core's checkNotice over the pages the
// reading job saved, the 10-day wait counted from the document's date in the case's time zone, and the answers
// of the letter that asks for the missing parts. Only a read notice can be checked: anything else is a 422.

export const NOT_A_NOTICE =
  'This document is not marked as a Prior Written Notice (Notice of Action). If it is one, change its kind to "Prior Written Notice (Notice of Action)" and try again.';
const NOT_READ: Record<string, string> = {
  queued: 'This notice is waiting to be read. Try again when its text is ready.',
  reading: 'This notice is still being read. Try again when its text is ready.',
  failed:
    'The text of this notice could not be read, so it cannot be checked. Read it again, or add photos of its pages.',
};

export async function noticeCheckOf(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<NoticeCheckBody>> {
  const found = await documentOfCase(ctx, ownerId, caseId, documentId);
  if (found.kind !== 'ok') return found;
  const row = found.value;
  if (row.kind !== 'pwn') throw new HttpError(422, NOT_A_NOTICE);
  if (row.status !== 'ready') throw new HttpError(422, NOT_READ[row.status] ?? NOT_READ['reading'] ?? '');
  const stored = await getStoredCase(ctx.storage, ownerId, caseId);
  if (!stored) return notFound;
  const planType = stored.file.student.planType;
  const pages = await listPages(ctx.storage.db, documentId);
  const check = checkNotice(
    pages.map((p) => ({ n: p.n, text: p.text })),
    planType,
  );
  const timing = noticeTiming({
    noticeDate: row.document_date,
    planType,
    decision: check.decision,
    today: todayFor(stored.file, ctx.now()),
  });
  return ok({
    documentId: row.id,
    title: row.title,
    ...check,
    timing,
    letterAnswers: noticeLetterAnswers(check, row.document_date),
  });
}
