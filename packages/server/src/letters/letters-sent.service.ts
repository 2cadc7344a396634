import {
  METHOD_FORMAT,
  isLetterKind,
  letterClocks,
  plainDate,
  type CaseFile,
  type LetterKind,
  type SendMethod,
} from '@iep/core';
import { DateTime } from 'luxon';
import { insertCaseEvent } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { newId } from '../ids.js';
import { invalid, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase } from '../cases/cases.service.js';
import {
  findDraft,
  findLetterFile,
  findNewestLetterFile,
  insertSentLetter,
  listSentLetters,
  readClocks,
  setSentLetterReceivedOn,
  type LetterFileInfo,
  type SentLetter,
} from './letters.repository.js';
import {
  caseDay,
  caseWithMeeting,
  FILE_NOT_FOUND,
  makeLetterFile,
  type FileProblem,
} from './letters.service.js';

// Recording that a letter was sent: when, how, the exact file that went (its SHA-256 on the paper trail), the
// clocks it started (core's letterClocks over the answers it was made from) and, once the parent knows it, the day
// it arrived: by mail, the plan's deadlines wait for that day (missouri-rules.md §16.5).

export const FILE_OF_OTHER_LETTER = 'That file belongs to another letter. Pick a file of this letter.';
export const SENT_LETTER_NOT_FOUND = 'This sent letter was not found. Reload the list of letters.';

/** The case's sent letters, newest first, with the clocks each started (the plan counts its deadlines from them). */
export function sentLettersOfCase(storage: Storage, caseId: string): Promise<SentLetter[]> {
  return listSentLetters(storage.db, caseId);
}

/** The clocks column of a sent letter as stored (JSON text), for a caller that reads the rows in its own query. */
export function sentLetterClocks(value: string | null): string[] | null {
  return readClocks(value);
}

/** The arrival day must be a real day between the day it was sent and today (in the letter's zone). */
function arrivalProblem(
  file: CaseFile,
  meetingId: string,
  sentAt: string,
  receivedOn: string,
  now: string,
): CaseResult<never> | null {
  const sentDay = caseDay(file, meetingId, sentAt);
  const message =
    receivedOn < sentDay
      ? `A letter cannot arrive before the day it was sent (${plainDate(sentDay)}). Check the arrival date.`
      : receivedOn > caseDay(file, meetingId, now)
        ? 'The arrival date is in the future. Give the day the letter arrived.'
        : null;
  return message === null ? null : invalid([{ path: '$.receivedOn', message }]);
}

/** The clocks the letter starts: from the answers of its saved draft and the student's plan. */
async function clocksAtSending(
  storage: Storage,
  caseId: string,
  file: CaseFile,
  kind: string,
  meetingId: string,
): Promise<string[] | null> {
  if (!isLetterKind(kind)) return null;
  const answers = (await findDraft(storage.db, caseId, kind, meetingId))?.answers ?? {};
  return letterClocks(kind, answers, file.student.planType);
}

/** Writes the sent record and its paper-trail event in one transaction. */
async function recordSent(
  storage: Storage,
  caseId: string,
  caseFile: CaseFile,
  file: LetterFileInfo,
  input: { sentAt: string; method: SendMethod; receivedOn?: string | undefined; now: string },
): Promise<CaseResult<SentLetter>> {
  const sentAt = DateTime.fromISO(input.sentAt, { setZone: true }).toUTC().toISO() ?? input.sentAt;
  const receivedOn = input.receivedOn ?? null;
  if (receivedOn !== null) {
    const problem = arrivalProblem(caseFile, file.meetingId, sentAt, receivedOn, input.now);
    if (problem) return problem;
  }
  const sent: SentLetter = {
    id: newId(),
    fileId: file.id,
    kind: file.kind,
    meetingId: file.meetingId,
    sentAt,
    method: input.method,
    sha256: file.sha256,
    format: file.format,
    filename: file.filename,
    receivedOn,
    clocks: await clocksAtSending(storage, caseId, caseFile, file.kind, file.meetingId),
  };
  await storage.db.transaction().execute(async (trx) => {
    await insertSentLetter(trx, { ...sent, caseId, createdAt: input.now });
    await insertCaseEvent(trx, {
      caseId,
      at: input.now,
      kind: 'letter.sent',
      data: { ...sent, sentLetterId: sent.id },
    });
  });
  return ok(sent);
}

/** Records that a stored file was sent, with the hash of its exact bytes, on the case's paper trail. */
export async function markLetterSent(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    fileId: string;
    sentAt: string;
    method: SendMethod;
    receivedOn?: string | undefined;
    now: string;
  },
): Promise<CaseResult<SentLetter>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  const file = await findLetterFile(storage.db, input.caseId, input.fileId);
  if (!file) return partNotFound(FILE_NOT_FOUND);
  return recordSent(storage, input.caseId, stored.file, file, input);
}

/**
 * Records how a letter was sent and the file that went: the one the parent names, else the newest file of the
 * format the method sends (the .eml for an email, the PDF for the post or by hand), made now from the saved draft
 * when there is none yet. Never simply the last file made: that may be a Word file the parent only edited.
 */
export async function markLetterSentBy(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    method: SendMethod;
    fileId?: string;
    sentAt: string;
    receivedOn?: string | undefined;
    now: string;
  },
): Promise<CaseResult<SentLetter | FileProblem>> {
  const found = await caseWithMeeting(storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  let file: LetterFileInfo | null;
  if (input.fileId !== undefined) {
    file = await findLetterFile(storage.db, input.caseId, input.fileId);
    if (!file) return partNotFound(FILE_NOT_FOUND);
    if (file.kind !== input.kind || file.meetingId !== input.meetingId)
      return partNotFound(FILE_OF_OTHER_LETTER);
  } else {
    const format = METHOD_FORMAT[input.method];
    file = await findNewestLetterFile(storage.db, input.caseId, input.kind, input.meetingId, format);
    if (!file) {
      const made = await makeLetterFile(storage, { ...input, format });
      if (made.kind !== 'ok') return made;
      if ('problem' in made.value) return ok(made.value);
      file = made.value;
    }
  }
  return recordSent(storage, input.caseId, found.value.file, file, input);
}

/** Records the day a sent letter arrived (the parent's word), so the clocks that start on receipt can count. */
export async function setLetterArrival(
  storage: Storage,
  input: { ownerId: string; caseId: string; sentId: string; receivedOn: string; now: string },
): Promise<CaseResult<SentLetter>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  const sent = (await listSentLetters(storage.db, input.caseId)).find((s) => s.id === input.sentId);
  if (!sent) return partNotFound(SENT_LETTER_NOT_FOUND);
  const problem = arrivalProblem(stored.file, sent.meetingId, sent.sentAt, input.receivedOn, input.now);
  if (problem) return problem;
  await storage.db.transaction().execute(async (trx) => {
    await setSentLetterReceivedOn(trx, input.caseId, input.sentId, input.receivedOn);
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at: input.now,
      kind: 'letter.arrived',
      data: { sentLetterId: sent.id, kind: sent.kind, receivedOn: input.receivedOn },
    });
  });
  return ok({ ...sent, receivedOn: input.receivedOn });
}
