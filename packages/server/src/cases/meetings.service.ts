import { closureSchema, parseMeeting, toJsonPath, type CaseProblem } from '@iep/core';
import { ownsCase } from './case-access.js';
import type { Storage } from '../db/open-storage.js';
import { ChangeRefused, changeCase, type StoredCase } from './cases.service.js';
import { deleteMeetingRows, meetingEvidence } from './meeting-rows.js';
import { conflict, invalid, notFound, partNotFound, type CaseResult } from './case-results.js';

export const MEETING_NOT_FOUND =
  'This meeting is not in the case. Reload the case and pick a meeting from the list.';

/** The meeting id comes from the address when the body leaves it out; a different one in the body is refused. */
function withAddressId(input: unknown, meetingId: string): unknown {
  if (input && typeof input === 'object' && !Array.isArray(input) && !('id' in input))
    return { ...input, id: meetingId };
  return input;
}

export async function addMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  input: unknown,
): Promise<CaseResult<StoredCase>> {
  const parsed = parseMeeting(input);
  if (!parsed.ok) return (await ownsCase(storage, ownerId, caseId)) ? invalid(parsed.problems) : notFound;
  const meeting = parsed.value;
  return changeCase(storage, ownerId, caseId, 'meeting.added', (file) => {
    if (file.meetings.some((m) => m.id === meeting.id)) {
      return conflict(
        `This case already has a meeting with the id "${meeting.id}". Use another id, or edit that meeting.`,
      );
    }
    file.meetings.push(meeting);
    return { file, data: { meetingId: meeting.id, kind: meeting.kind } };
  });
}

export async function updateMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
  input: unknown,
): Promise<CaseResult<StoredCase>> {
  const parsed = parseMeeting(withAddressId(input, meetingId));
  if (!parsed.ok) return (await ownsCase(storage, ownerId, caseId)) ? invalid(parsed.problems) : notFound;
  const meeting = parsed.value;
  return changeCase(storage, ownerId, caseId, 'meeting.updated', (file) => {
    const index = file.meetings.findIndex((m) => m.id === meetingId);
    if (index < 0) return partNotFound(MEETING_NOT_FOUND);
    if (meeting.id !== meetingId) {
      const problem: CaseProblem = {
        path: '$.id',
        message: 'The id cannot change. Keep the id of the meeting you are editing.',
      };
      return invalid([problem]);
    }
    file.meetings[index] = meeting;
    return { file, data: { meetingId } };
  });
}

export async function deleteMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<CaseResult<StoredCase>> {
  return changeCase(storage, ownerId, caseId, 'meeting.deleted', (file) => {
    const index = file.meetings.findIndex((m) => m.id === meetingId);
    if (index < 0) return partNotFound(MEETING_NOT_FOUND);
    file.meetings.splice(index, 1);
    return {
      file,
      data: { meetingId },
      // Its rows go with it (a new meeting that reuses the id starts clean), unless it has evidence: then it stays.
      alsoInTransaction: async (trx) => {
        const evidence = await meetingEvidence(trx, caseId, meetingId);
        if (evidence !== null) throw new ChangeRefused(evidence);
        await deleteMeetingRows(trx, caseId, meetingId);
      },
    };
  });
}

export async function addClosure(
  storage: Storage,
  ownerId: string,
  caseId: string,
  input: unknown,
): Promise<CaseResult<StoredCase>> {
  const parsed = closureSchema.safeParse(input);
  if (!parsed.success) {
    if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
    return invalid(parsed.error.issues.map((i) => ({ path: toJsonPath(i.path), message: i.message })));
  }
  const closure = parsed.data;
  return changeCase(storage, ownerId, caseId, 'closure.added', (file) => {
    file.closures.push(closure);
    return { file, data: { from: closure.from, to: closure.to } };
  });
}

export async function deleteClosure(
  storage: Storage,
  ownerId: string,
  caseId: string,
  index: number,
): Promise<CaseResult<StoredCase>> {
  return changeCase(storage, ownerId, caseId, 'closure.deleted', (file) => {
    const closure = file.closures[index];
    if (closure === undefined)
      return partNotFound('There is no closure at this place in the list. Reload the case.');
    file.closures.splice(index, 1);
    return { file, data: { from: closure.from, to: closure.to } };
  });
}
