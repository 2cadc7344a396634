import type { PlanCommitmentInput } from '@iep/core';
import type { CompanionEntry } from '@iep/core/contract';
import { listEntries, listEntriesOfCase, toEntry } from '../companion/companion.repository.js';
import type { CompanionEntriesTable } from '../db/schema.js';
import { jsonArrayFrom as postgresArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteArray } from 'kysely/helpers/sqlite';
import { findCaseStamp } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { listDoneTasks, listDoneTasksOfCase, type TaskDone } from './task-status.repository.js';
import { sentLetterClocks, sentLettersOfCase } from '../letters/letters-sent.service.js';
import { confirmedCommitments, confirmedCommitmentsOfCase } from '../transcripts/items.integration.js';

// Everything a plan needs: the case (only if it is the user's), the tasks ticked for the meeting, the letters
// marked sent and the promises confirmed from the meeting's transcript. The plan is the busiest read. On PostgreSQL
// it is ONE query (four took four pool connections per request and missed the latency target); on SQLite, which
// has no round trips, four plain queries measured faster than one with JSON aggregates (bench: API latency).
// Of the case only its version is read: the plan service keeps plans per version and reads the document (the
// largest value by far) only when it has to compute one.

/** A sent letter as the planner needs it: when and how it went, when it arrived, which clocks it started. */
export interface PlanSentRow {
  id: string;
  kind: string;
  meetingId: string;
  sentAt: string;
  method: string;
  receivedOn: string | null;
  clocks: string[] | null;
}

export interface PlanInputs {
  /** The case's version: every write of the case file raises it. */
  version: number;
  done: string[];
  sent: PlanSentRow[];
  commitments: PlanCommitmentInput[];
  /** When each ticked task was ticked (a companion promise's "done on"). */
  doneTimes: Record<string, string>;
  /** The meeting companion's taps (its promises with a day go on the plan). */
  companion: CompanionEntry[];
}

/** SQLite hands the JSON arrays back as text; PostgreSQL's driver parses them already. */
function rows<T>(value: unknown): T[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

export async function readPlanInputs(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<PlanInputs | null> {
  if (storage.dialect === 'sqlite') return readOneByOne(storage, ownerId, caseId, meetingId);
  return readInOneQuery(storage, ownerId, caseId, meetingId);
}

export async function readOneByOne(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<PlanInputs | null> {
  const stamp = await findCaseStamp(storage.db, ownerId, caseId);
  if (!stamp) return null;
  const [done, sent, commitments, companion] = await Promise.all([
    listDoneTasks(storage.db, caseId, meetingId),
    sentLettersOfCase(storage, caseId),
    confirmedCommitments(storage.db, caseId, meetingId),
    listEntries(storage.db, caseId, meetingId),
  ]);
  return inputsOf(stamp.version, done, sent.map(toSentRow), commitments, companion);
}

/** One meeting's plan inputs from what was read for it (one by one, or the whole case at once). */
function inputsOf(
  version: number,
  done: readonly TaskDone[],
  sent: PlanSentRow[],
  commitments: PlanCommitmentInput[],
  companion: CompanionEntry[],
): PlanInputs {
  return {
    version,
    done: done.map((t) => t.taskId),
    doneTimes: Object.fromEntries(done.map((t) => [t.taskId, t.doneAt])),
    companion,
    sent,
    commitments,
  };
}

type SentOfCase = Awaited<ReturnType<typeof sentLettersOfCase>>[number];
const toSentRow = (s: SentOfCase): PlanSentRow => ({
  id: s.id,
  kind: s.kind,
  meetingId: s.meetingId,
  sentAt: s.sentAt,
  method: s.method,
  receivedOn: s.receivedOn,
  clocks: s.clocks,
});

/**
 * The plan inputs of every meeting of a case in four queries, whatever the number of meetings (the home page and
 * the answer tracker read a whole case; per meeting that was four or five queries each). `version` is the case's,
 * read with its document by the caller. The same inputs as readOneByOne gives per meeting.
 */
export async function readCasePlanInputs(
  storage: Storage,
  caseId: string,
  version: number,
): Promise<(meetingId: string) => PlanInputs> {
  const [done, sent, commitments, companion] = await Promise.all([
    listDoneTasksOfCase(storage.db, caseId),
    sentLettersOfCase(storage, caseId),
    confirmedCommitmentsOfCase(storage.db, caseId),
    listEntriesOfCase(storage.db, caseId),
  ]);
  const sentRows = sent.map(toSentRow);
  return (meetingId) =>
    inputsOf(
      version,
      done.filter((t) => t.meetingId === meetingId),
      sentRows,
      commitments.get(meetingId) ?? [],
      companion.filter((c) => c.meetingId === meetingId).map((c) => c.entry),
    );
}

export async function readInOneQuery(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<PlanInputs | null> {
  // Works on both databases; production uses it on PostgreSQL only.
  const jsonArrayFrom = storage.dialect === 'postgres' ? postgresArray : sqliteArray;
  const found = await storage.db
    .selectFrom('cases')
    .select((eb) => [
      'cases.version',
      jsonArrayFrom(
        eb
          .selectFrom('plan_task_status')
          .select(['plan_task_status.task_id', 'plan_task_status.done_at'])
          .whereRef('plan_task_status.case_id', '=', 'cases.id')
          .where('plan_task_status.meeting_id', '=', meetingId)
          .orderBy('plan_task_status.task_id'),
      ).as('done_rows'),
      jsonArrayFrom(
        eb
          .selectFrom('letters_sent')
          .select([
            'letters_sent.id',
            'letters_sent.kind',
            'letters_sent.meeting_id',
            'letters_sent.sent_at',
            'letters_sent.method',
            'letters_sent.received_on',
            'letters_sent.clocks',
          ])
          .whereRef('letters_sent.case_id', '=', 'cases.id')
          .orderBy('letters_sent.sent_at', 'desc')
          .orderBy('letters_sent.id'),
      ).as('sent_rows'),
      jsonArrayFrom(
        eb
          .selectFrom('transcript_items')
          .select([
            'transcript_items.id',
            'transcript_items.who',
            'transcript_items.text',
            'transcript_items.due',
            'transcript_items.done_at',
          ])
          .whereRef('transcript_items.case_id', '=', 'cases.id')
          .where('transcript_items.meeting_id', '=', meetingId)
          .where('transcript_items.status', '=', 'confirmed')
          .where('transcript_items.kind', '=', 'commitment')
          .orderBy('transcript_items.start_ms')
          .orderBy('transcript_items.id'),
      ).as('commitment_rows'),
      jsonArrayFrom(
        eb
          .selectFrom('companion_entries')
          // Named columns: SQLite's JSON helper cannot take selectAll().
          .select([
            'companion_entries.id',
            'companion_entries.seq',
            'companion_entries.at',
            'companion_entries.at_ms',
            'companion_entries.session',
            'companion_entries.action',
          ])
          .whereRef('companion_entries.case_id', '=', 'cases.id')
          .where('companion_entries.meeting_id', '=', meetingId)
          .orderBy('companion_entries.seq')
          .orderBy('companion_entries.id'),
      ).as('companion_rows'),
    ])
    .where('cases.id', '=', caseId)
    .where('cases.owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!found) return null;
  const { done_rows, sent_rows, commitment_rows, companion_rows, version } = found;
  const doneRows = rows<{ task_id: string; done_at: string }>(done_rows);
  return {
    version: Number(version),
    done: doneRows.map((r) => r.task_id),
    doneTimes: Object.fromEntries(doneRows.map((r) => [r.task_id, r.done_at])),
    companion:
      rows<Pick<CompanionEntriesTable, 'id' | 'seq' | 'at' | 'at_ms' | 'session' | 'action'>>(
        companion_rows,
      ).map(toEntry),
    sent: rows<{
      id: string;
      kind: string;
      meeting_id: string;
      sent_at: string;
      method: string;
      received_on: string | null;
      clocks: string | null;
    }>(sent_rows).map((r) => ({
      id: r.id,
      kind: r.kind,
      meetingId: r.meeting_id,
      sentAt: r.sent_at,
      method: r.method,
      receivedOn: r.received_on,
      clocks: sentLetterClocks(r.clocks),
    })),
    commitments: rows<{
      id: string;
      who: string | null;
      text: string;
      due: string | null;
      done_at: string | null;
    }>(commitment_rows).map((r) => ({ id: r.id, who: r.who, what: r.text, due: r.due, doneAt: r.done_at })),
  };
}
