import {
  checkProgressReport,
  compareIep,
  settledPoints,
  type SettledCard,
  type SettledItem,
  type SettledPoint,
} from '@iep/core';
import type { DocumentProgressCheck, MeetingCompare } from '@iep/core/contract';
import type { AppContext } from '../context/app-context.js';
import { getCompanion } from '../companion/companion.service.js';
import { ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { caseWithMeeting } from '../letters/letters.service.js';
import type { DocumentRow } from '../db/schema.js';
import type { Storage } from '../db/open-storage.js';
import { HttpError } from '../http/errors.js';
import { listItemsOfRecording } from '../transcripts/items.repository.js';
import { DOCUMENT_NOT_FOUND } from './documents.service.js';
import { findDocument, listPages } from './documents.repository.js';

// The binder's checks: an IEP or amendment against what a meeting settled (confirmed transcript items, the
// companion's taps, the case's services), and a progress report's marks against the data. The rules are core's;
// this gathers their input and refuses, in plain words, a document of the wrong kind or not read yet.

export const NOT_AN_IEP =
  'This check is for an IEP or an IEP amendment. If this document is one, change its kind first.';
export const NOT_A_PROGRESS_REPORT =
  'This check is for a progress report. If this document is one, change its kind first.';
const STILL_READING = 'We are still reading this document. Try again when its text is ready.';
const READING_FAILED =
  'We could not read the text of this document, so we cannot check it. Try reading it again.';

function refuseUnread(row: DocumentRow): void {
  if (row.status === 'failed') throw new HttpError(422, READING_FAILED);
  if (row.status !== 'ready') throw new HttpError(422, STILL_READING);
}

/** What a meeting settled (see core's settledPoints), with the meeting's recording for the moments. */
export async function settledOfMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<CaseResult<{ settled: SettledPoint[]; recordingId: string | null }>> {
  const found = await caseWithMeeting(storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  const companion = await getCompanion(storage, ownerId, caseId, meetingId);
  if (companion.kind !== 'ok') return companion;
  const { recordingId, state } = companion.value;
  const items: SettledItem[] = [];
  if (recordingId !== null)
    for (const item of await listItemsOfRecording(storage.db, recordingId))
      if (item.status === 'confirmed' && (item.kind === 'agreement' || item.kind === 'commitment'))
        items.push({
          id: item.id,
          kind: item.kind,
          text: item.text,
          source: item.source,
          startMs: item.start_ms === null ? null : Number(item.start_ms),
          recordingId,
        });
  const cards: SettledCard[] = state.cards.flatMap((card) =>
    card.outcome === 'agreed' || card.outcome === 'promised'
      ? [
          {
            cardId: card.cardId,
            title: card.title,
            detail: card.detail,
            outcome: card.outcome,
            atMs: card.atMs,
            entryId: card.entryId,
          },
        ]
      : [],
  );
  return ok({
    settled: settledPoints({ services: found.value.file.services, items, cards, recordingId }),
    recordingId,
  });
}

export async function compareWithMeeting(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
  meetingId: string,
): Promise<CaseResult<MeetingCompare>> {
  const found = await caseWithMeeting(ctx.storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  const row = await findDocument(ctx.storage.db, caseId, documentId);
  if (row === undefined) return partNotFound(DOCUMENT_NOT_FOUND);
  if (row.kind !== 'iep' && row.kind !== 'amendment') throw new HttpError(422, NOT_AN_IEP);
  refuseUnread(row);
  const meeting = await settledOfMeeting(ctx.storage, ownerId, caseId, meetingId);
  if (meeting.kind !== 'ok') return meeting;
  const pages = await listPages(ctx.storage.db, documentId);
  return ok({
    documentId,
    meetingId,
    recordingId: meeting.value.recordingId,
    comparison: compareIep(meeting.value.settled, pages),
  });
}

export async function progressCheck(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  documentId: string,
): Promise<CaseResult<DocumentProgressCheck>> {
  const found = await caseWithMeeting(ctx.storage, ownerId, caseId, '');
  if (found.kind !== 'ok') return found;
  const row = await findDocument(ctx.storage.db, caseId, documentId);
  if (row === undefined) return partNotFound(DOCUMENT_NOT_FOUND);
  if (row.kind !== 'progress-report') throw new HttpError(422, NOT_A_PROGRESS_REPORT);
  refuseUnread(row);
  const pages = await listPages(ctx.storage.db, documentId);
  const reportDate = row.document_date ?? row.received_on;
  return ok({
    documentId,
    dateFrom: row.document_date === null ? 'received' : 'document',
    reportDate,
    check: checkProgressReport(found.value.file, pages, reportDate),
  });
}
