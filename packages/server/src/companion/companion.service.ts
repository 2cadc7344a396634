import {
  companionAgenda,
  companionRoster,
  companionSchedule,
  foldCompanion,
  followUpFromCompanion,
  isCompanionLine,
  joinEvidence,
  type CaseFile,
  type CompanionLetterAnswers,
} from '@iep/core';
import type {
  Companion,
  CompanionEntry,
  CompanionFollowUp,
  CompanionState,
  EntryAuthor,
} from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { ok, type CaseResult } from '../cases/case-results.js';
import { caseWithMeeting, putDraft } from '../letters/letters.service.js';
import { findDraft, type DraftAuthor } from '../letters/letters.repository.js';
import { findRecordingOfMeeting } from '../recordings/recordings.repository.js';
import { bookmarkWaitingTaps } from '../db/companion-tap-bookmarks.js';
import {
  countEntries,
  entryAuthors,
  insertEntries,
  knownEntryIds,
  listEntries,
  meetingItems,
} from './companion.repository.js';

// The meeting companion: the taps stored once each, their state (core's fold, the same the browser runs), the
// evidence the transcript adds, and "Draft the follow-up" from the taps.

/** The fold of a meeting's entries with what the case knows: agenda, roster, sessions, the next meeting. */
export function companionStateOf(
  file: CaseFile,
  meetingId: string,
  entries: readonly CompanionEntry[],
  concernsAnswers: Record<string, unknown> | null,
) {
  const schedule = companionSchedule(file, meetingId);
  const agenda = companionAgenda(file, concernsAnswers);
  const roster = companionRoster(file);
  const state = foldCompanion({
    entries,
    agenda,
    roster,
    timeZone: schedule?.timeZone ?? 'America/Chicago',
    scheduled: schedule?.scheduled ?? [],
    nextMeetingDay: schedule?.nextMeetingDay ?? null,
  });
  return { schedule, agenda, roster, state };
}

async function concernsOf(storage: Storage, caseId: string, meetingId: string) {
  return (await findDraft(storage.db, caseId, 'concerns', meetingId))?.answers ?? null;
}

export async function getCompanion(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<CaseResult<Companion>> {
  const found = await caseWithMeeting(storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  const [entries, concerns, recording, addedBy] = await Promise.all([
    listEntries(storage.db, caseId, meetingId),
    concernsOf(storage, caseId, meetingId),
    findRecordingOfMeeting(storage.db, caseId, meetingId),
    entryAuthors(storage.db, caseId, meetingId),
  ]);
  const { schedule, agenda, roster, state } = companionStateOf(
    found.value.file,
    meetingId,
    entries,
    concerns,
  );
  const items = recording === null ? [] : await meetingItems(storage.db, recording.id);
  const joined = joinEvidence(
    state.cards,
    items.map((i) => ({
      id: i.id,
      kind: i.kind,
      source: i.source,
      startMs: i.start_ms === null ? null : Number(i.start_ms),
    })),
    { entries },
  );
  const withEvidence: CompanionState = { ...state, cards: joined.cards };
  return ok({
    meetingId,
    timeZone: schedule?.timeZone ?? 'America/Chicago',
    recordingId: recording?.id ?? null,
    agenda,
    roster,
    entries,
    state: withEvidence,
    addedBy,
  });
}

/**
 * Stores the entries not stored yet (an id already there is kept as it was), and the bookmarks their taps make on
 * the meeting's recording, in one transaction: a resend, a duplicate or an out-of-order batch changes nothing.
 */
export async function storeEntries(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    meetingId: string;
    entries: CompanionEntry[];
    now: string;
    /** Who sends them (a member or a guest at the table is named beside their entries). */
    author?: EntryAuthor;
  },
): Promise<CaseResult<{ stored: string[]; count: number }>> {
  const { caseId, meetingId } = input;
  const found = await caseWithMeeting(storage, input.ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  let added = 0;
  await storage.db.transaction().execute(async (trx) => {
    const known = await knownEntryIds(
      trx,
      caseId,
      input.entries.map((e) => e.id),
    );
    const seen = new Set<string>();
    const fresh = input.entries.filter((e) => {
      if (known.has(e.id) || seen.has(e.id)) return false;
      seen.add(e.id);
      return true;
    });
    if (fresh.length === 0) return;
    await insertEntries(trx, caseId, meetingId, fresh, input.now, input.author ?? null);
    const recording = await findRecordingOfMeeting(trx, caseId, meetingId);
    // Their bookmarks (and those of taps that came before the recording did).
    if (recording !== null)
      await bookmarkWaitingTaps(trx, { caseId, meetingId, recordingId: recording.id, now: input.now });
    added = fresh.length;
  });
  if (added > 0) {
    await insertCaseEvent(storage.db, {
      caseId,
      at: input.now,
      kind: 'companion.taps',
      data: {
        meetingId,
        added,
        ...(input.author && input.author.kind !== 'owner'
          ? { byKind: input.author.kind, byName: input.author.name }
          : {}),
      },
    });
  }
  return ok({
    stored: [...new Set(input.entries.map((e) => e.id))],
    count: await countEntries(storage.db, caseId, meetingId),
  });
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The follow-up's answers: the companion's lines, plus the lines the parent typed in the draft before. A line the
 * companion wrote for a tapped card or a note (its outcome may have changed since the last draft) is replaced; any
 * other line is the parent's and stays, even one that names a card.
 */
function mergeFollowUp(
  existing: Record<string, unknown>,
  made: CompanionLetterAnswers['followUp'],
  ours: { titles: readonly string[]; notes: readonly string[] },
): Record<string, unknown> {
  const isOurs = (line: string) => isCompanionLine(line, ours.titles, ours.notes);
  const keepLines = (field: keyof typeof made, fresh: string[]) => {
    const before = Array.isArray(existing[field]) ? (existing[field] as unknown[]) : [];
    const kept = before.filter((l): l is string => typeof l === 'string' && !isOurs(l));
    return [...fresh, ...kept.filter((l) => !fresh.some((f) => same(f, l)))];
  };
  const beforePromises = Array.isArray(existing.commitments) ? (existing.commitments as unknown[]) : [];
  const keptPromises = beforePromises.filter(
    (c): c is { what: string } =>
      typeof c === 'object' &&
      c !== null &&
      typeof (c as { what?: unknown }).what === 'string' &&
      !isOurs((c as { what: string }).what),
  );
  return {
    ...existing,
    discussed: keepLines('discussed', made.discussed),
    agreed: keepLines('agreed', made.agreed),
    refused: keepLines('refused', made.refused),
    commitments: [...made.commitments, ...keptPromises],
    pwnRequested: keepLines('pwnRequested', made.pwnRequested),
  };
}

/** "Draft the follow-up": the follow-up email's draft and, for queued cards, the Notice of Action request's. */
export async function draftFollowUp(
  storage: Storage,
  input: { ownerId: string; caseId: string; meetingId: string; now: string; by?: DraftAuthor | null },
): Promise<CaseResult<CompanionFollowUp>> {
  const { caseId, meetingId, ownerId, now, by } = input;
  const found = await caseWithMeeting(storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  const [entries, concerns, followUpBefore, pwnBefore] = await Promise.all([
    listEntries(storage.db, caseId, meetingId),
    concernsOf(storage, caseId, meetingId),
    findDraft(storage.db, caseId, 'follow-up', meetingId),
    findDraft(storage.db, caseId, 'pwn-request', meetingId),
  ]);
  const { state } = companionStateOf(found.value.file, meetingId, entries, concerns);
  const answers = followUpFromCompanion(state);
  // Every title a tap carried (a card's earlier outcome too) and every typed note: the companion's own lines.
  const ours = {
    titles: entries.flatMap((e) => (e.action.type === 'outcome' ? [e.action.title] : [])),
    notes: entries.flatMap((e) => (e.action.type === 'note' ? [e.action.text] : [])),
  };
  const followUp = await putDraft(storage, {
    ownerId,
    caseId,
    kind: 'follow-up',
    meetingId,
    answers: mergeFollowUp(followUpBefore?.answers ?? {}, answers.followUp, ours),
    now,
    by,
  });
  if (followUp.kind !== 'ok') return followUp;
  let pwnRequest: CompanionFollowUp['pwnRequest'] = null;
  if (answers.pwnRequest !== null) {
    const before = Array.isArray(pwnBefore?.answers.actions) ? (pwnBefore.answers.actions as unknown[]) : [];
    const kept = before.filter(
      (a) =>
        typeof a === 'object' &&
        a !== null &&
        !answers.pwnRequest?.actions.some((m) =>
          same(m.action, String((a as { action?: unknown }).action ?? '')),
        ),
    );
    const saved = await putDraft(storage, {
      ownerId,
      caseId,
      kind: 'pwn-request',
      meetingId,
      answers: { ...(pwnBefore?.answers ?? {}), actions: [...answers.pwnRequest.actions, ...kept] },
      now,
      by,
    });
    if (saved.kind !== 'ok') return saved;
    pwnRequest = saved.value;
  }
  await insertCaseEvent(storage.db, { caseId, at: now, kind: 'companion.follow-up', data: { meetingId } });
  return ok({ followUp: followUp.value, pwnRequest, promises: answers.datedPromises });
}
