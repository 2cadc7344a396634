import type {
  LetterDraft,
  LetterFileInfo,
  LetterFormat,
  LetterKind,
  LettersOverview,
  SentLetter,
} from '@iep/core/contract';
import { isCaseRole, type CaseRole } from '@iep/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LetterFilesTable } from '../db/schema.js';

// Callers check that the case belongs to the user first: these queries trust the case id they are given,
// and every query is scoped by it, so a file id of another case finds nothing. Rows come back as the contract's
// wire shapes (LetterFileInfo, SentLetter), which the routes send as they are.

export type { LetterFileInfo, SentLetter };

/** Who saved a draft last: their account and their role on the case (the owner is a member too). */
export interface DraftAuthor {
  userId: string;
  name: string;
  role: CaseRole;
}

/** A saved interview (the contract's LetterDraft) with the kind it belongs to and who saved it last. */
export type DraftRow = Omit<LetterDraft, 'changedBy'> & { kind: LetterKind; changedBy: DraftAuthor | null };

/** The clocks column: a JSON array of rule ids, or null. Anything else is treated as unknown (null). */
export function readClocks(value: string | null): string[] | null {
  if (value === null) return null;
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
}

export async function findDraft(
  db: Kysely<Database>,
  caseId: string,
  kind: LetterKind,
  meetingId: string,
): Promise<DraftRow | null> {
  // The author's name and role are read now (a renamed account shows its new name); a member who left keeps
  // their name with their last role, an account that is gone shows nobody.
  const row = await db
    .selectFrom('letter_drafts')
    .leftJoin('users', 'users.id', 'letter_drafts.updated_by')
    .leftJoin('case_members', (join) =>
      join
        .onRef('case_members.case_id', '=', 'letter_drafts.case_id')
        .onRef('case_members.user_id', '=', 'letter_drafts.updated_by'),
    )
    .select([
      'letter_drafts.kind',
      'letter_drafts.meeting_id',
      'letter_drafts.answers',
      'letter_drafts.updated_at',
      'letter_drafts.updated_by',
      'users.name as author_name',
      'case_members.role as author_role',
    ])
    .where('letter_drafts.case_id', '=', caseId)
    .where('letter_drafts.kind', '=', kind)
    .where('letter_drafts.meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (!row) return null;
  const known =
    row.updated_by !== null &&
    row.author_name !== null &&
    row.author_role !== null &&
    isCaseRole(row.author_role);
  return {
    kind: row.kind,
    meetingId: row.meeting_id,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    updatedAt: row.updated_at,
    changedBy: known
      ? {
          userId: row.updated_by as string,
          name: row.author_name as string,
          role: row.author_role as CaseRole,
        }
      : null,
  };
}

export async function saveDraft(
  db: Kysely<Database>,
  row: {
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    answers: Record<string, unknown>;
    updatedAt: string;
    /** The signed-in user who saved it (null from the command line). */
    updatedBy: string | null;
  },
): Promise<void> {
  const answers = JSON.stringify(row.answers);
  await db
    .insertInto('letter_drafts')
    .values({
      case_id: row.caseId,
      kind: row.kind,
      meeting_id: row.meetingId,
      answers,
      updated_at: row.updatedAt,
      updated_by: row.updatedBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'kind', 'meeting_id'])
        .doUpdateSet({ answers, updated_at: row.updatedAt, updated_by: row.updatedBy }),
    )
    .execute();
}

export async function listDrafts(db: Kysely<Database>, caseId: string): Promise<LettersOverview['drafts']> {
  const rows = await db
    .selectFrom('letter_drafts')
    .select(['kind', 'meeting_id', 'updated_at'])
    .where('case_id', '=', caseId)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ kind: r.kind, meetingId: r.meeting_id, updatedAt: r.updated_at }));
}

const FILE_INFO = [
  'id',
  'kind',
  'meeting_id',
  'format',
  'filename',
  'sha256',
  'bytes',
  'created_at',
] as const;

function toFileInfo(r: Pick<Selectable<LetterFilesTable>, (typeof FILE_INFO)[number]>): LetterFileInfo {
  return {
    id: r.id,
    kind: r.kind,
    meetingId: r.meeting_id,
    format: r.format,
    filename: r.filename,
    sha256: r.sha256,
    // PostgreSQL's driver may give integers as strings; the API always answers numbers.
    bytes: Number(r.bytes),
    createdAt: r.created_at,
  };
}

export async function insertLetterFile(
  db: Kysely<Database>,
  row: LetterFileInfo & { caseId: string; content: Buffer },
): Promise<void> {
  await db
    .insertInto('letter_files')
    .values({
      id: row.id,
      case_id: row.caseId,
      kind: row.kind,
      meeting_id: row.meetingId,
      format: row.format,
      filename: row.filename,
      sha256: row.sha256,
      bytes: row.bytes,
      content: row.content,
      created_at: row.createdAt,
    })
    .execute();
}

export async function listLetterFiles(db: Kysely<Database>, caseId: string): Promise<LetterFileInfo[]> {
  const rows = await db
    .selectFrom('letter_files')
    .select(FILE_INFO)
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toFileInfo);
}

export async function findLetterFile(
  db: Kysely<Database>,
  caseId: string,
  fileId: string,
): Promise<(LetterFileInfo & { content: Buffer }) | null> {
  const row = await db
    .selectFrom('letter_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  return row ? { ...toFileInfo(row), content: Buffer.from(row.content) } : null;
}

/** The newest file of one letter in one format (ties in the same instant by id, so the answer is stable). */
export async function findNewestLetterFile(
  db: Kysely<Database>,
  caseId: string,
  kind: LetterKind,
  meetingId: string,
  format: LetterFormat,
): Promise<LetterFileInfo | null> {
  const row = await db
    .selectFrom('letter_files')
    .select(FILE_INFO)
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('meeting_id', '=', meetingId)
    .where('format', '=', format)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toFileInfo(row) : null;
}

export async function insertSentLetter(
  db: Kysely<Database>,
  row: Omit<SentLetter, 'format' | 'filename'> & { caseId: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('letters_sent')
    .values({
      id: row.id,
      case_id: row.caseId,
      file_id: row.fileId,
      kind: row.kind,
      meeting_id: row.meetingId,
      sent_at: row.sentAt,
      method: row.method,
      sha256: row.sha256,
      created_at: row.createdAt,
      received_on: row.receivedOn,
      clocks: row.clocks === null ? null : JSON.stringify(row.clocks),
    })
    .execute();
}

/** Sets the day a sent letter arrived; false when the case has no such sent letter. */
export async function setSentLetterReceivedOn(
  db: Kysely<Database>,
  caseId: string,
  sentId: string,
  receivedOn: string,
): Promise<boolean> {
  const result = await db
    .updateTable('letters_sent')
    .set({ received_on: receivedOn })
    .where('case_id', '=', caseId)
    .where('id', '=', sentId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listSentLetters(db: Kysely<Database>, caseId: string): Promise<SentLetter[]> {
  const rows = await db
    .selectFrom('letters_sent as s')
    .innerJoin('letter_files as f', (join) =>
      join.onRef('f.id', '=', 's.file_id').onRef('f.case_id', '=', 's.case_id'),
    )
    .select([
      's.id',
      's.file_id',
      's.kind',
      's.meeting_id',
      's.sent_at',
      's.method',
      's.sha256',
      's.received_on',
      's.clocks',
      'f.format',
      'f.filename',
    ])
    .where('s.case_id', '=', caseId)
    .orderBy('s.sent_at', 'desc')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileId: r.file_id,
    kind: r.kind,
    meetingId: r.meeting_id,
    sentAt: r.sent_at,
    method: r.method,
    sha256: r.sha256,
    format: r.format,
    filename: r.filename,
    receivedOn: r.received_on,
    clocks: readClocks(r.clocks),
  }));
}
