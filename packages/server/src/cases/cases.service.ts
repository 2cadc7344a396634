import {
  CASE_FORMAT,
  dateOfBirthProblem,
  findSsdPartner,
  isCaseRole,
  meetingTime,
  parseCaseFile,
  type CaseFile,
  type CaseProblem,
} from '@iep/core';
import {
  STALE_VERSION_MESSAGE,
  type CaseListEntry,
  type CaseSummary,
  type StoredCase,
} from '@iep/core/contract';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import {
  caseExists,
  findCase,
  findCaseStamp,
  listCaseEvents,
  insertCase,
  insertCaseEvent,
  listCaseRows,
  updateCaseIfVersion,
  type CaseEventKind,
} from './cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import type { CaseRow, Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { conflict, invalid, notFound, ok, type CaseResult } from './case-results.js';
import { cachePerDatabase, LruCache } from '../cache/lru-cache.js';

// What the API shows of cases: the contract's StoredCase and CaseSummary.
export type { CaseSummary, StoredCase };

export { STALE_VERSION_MESSAGE };

function indexedColumns(file: CaseFile) {
  return {
    student_name: file.student.name,
    district: file.student.district,
    plan_type: file.student.planType,
    ssd_partner: findSsdPartner(file.student.district) ? 1 : 0,
    document: JSON.stringify(file),
  };
}

export function toStoredCase(row: CaseRow): StoredCase {
  // The document was validated before it was written, so it is read back as a CaseFile.
  const file = JSON.parse(row.document) as CaseFile;
  return { ...storedCaseHead(row, file.student.district), file };
}

/** Everything of a StoredCase but the file, for a row whose student goes to `district`. */
function storedCaseHead(row: CaseRow, district: string): Omit<StoredCase, 'file'> {
  const partner = findSsdPartner(district);
  return {
    id: row.id,
    version: Number(row.version),
    ssd: { partner: partner !== null, district: partner?.name ?? null },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The meeting whose first session starts soonest at or after `now`, with that start as written in the file. */
export function nextMeeting(file: CaseFile, now: Date): CaseSummary['nextMeeting'] {
  let best: { id: string; start: string; at: number } | null = null;
  for (const meeting of file.meetings) {
    for (const session of meeting.sessions) {
      // Core's reading of a wall-clock start (the home page reads every start of every case on each visit).
      const at = meetingTime(session.start, meeting.timeZone);
      if (at >= now.getTime() && (best === null || at < best.at))
        best = { id: meeting.id, start: session.start, at };
    }
  }
  return best ? { id: best.id, start: best.start } : null;
}

async function insertNewCase(
  storage: Storage,
  ownerId: string,
  file: CaseFile,
  kind: CaseEventKind,
): Promise<string> {
  const id = newId();
  const at = storage.now().toISOString();
  await storage.db.transaction().execute(async (trx) => {
    await insertCase(trx, {
      id,
      owner_id: ownerId,
      ...indexedColumns(file),
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertCaseEvent(trx, { caseId: id, at, kind, data: { studentName: file.student.name } });
  });
  return id;
}

/**
 * The check the schema cannot make without a clock: a date of birth after today is a typing mistake. Today is read
 * at UTC+14, the latest calendar day anywhere, so a birth today in any zone is never refused.
 */
function datedProblems(storage: Storage, file: CaseFile): CaseProblem[] {
  const today = DateTime.fromJSDate(storage.now()).setZone('Pacific/Kiritimati').toISODate() ?? '';
  const problem = dateOfBirthProblem(file.student.dateOfBirth, today);
  return problem === null ? [] : [{ path: '$.student.dateOfBirth', message: problem }];
}

/** Validates a whole case file and stores it as a new case. An invalid file stores nothing. Ids inside are kept. */
export async function importCaseFile(
  storage: Storage,
  ownerId: string,
  input: unknown,
): Promise<{ ok: true; id: string } | { ok: false; problems: CaseProblem[] }> {
  const parsed = parseCaseFile(input);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const dated = datedProblems(storage, parsed.value);
  if (dated.length > 0) return { ok: false, problems: dated };
  return { ok: true, id: await insertNewCase(storage, ownerId, parsed.value, 'case.imported') };
}

/** Starts a case from a student and parents; the other lists start empty. */
export async function createCase(
  storage: Storage,
  ownerId: string,
  input: { student: unknown; parents: unknown },
): Promise<{ ok: true; id: string } | { ok: false; problems: CaseProblem[] }> {
  const parsed = parseCaseFile({ format: CASE_FORMAT, student: input.student, parents: input.parents });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const dated = datedProblems(storage, parsed.value);
  if (dated.length > 0) return { ok: false, problems: dated };
  return { ok: true, id: await insertNewCase(storage, ownerId, parsed.value, 'case.created') };
}

// GET /api/cases/:id is the most frequent request. Its answer is kept, as the UTF-8 bytes sent, per owner and case
// and checked against the case's version and updated_at on every read (one small query, which also checks the
// owner): every write raises the version, so a kept answer is never older than the database, whichever process
// wrote. The bound is on bytes, since a case file can be large.
interface CaseAnswer {
  version: number;
  updatedAt: string;
  body: Buffer;
}
const caseAnswers = cachePerDatabase(
  () => new LruCache<CaseAnswer>(2000, (a) => a.body.length, 32 * 1024 * 1024),
);

/**
 * The StoredCase as JSON bytes, built around the stored document without parsing it: the document was validated
 * when it was written and is already the JSON we would write.
 */
export async function getStoredCaseJson(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<Buffer | null> {
  const cache = caseAnswers(storage.db);
  const key = `${ownerId}\n${caseId}`;
  const stamp = await findCaseStamp(storage.db, ownerId, caseId);
  if (!stamp) {
    cache.delete(key);
    return null;
  }
  const kept = cache.get(key);
  if (kept && kept.version === stamp.version && kept.updatedAt === stamp.updated_at) return kept.body;
  const row = await findCase(storage.db, ownerId, caseId);
  if (!row) return null;
  const head = JSON.stringify(storedCaseHead(row, row.district));
  const body = Buffer.from(`${head.slice(0, -1)},"file":${row.document}}`, 'utf8');
  cache.set(key, { version: Number(row.version), updatedAt: row.updated_at, body });
  return body;
}

export async function getStoredCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<StoredCase | null> {
  const row = await findCase(storage.db, ownerId, caseId);
  return row ? toStoredCase(row) : null;
}

export async function exportCaseFile(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<CaseFile | null> {
  return (await getStoredCase(storage, ownerId, caseId))?.file ?? null;
}

export async function listCases(
  storage: Storage,
  ownerId: string,
  now: Date = new Date(),
): Promise<CaseListEntry[]> {
  const rows = await listCaseRows(storage.db, ownerId);
  return rows.flatMap((row) => {
    const { member_role: role, ...caseRow } = row;
    return isCaseRole(role) ? [{ ...caseSummaryOf(caseRow, now), role }] : [];
  });
}

/**
 * One line of a case list: the student, the plan, the next meeting. `stored` is the row's case when the caller
 * parsed it already (the home page does, for its plans).
 */
export function caseSummaryOf(row: CaseRow, now: Date, stored: StoredCase = toStoredCase(row)): CaseSummary {
  return {
    id: row.id,
    studentName: row.student_name,
    planType: row.plan_type,
    district: row.district,
    ssd: stored.ssd.partner,
    nextMeeting: nextMeeting(stored.file, now),
    updatedAt: row.updated_at,
  };
}

/** Replaces the whole file if `expectedVersion` is still current (optimistic locking). */
export async function replaceCaseFile(
  storage: Storage,
  ownerId: string,
  caseId: string,
  expectedVersion: number,
  input: unknown,
): Promise<CaseResult<StoredCase>> {
  const parsed = parseCaseFile(input);
  if (!parsed.ok) {
    if (!(await findCase(storage.db, ownerId, caseId))) return notFound;
    return invalid(parsed.problems.map((p) => ({ ...p, path: p.path.replace(/^\$/, '$.file') })));
  }
  return writeCase(storage, ownerId, caseId, expectedVersion, parsed.value, 'case.updated', {});
}

/** A change to apply: the new file, what to log, and other writes that must commit with it. */
export interface CaseChange {
  file: CaseFile;
  data?: Record<string, unknown>;
  /** Throws ChangeRefused to roll the whole change back with a conflict (what it read forbids the change). */
  alsoInTransaction?: (trx: Kysely<Database>) => Promise<void>;
}

/** Thrown inside alsoInTransaction: nothing is written and the caller gets this conflict message. */
export class ChangeRefused extends Error {}

/**
 * Applies a change to the current file: read, change, validate, then write only if nobody wrote in between
 * (version check). When someone did, the change is applied again to their version, a few times at most: the
 * callers (add a meeting, delete a closure) express a change, not a whole new file.
 */
export async function changeCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
  kind: CaseEventKind,
  change: (file: CaseFile) => CaseChange | Exclude<CaseResult<never>, { kind: 'ok' }>,
): Promise<CaseResult<StoredCase>> {
  for (let attempt = 0; ; attempt++) {
    const row = await findCase(storage.db, ownerId, caseId);
    if (!row) return notFound;
    const current = toStoredCase(row);
    const changed = change(structuredClone(current.file));
    if ('kind' in changed) return changed;
    const parsed = parseCaseFile(changed.file);
    if (!parsed.ok) return invalid(parsed.problems);
    const dated = datedProblems(storage, parsed.value);
    if (dated.length > 0) return invalid(dated);
    const result = await writeCase(storage, ownerId, caseId, current.version, parsed.value, kind, changed);
    if (result.kind !== 'conflict' || attempt >= 4) return result;
  }
}

async function writeCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
  expectedVersion: number,
  file: CaseFile,
  kind: CaseEventKind,
  extra: Pick<CaseChange, 'data' | 'alsoInTransaction'>,
): Promise<CaseResult<StoredCase>> {
  const at = storage.now().toISOString();
  let written: boolean;
  try {
    written = await storage.db.transaction().execute(async (trx) => {
      const updated = await updateCaseIfVersion(trx, ownerId, caseId, expectedVersion, {
        ...indexedColumns(file),
        updated_at: at,
      });
      if (!updated) return false;
      await insertCaseEvent(trx, { caseId, at, kind, data: extra.data ?? {} });
      await extra.alsoInTransaction?.(trx);
      return true;
    });
  } catch (error) {
    if (error instanceof ChangeRefused) return conflict(error.message);
    throw error;
  }
  if (!written) {
    return (await findCase(storage.db, ownerId, caseId)) ? conflict(STALE_VERSION_MESSAGE) : notFound;
  }
  const row = await findCase(storage.db, ownerId, caseId);
  return row ? ok(toStoredCase(row)) : notFound;
}

/** The paper trail of the user's case, oldest first, or null when the case is not theirs or missing. */
export async function getCaseEvents(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<{ at: string; kind: string; data: unknown }[] | null> {
  if (!(await caseExists(storage.db, ownerId, caseId))) return null;
  return listCaseEvents(storage.db, caseId);
}
