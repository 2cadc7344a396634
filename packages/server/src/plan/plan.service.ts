import {
  isDeadlineRuleId,
  isLetterKind,
  isSendMethod,
  isTaskId,
  planMeeting,
  type LetterKind,
  type Meeting,
  type Plan,
  type SentLetter,
  type TaskId,
} from '@iep/core';
import { insertCaseEvent } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { markTaskDone, markTaskNotDone } from './task-status.repository.js';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { readPlanInputs } from './plan-inputs.repository.js';
import { getStoredCase, toStoredCase, type StoredCase } from '../cases/cases.service.js';
import { LruCache } from './plan-cache.js';
import { MEETING_NOT_FOUND } from '../cases/meetings.service.js';

export const TASK_NOT_FOUND = 'There is no such task in this plan. Reload the plan and try again.';

// Computing a plan is the most expensive read; the web app asks for the same plan again and again.
const plans = new LruCache<PlanWithCase>(500);

export interface PlanWithCase {
  plan: Plan;
  stored: StoredCase;
  meeting: Meeting;
}

/** The prep plan of one meeting of the user's case, with the tasks they ticked. `now` is an ISO instant. */
export async function planForMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
  now: string,
): Promise<CaseResult<PlanWithCase>> {
  // One query: the case (only the user's), the ticks, the letters sent and the confirmed promises.
  const inputs = await readPlanInputs(storage, ownerId, caseId, meetingId);
  if (!inputs) return notFound;
  const { row, commitments } = inputs;
  const done = [...inputs.done].sort();
  // Letters marked sent: the planner ticks their task and lists the deadlines they start.
  // How each went and the day it arrived decide when its clocks start (by mail: once the parent gives the day).
  const sent = inputs.sent
    .filter((s) => isLetterKind(s.kind))
    .map((s): SentLetter => ({
      id: s.id,
      kind: s.kind as LetterKind,
      sentAt: s.sentAt,
      ...(s.meetingId ? { meetingId: s.meetingId } : {}),
      ...(isSendMethod(s.method) ? { method: s.method } : {}),
      ...(s.receivedOn !== null ? { receivedOn: s.receivedOn } : {}),
      ...(s.clocks !== null ? { clocks: s.clocks.filter(isDeadlineRuleId) } : {}),
    }));
  // The commitments are in the key: confirming, editing or ticking an item gives a new plan, never a stale one.
  const key = JSON.stringify([caseId, Number(row.version), meetingId, now, done, sent, commitments]);
  const cached = plans.get(key);
  if (cached) return ok(cached);
  const stored = toStoredCase(row);
  const meeting = stored.file.meetings.find((m) => m.id === meetingId);
  if (!meeting) return partNotFound(MEETING_NOT_FOUND);
  const input = { meeting, now, caseFile: stored.file, done, sent, commitments };
  const result = { plan: planMeeting(input), stored, meeting };
  plans.set(key, result);
  return ok(result);
}

/** Ticks or unticks a task, then gives the plan as it is now. */
export async function setTaskDone(
  storage: Storage,
  input: { ownerId: string; caseId: string; meetingId: string; taskId: string; done: boolean; now: string },
): Promise<CaseResult<Plan>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  if (!stored.file.meetings.some((m) => m.id === input.meetingId)) return partNotFound(MEETING_NOT_FOUND);
  if (!isTaskId(input.taskId)) return partNotFound(TASK_NOT_FOUND);
  const taskId: TaskId = input.taskId;
  await storage.db.transaction().execute(async (trx) => {
    if (input.done) {
      await markTaskDone(trx, {
        caseId: input.caseId,
        meetingId: input.meetingId,
        taskId,
        userId: input.ownerId,
        doneAt: input.now,
      });
    } else {
      await markTaskNotDone(trx, input.caseId, input.meetingId, taskId);
    }
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at: input.now,
      kind: input.done ? 'task.done' : 'task.undone',
      data: { meetingId: input.meetingId, taskId },
    });
  });
  const result = await planForMeeting(storage, input.ownerId, input.caseId, input.meetingId, input.now);
  return result.kind === 'ok' ? ok(result.value.plan) : result;
}
