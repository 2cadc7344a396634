import {
  isDeadlineRuleId,
  isLetterKind,
  isSendMethod,
  isTaskId,
  planAtMoment,
  planMeetingUntil,
  type LetterKind,
  type Meeting,
  type Plan,
  type PlanInput,
  type SentLetter,
  type TaskId,
} from '@iep/core';
import { findCase, insertCaseEvent } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { markTaskDone, markTaskNotDone } from './task-status.repository.js';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { readPlanInputs, type PlanInputs } from './plan-inputs.repository.js';
import { companionPromises, isCompanionPromiseId } from '../companion/companion-promises.js';
import { getStoredCase, toStoredCase, type StoredCase } from '../cases/cases.service.js';
import { cachePerDatabase, LruCache } from '../cache/lru-cache.js';
import { MEETING_NOT_FOUND } from '../cases/meetings.service.js';

export const TASK_NOT_FOUND = 'There is no such task in this plan. Reload the plan and try again.';

// Computing a plan is the most expensive read; the web app asks for the same plan again and again, and the home
// page asks for every plan of every case. A plan is kept per database under a key made of everything it is
// computed from except the moment: the owner, the case and its version (every write of the case file raises it),
// the meeting, the ticks, the sent letters and the confirmed promises. Those are read on every request (one query
// on PostgreSQL), so a kept plan is never older than the database, whichever process wrote. The moment is handled
// by core's planMeetingUntil: a plan reads the same (but for its `now`) until the first moment a status, a warning
// or the local date changes, so a kept plan serves every moment of that window (planAtMoment) and a new second
// costs nothing. The case document is read and parsed only to compute a new plan, and not even then when the
// caller already has it.
interface KeptPlan {
  plan: Plan;
  validFrom: number;
  validUntil: number;
  stored: StoredCase;
  meeting: Meeting;
  bytes: number;
  /** The plan as last read, at that moment, with its JSON once a route asked for it (a second's requests share it). */
  at: ReadAt;
}
interface ReadAt {
  now: string;
  plan: Plan;
  json: Buffer | null;
}
const plans = cachePerDatabase(() => new LruCache<KeptPlan>(5000, (p) => p.bytes, 64 * 1024 * 1024));
const inFlight = cachePerDatabase(() => new Map<string, Promise<CaseResult<PlanWithCase>>>());

export interface PlanWithCase {
  plan: Plan;
  stored: StoredCase;
  meeting: Meeting;
  /** The plan as the UTF-8 JSON bytes of GET .../plan, made once per kept plan and moment. */
  json: () => Buffer;
}

function viewOf(kept: KeptPlan): PlanWithCase {
  const at = kept.at;
  return {
    plan: at.plan,
    stored: kept.stored,
    meeting: kept.meeting,
    json: () => (at.json ??= Buffer.from(JSON.stringify(at.plan), 'utf8')),
  };
}

/** What a caller already read (the answer tracker reads a whole case at once), so it is not read again. */
export interface KnownPlanInputs {
  inputs?: PlanInputs;
  /** The case as read with its version: used when that version is the one the inputs name. */
  stored?: StoredCase;
}

/** The prep plan of one meeting of the user's case, with the tasks they ticked. `now` is an ISO instant. */
export async function planForMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
  now: string,
  known: KnownPlanInputs = {},
): Promise<CaseResult<PlanWithCase>> {
  // The case's version (only the user's case), the ticks, the letters sent and the confirmed promises.
  const inputs = known.inputs ?? (await readPlanInputs(storage, ownerId, caseId, meetingId));
  if (!inputs) return notFound;
  const { commitments, companion, doneTimes } = inputs;
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
  // When each task was ticked is in the key: a promise ticked, unticked and ticked again shows its new day.
  const keyOf = (version: number) =>
    JSON.stringify([ownerId, caseId, version, meetingId, doneTimes, sent, commitments, companion]);
  const key = keyOf(inputs.version);
  const nowMs = Date.parse(now);
  const kept = plans(storage.db).get(key);
  if (kept && kept.validFrom <= nowMs && nowMs < kept.validUntil) {
    if (kept.at.now !== now) kept.at = { now, plan: planAtMoment(kept.plan, now), json: null };
    return ok(viewOf(kept));
  }
  // When a window ends, every request in flight misses at once: one computes, the others wait for it (a hundred
  // parallel computations of the same plan were the latency spike once a second).
  const computing = inFlight(storage.db);
  const flightKey = `${key}@${now}`;
  let pending = computing.get(flightKey);
  if (!pending) {
    const stored = known.stored?.version === inputs.version ? known.stored : undefined;
    pending = computePlan(storage, ownerId, caseId, meetingId, { now, done, sent, commitments }, keyOf, {
      companion,
      doneTimes,
      stored,
    }).finally(() => computing.delete(flightKey));
    computing.set(flightKey, pending);
  }
  return pending;
}

async function computePlan(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
  inputs: Pick<PlanInput, 'now' | 'done' | 'sent' | 'commitments'>,
  keyOf: (version: number) => string,
  taps: Pick<PlanInputs, 'companion' | 'doneTimes'> & { stored: StoredCase | undefined },
): Promise<CaseResult<PlanWithCase>> {
  let stored = taps.stored;
  if (!stored) {
    const row = await findCase(storage.db, ownerId, caseId);
    if (!row) return notFound;
    stored = toStoredCase(row);
  }
  const meeting = stored.file.meetings.find((m) => m.id === meetingId);
  if (!meeting) return partNotFound(MEETING_NOT_FOUND);
  const promises = companionPromises(stored.file, meetingId, taps.companion, taps.doneTimes);
  const { plan, validUntil } = planMeetingUntil({
    ...inputs,
    commitments: [...(inputs.commitments ?? []), ...promises],
    meeting,
    caseFile: stored.file,
  });
  // Under the version of the document the plan was computed from (a write may have come between the two reads).
  const kept: KeptPlan = {
    plan,
    validFrom: Date.parse(inputs.now),
    validUntil,
    stored,
    meeting,
    // An estimate for the cache's budget: the JSON is made only when a route asks, and the case document is
    // shared by the plans of its meetings.
    bytes: 4096 + plan.tasks.length * 1024,
    at: { now: inputs.now, plan, json: null },
  };
  plans(storage.db).set(keyOf(stored.version), kept);
  return ok(viewOf(kept));
}

/** Ticks or unticks a task, then gives the plan as it is now. */
export async function setTaskDone(
  storage: Storage,
  input: { ownerId: string; caseId: string; meetingId: string; taskId: string; done: boolean; now: string },
): Promise<CaseResult<Plan>> {
  const stored = await getStoredCase(storage, input.ownerId, input.caseId);
  if (!stored) return notFound;
  if (!stored.file.meetings.some((m) => m.id === input.meetingId)) return partNotFound(MEETING_NOT_FOUND);
  const isPromise = isCompanionPromiseId(input.taskId);
  if (!isTaskId(input.taskId) && !isPromise) return partNotFound(TASK_NOT_FOUND);
  if (isPromise) {
    const inputs = await readPlanInputs(storage, input.ownerId, input.caseId, input.meetingId);
    const promises = companionPromises(stored.file, input.meetingId, inputs?.companion ?? [], {});
    if (!promises.some((p) => p.id === input.taskId)) return partNotFound(TASK_NOT_FOUND);
  }
  const taskId = input.taskId as TaskId;
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
