import type { Kysely, Selectable } from 'kysely';
import type { CaseInvitationsTable, Database } from '../db/schema.js';

export type CaseInvitationRow = Selectable<CaseInvitationsTable>;

export async function insertCaseInvitation(db: Kysely<Database>, row: CaseInvitationRow): Promise<void> {
  await db.insertInto('case_invitations').values(row).execute();
}

export async function findCaseInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<CaseInvitationRow | null> {
  return (
    (await db
      .selectFrom('case_invitations')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()) ?? null
  );
}

export async function findCaseInvitation(
  db: Kysely<Database>,
  caseId: string,
  id: string,
): Promise<CaseInvitationRow | null> {
  return (
    (await db
      .selectFrom('case_invitations')
      .selectAll()
      .where('id', '=', id)
      .where('case_id', '=', caseId)
      .executeTakeFirst()) ?? null
  );
}

export async function listCaseInvitationRows(
  db: Kysely<Database>,
  caseId: string,
): Promise<CaseInvitationRow[]> {
  return db
    .selectFrom('case_invitations')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Stops the pending invitations of one email to one case (a new one replaces them). */
export async function revokePendingCaseInvitations(
  db: Kysely<Database>,
  caseId: string,
  email: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('case_invitations')
    .set({ revoked_at: at })
    .where('case_id', '=', caseId)
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeCaseInvitationRow(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('case_invitations').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Marks the link used in one statement, so it works once even when two people press at the same moment. */
export async function claimCaseInvitation(
  db: Kysely<Database>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('case_invitations')
    .set({ used_at: at, used_by: userId })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
