import { METHOD_FORMAT, type LetterKind, type SendMethod } from '@iep/core';
import { DateTime } from 'luxon';
import { insertCaseEvent } from '../db/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { newId } from '../ids.js';
import { notFound, ok, partNotFound, type CaseResult } from '../services/case-results.js';
import {
  findLetterFile,
  findNewestLetterFile,
  insertSentLetter,
  type LetterFileInfo,
  type SentLetter,
} from './letters.repository.js';
import {
  caseWithMeeting,
  FILE_NOT_FOUND,
  makeLetterFile,
  visible,
  type FileProblem,
} from './letters.service.js';

// Recording that a letter was sent: when, how, and the exact file that went (its SHA-256 on the paper trail).

export const FILE_OF_OTHER_LETTER = 'That file belongs to another letter. Pick a file of this letter.';

/** Writes the sent record and its paper-trail event in one transaction. */
async function recordSent(
  storage: Storage,
  caseId: string,
  file: LetterFileInfo,
  input: { sentAt: string; method: SendMethod; now: string },
): Promise<SentLetter> {
  const sentAt = DateTime.fromISO(input.sentAt, { setZone: true }).toUTC().toISO() ?? input.sentAt;
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
  return sent;
}

/** Records that a stored file was sent, with the hash of its exact bytes, on the case's paper trail. */
export async function markLetterSent(
  storage: Storage,
  input: { ownerId: string; caseId: string; fileId: string; sentAt: string; method: SendMethod; now: string },
): Promise<CaseResult<SentLetter>> {
  if (!(await visible(storage, input.ownerId, input.caseId))) return notFound;
  const file = await findLetterFile(storage.db, input.caseId, input.fileId);
  if (!file) return partNotFound(FILE_NOT_FOUND);
  return ok(await recordSent(storage, input.caseId, file, input));
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
  return ok(await recordSent(storage, input.caseId, file, input));
}
