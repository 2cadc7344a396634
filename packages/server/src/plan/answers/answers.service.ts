import { trackAnswers, type AnswerList, type Plan } from '@iep/core';
import { DateTime } from 'luxon';
import { findDocument } from '../../binder/documents.repository.js';
import { invalid, notFound, ok, partNotFound, type CaseResult } from '../../cases/case-results.js';
import { insertCaseEvent } from '../../cases/cases.repository.js';
import { getStoredCase, type StoredCase } from '../../cases/cases.service.js';
import type { Storage } from '../../db/open-storage.js';
import { readCasePlanInputs } from '../plan-inputs.repository.js';
import { planForMeeting } from '../plan.service.js';
import { deleteMark, listMarks, saveMark } from './answers.repository.js';

// What the school owes the parent: core's trackAnswers over the plans of every meeting of the case (the plan
// already counts each sent letter's deadlines and lists the meeting promises, so nothing is counted twice here) and
// the parent's marks that an item was answered.

export const ITEM_NOT_FOUND = 'This item is not on the list of answers. Reload the page and try again.';
export const DOCUMENT_NOT_FOUND =
  'That document is not in this case’s binder. Pick a document from the binder.';

export interface AnswersWithCase {
  list: AnswerList;
  plans: Plan[];
  stored: StoredCase;
}

/** The zone the case's days are counted in: its first meeting's, else Missouri's. */
function caseZone(stored: StoredCase): string {
  return stored.file.meetings[0]?.timeZone ?? 'America/Chicago';
}

export function caseToday(stored: StoredCase, now: string): string {
  return DateTime.fromISO(now, { setZone: true }).setZone(caseZone(stored)).toISODate() ?? now.slice(0, 10);
}

/**
 * The answer list of a case, over the plans of all its meetings. The plans' inputs are read for the whole case in
 * a few queries (not per meeting); `known` is the case when the caller read it already (the home page lists them).
 */
export async function answersOfCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
  now: string,
  known?: StoredCase,
): Promise<CaseResult<AnswersWithCase>> {
  const stored = known ?? (await getStoredCase(storage, ownerId, caseId));
  if (!stored) return notFound;
  const [inputsOf, marks] = await Promise.all([
    readCasePlanInputs(storage, caseId, stored.version),
    listMarks(storage.db, caseId),
  ]);
  const plans: Plan[] = [];
  for (const meeting of stored.file.meetings) {
    const result = await planForMeeting(storage, ownerId, caseId, meeting.id, now, {
      inputs: inputsOf(meeting.id),
      stored,
    });
    if (result.kind === 'ok') plans.push(result.value.plan);
  }
  return ok({ list: trackAnswers({ today: caseToday(stored, now), plans, marks }), plans, stored });
}

/** Marks an item answered (with a document of the case's binder, or none), then gives the list as it is now. */
export async function markAnswered(
  storage: Storage,
  input: {
    ownerId: string;
    /** Who marks it: the signed-in caller (a co-parent's mark is theirs, not the owner's). */
    actorId: string;
    caseId: string;
    itemId: string;
    documentId: string | null;
    answeredOn?: string | undefined;
    now: string;
  },
): Promise<CaseResult<AnswerList>> {
  const current = await answersOfCase(storage, input.ownerId, input.caseId, input.now);
  if (current.kind !== 'ok') return current;
  if (!current.value.list.items.some((i) => i.id === input.itemId)) return partNotFound(ITEM_NOT_FOUND);
  const today = current.value.list.today;
  const answeredOn = input.answeredOn ?? today;
  if (!DateTime.fromISO(answeredOn).isValid) {
    return invalid([{ path: '$.answeredOn', message: 'Use a real date written as YYYY-MM-DD.' }]);
  }
  if (answeredOn > today) {
    return invalid([
      { path: '$.answeredOn', message: 'The answer cannot come after today. Check the date.' },
    ]);
  }
  if (input.documentId !== null && !(await findDocument(storage.db, input.caseId, input.documentId))) {
    return partNotFound(DOCUMENT_NOT_FOUND);
  }
  await storage.db.transaction().execute(async (trx) => {
    await saveMark(trx, {
      caseId: input.caseId,
      itemId: input.itemId,
      documentId: input.documentId,
      answeredOn,
      by: input.actorId,
      at: input.now,
    });
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at: input.now,
      kind: 'answer.marked',
      data: { itemId: input.itemId, documentId: input.documentId, answeredOn, userId: input.actorId },
    });
  });
  return reread(storage, input);
}

/** Takes the mark back (an undo); the item goes back to waiting or late. */
export async function unmarkAnswered(
  storage: Storage,
  input: { ownerId: string; caseId: string; itemId: string; now: string },
): Promise<CaseResult<AnswerList>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  const removed = await storage.db.transaction().execute(async (trx) => {
    const gone = await deleteMark(trx, input.caseId, input.itemId);
    if (gone) {
      await insertCaseEvent(trx, {
        caseId: input.caseId,
        at: input.now,
        kind: 'answer.unmarked',
        data: { itemId: input.itemId },
      });
    }
    return gone;
  });
  if (!removed) return partNotFound(ITEM_NOT_FOUND);
  return reread(storage, input);
}

async function reread(
  storage: Storage,
  input: { ownerId: string; caseId: string; now: string },
): Promise<CaseResult<AnswerList>> {
  const after = await answersOfCase(storage, input.ownerId, input.caseId, input.now);
  return after.kind === 'ok' ? ok(after.value.list) : after;
}
