import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, ShareLinksTable, StudentViewsTable } from '../db/schema.js';

// Rows of clip links and student views. Public lookups start from the link's secret id (or the view's code) alone;
// the owner's lookups always name the case too, so another case's link answers like a missing one.

type Db = Kysely<Database> | Transaction<Database>;
export type ShareLinkRow = Selectable<ShareLinksTable>;
export type StudentViewRow = Selectable<StudentViewsTable>;
type NewShareLink = Omit<ShareLinkRow, 'plays'>;
type NewStudentView = Omit<StudentViewRow, 'opens'>;

export async function insertShareLink(db: Db, row: NewShareLink): Promise<void> {
  await db.insertInto('share_links').values(row).execute();
}

export async function findShareLink(db: Db, linkId: string): Promise<ShareLinkRow | null> {
  return (await db.selectFrom('share_links').selectAll().where('id', '=', linkId).executeTakeFirst()) ?? null;
}

export async function findCaseShareLink(
  db: Db,
  caseId: string,
  linkId: string,
): Promise<ShareLinkRow | null> {
  const row = await db
    .selectFrom('share_links')
    .selectAll()
    .where('id', '=', linkId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ?? null;
}

export function listShareLinks(db: Db, caseId: string): Promise<ShareLinkRow[]> {
  return db
    .selectFrom('share_links')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function revokeShareLink(db: Db, linkId: string, at: string): Promise<void> {
  await db
    .updateTable('share_links')
    .set({ revoked_at: at })
    .where('id', '=', linkId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** One more play, counted in the database (two plays at once are two). */
export async function countPlay(db: Db, linkId: string): Promise<void> {
  await db
    .updateTable('share_links')
    .set({ plays: sql<number>`plays + 1` })
    .where('id', '=', linkId)
    .execute();
}

export async function insertStudentView(db: Db, row: NewStudentView): Promise<void> {
  await db.insertInto('student_views').values(row).execute();
}

/** By the link's id or by its short code. */
export async function findStudentView(db: Db, idOrCode: string): Promise<StudentViewRow | null> {
  const row = await db
    .selectFrom('student_views')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrCode), eb('code', '=', idOrCode)]))
    .executeTakeFirst();
  return row ?? null;
}

export async function findCaseStudentView(
  db: Db,
  caseId: string,
  viewId: string,
): Promise<StudentViewRow | null> {
  const row = await db
    .selectFrom('student_views')
    .selectAll()
    .where('id', '=', viewId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ?? null;
}

export function listStudentViews(db: Db, caseId: string): Promise<StudentViewRow[]> {
  return db
    .selectFrom('student_views')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function codeInUse(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom('student_views').select('id').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export async function revokeStudentView(db: Db, viewId: string, at: string): Promise<void> {
  await db
    .updateTable('student_views')
    .set({ revoked_at: at })
    .where('id', '=', viewId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function countOpen(db: Db, viewId: string): Promise<void> {
  await db
    .updateTable('student_views')
    .set({ opens: sql<number>`opens + 1` })
    .where('id', '=', viewId)
    .execute();
}
