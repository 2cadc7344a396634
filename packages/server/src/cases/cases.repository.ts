import type { Kysely } from 'kysely';
import { newId } from '../ids.js';
import { retryOnDeadlock } from '../db/retry-deadlock.js';
import type { CaseRow, Database, NewCaseRow } from '../db/schema.js';

// Every query takes the owner id: a case that belongs to someone else looks exactly like a missing one.

export type CaseEventKind =
  | 'case.created'
  | 'case.imported'
  | 'case.updated'
  | 'meeting.added'
  | 'meeting.updated'
  | 'meeting.deleted'
  | 'closure.added'
  | 'closure.deleted'
  | 'task.done'
  | 'task.undone'
  | 'letter.file'
  | 'letter.sent'
  | 'letter.arrived'
  | 'item.confirmed'
  | 'item.dropped'
  | 'companion.taps'
  | 'companion.follow-up'
  | 'answer.marked'
  | 'answer.unmarked'
  | 'member.access'
  | 'member.invited'
  | 'member.joined'
  | 'member.removed'
  | 'member.audio-granted'
  | 'member.audio-withdrawn'
  | 'invitation.revoked'
  | 'guest.code-made'
  | 'guest.joined'
  | 'guest.ended'
  | 'note.added';

/** A new case and its owner's membership (role 'owner'): call inside the case's transaction. */
export async function insertCase(db: Kysely<Database>, row: NewCaseRow): Promise<void> {
  await db.insertInto('cases').values(row).execute();
  await db
    .insertInto('case_members')
    .values({
      id: `owner-${row.id}`,
      case_id: row.id,
      user_id: row.owner_id,
      role: 'owner',
      added_by: row.owner_id,
      note: '',
      created_at: row.created_at,
      removed_at: null,
    })
    .execute();
}

export async function findCase(db: Kysely<Database>, ownerId: string, id: string): Promise<CaseRow | null> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row ?? null;
}

/** What changes with every write of the case (the version goes up by one), without the document. */
export async function findCaseStamp(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<{ version: number; updated_at: string } | null> {
  const row = await db
    .selectFrom('cases')
    .select(['version', 'updated_at'])
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row ? { version: Number(row.version), updated_at: row.updated_at } : null;
}

export async function caseExists(db: Kysely<Database>, ownerId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The cases a user may open: their own and those shared with them, each with the user's role, read from their
 * active memberships (an owner is a member of their own case with the role `owner`; a removed member sees none).
 */
export async function listCaseRows(
  db: Kysely<Database>,
  userId: string,
): Promise<(CaseRow & { member_role: string })[]> {
  return db
    .selectFrom('cases')
    .innerJoin('case_members', 'case_members.case_id', 'cases.id')
    .selectAll('cases')
    .select('case_members.role as member_role')
    .where('case_members.user_id', '=', userId)
    .where('case_members.removed_at', 'is', null)
    .orderBy('cases.updated_at', 'desc')
    .execute();
}

/** Writes a new document only if the stored version is still `expectedVersion`. Returns false when it is not. */
export async function updateCaseIfVersion(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  expectedVersion: number,
  patch: Pick<CaseRow, 'student_name' | 'district' | 'plan_type' | 'ssd_partner' | 'document' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteCase(db: Kysely<Database>, ownerId: string, id: string): Promise<boolean> {
  const result = await retryOnDeadlock(() =>
    db.deleteFrom('cases').where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}

export async function insertCaseEvent(
  db: Kysely<Database>,
  event: { caseId: string; at: string; kind: CaseEventKind; data?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('case_events')
    .values({
      id: newId(),
      case_id: event.caseId,
      at: event.at,
      kind: event.kind,
      data: JSON.stringify(event.data ?? {}),
    })
    .execute();
}

export async function listCaseEvents(
  db: Kysely<Database>,
  caseId: string,
): Promise<{ at: string; kind: string; data: unknown }[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ at: r.at, kind: r.kind, data: JSON.parse(r.data) as unknown }));
}

export interface TimelineEvent {
  id: string;
  at: string;
  kind: string;
  data: Record<string, unknown>;
}

/** The case's paper trail, newest first (ties in the same instant by id, so the order is stable). */
export async function listTimeline(db: Kysely<Database>, caseId: string): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
}

/**
 * Every file a case's rows name (its recordings' parts, chunks and clips, its documents, its evidence binders).
 * Read by table, like the orphan sweep, since cases/ sits below the features that own these rows.
 */
export async function blobIdsOfCase(db: Kysely<Database>, caseId: string): Promise<string[]> {
  const parts = await db
    .selectFrom('recording_parts')
    .innerJoin('recordings', 'recordings.id', 'recording_parts.recording_id')
    .select(['recording_parts.id', 'recording_parts.blob_id', 'recording_parts.original_blob_id'])
    .where('recordings.case_id', '=', caseId)
    .execute();
  const partIds = parts.map((p) => p.id);
  const chunks =
    partIds.length === 0
      ? []
      : await db.selectFrom('recording_chunks').select('blob_id').where('part_id', 'in', partIds).execute();
  const clips = await db
    .selectFrom('clips')
    .innerJoin('recordings', 'recordings.id', 'clips.recording_id')
    .select('clips.blob_id')
    .where('recordings.case_id', '=', caseId)
    .execute();
  const documents = await db
    .selectFrom('documents')
    .select('blob_id')
    .where('case_id', '=', caseId)
    .execute();
  const builds = await db
    .selectFrom('evidence_builds')
    .select(['pdf_blob_id', 'zip_blob_id'])
    .where('case_id', '=', caseId)
    .execute();
  const ids = [
    ...parts.flatMap((p) => [p.blob_id, p.original_blob_id]),
    ...chunks.map((c) => c.blob_id),
    ...clips.map((c) => c.blob_id),
    ...documents.map((d) => d.blob_id),
    ...builds.flatMap((b) => [b.pdf_blob_id, b.zip_blob_id]),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null && id !== ''))];
}

/** Of these file ids, the ones some row still names (so a file shared by another case is never removed). */
export async function blobIdsStillNamed(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const named = new Set<string>();
  // Batches keep each IN list well under SQLite's and PostgreSQL's parameter limits.
  for (let start = 0; start < ids.length; start += 500) {
    const batch = ids.slice(start, start + 500);
    const rows = await Promise.all([
      db.selectFrom('recording_parts').select('blob_id as id').where('blob_id', 'in', batch).execute(),
      db
        .selectFrom('recording_parts')
        .select('original_blob_id as id')
        .where('original_blob_id', 'in', batch)
        .execute(),
      db.selectFrom('recording_chunks').select('blob_id as id').where('blob_id', 'in', batch).execute(),
      db.selectFrom('clips').select('blob_id as id').where('blob_id', 'in', batch).execute(),
      db.selectFrom('documents').select('blob_id as id').where('blob_id', 'in', batch).execute(),
      db
        .selectFrom('evidence_builds')
        .select('pdf_blob_id as id')
        .where('pdf_blob_id', 'in', batch)
        .execute(),
      db
        .selectFrom('evidence_builds')
        .select('zip_blob_id as id')
        .where('zip_blob_id', 'in', batch)
        .execute(),
    ]);
    for (const row of rows.flat()) if (row.id) named.add(row.id);
  }
  return named;
}
