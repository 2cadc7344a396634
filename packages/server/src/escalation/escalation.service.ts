import {
  escalationPage,
  isIsoDate,
  knewDateProblem,
  toIsoDate,
  type EscalationPage,
  type IsoDate,
} from '@iep/core';
import { DateTime } from 'luxon';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase } from '../cases/cases.service.js';
import type { Storage } from '../db/open-storage.js';
import { caseZone, escalationEvents } from './escalation-events.js';
import { deleteKnownDate, listKnownDates, saveKnownDate } from './known-dates.repository.js';

// The escalation page of a case: core's options and windows over the case's events as of today in the case's
// zone, and the parent's "date you knew" per event.

export const EVENT_NOT_FOUND =
  'We could not find that event in this case. Reload the page and pick an event from the list.';

/** A refusal of a "date you knew", as a 422 with a plain message. */
export class KnownDateProblem extends Error {}

function todayIn(zone: string, now: string): IsoDate {
  return toIsoDate(DateTime.fromISO(now, { setZone: true }).setZone(zone).toISODate() ?? now.slice(0, 10));
}

export async function escalationOfCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
  now: string,
): Promise<CaseResult<EscalationPage>> {
  const stored = await getStoredCase(storage, ownerId, caseId);
  if (!stored) return notFound;
  const today = todayIn(caseZone(stored.file), now);
  const known = await listKnownDates(storage.db, caseId);
  const events = await escalationEvents(storage, caseId, stored.file, today, known);
  return ok(escalationPage({ planType: stored.file.student.planType, events, today }));
}

/**
 * Sets (a day) or clears (null) the day the parent knew of one event, then answers the page. A day before the event
 * or after today is refused with a plain message and changes nothing.
 */
export async function setKnownDate(
  storage: Storage,
  input: { ownerId: string; caseId: string; eventId: string; knewOn: string | null; now: string },
): Promise<CaseResult<EscalationPage>> {
  const before = await escalationOfCase(storage, input.ownerId, input.caseId, input.now);
  if (before.kind !== 'ok') return before;
  const event = before.value.events.find((e) => e.id === input.eventId);
  if (event === undefined) return partNotFound(EVENT_NOT_FOUND);
  if (input.knewOn === null) {
    await deleteKnownDate(storage.db, input.caseId, input.eventId);
  } else {
    if (!isIsoDate(input.knewOn)) throw new KnownDateProblem('Use a real date written as YYYY-MM-DD.');
    const problem = knewDateProblem(event, input.knewOn, before.value.today);
    if (problem !== null) throw new KnownDateProblem(problem);
    await saveKnownDate(storage.db, {
      caseId: input.caseId,
      eventId: input.eventId,
      knownOn: input.knewOn,
      now: input.now,
    });
  }
  return escalationOfCase(storage, input.ownerId, input.caseId, input.now);
}
