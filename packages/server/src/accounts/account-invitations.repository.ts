import type { Kysely } from 'kysely';
import type { AccountInvitationRow, Database } from '../db/schema.js';

export async function insertAccountInvitation(
  db: Kysely<Database>,
  row: AccountInvitationRow,
): Promise<void> {
  await db.insertInto('account_invitations').values(row).execute();
}

export async function findAccountInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<AccountInvitationRow | null> {
  return (
    (await db
      .selectFrom('account_invitations')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()) ?? null
  );
}

export async function findAccountInvitation(
  db: Kysely<Database>,
  id: string,
): Promise<AccountInvitationRow | null> {
  return (
    (await db.selectFrom('account_invitations').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
  );
}

/** Newest first. */
export async function listAccountInvitationRows(db: Kysely<Database>): Promise<AccountInvitationRow[]> {
  return db
    .selectFrom('account_invitations')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revokes the pending invitations of an email (a new one replaces them). */
export async function revokePendingForEmail(db: Kysely<Database>, email: string, now: string): Promise<void> {
  await db
    .updateTable('account_invitations')
    .set({ revoked_at: now })
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
}

export async function revokeAccountInvitationRow(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('account_invitations')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a pending invitation used, only if it still is pending (one statement: two sign-ups cannot both win). */
export async function claimAccountInvitation(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('account_invitations')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setInvitationUser(
  db: Kysely<Database>,
  id: string,
  userId: string | null,
): Promise<void> {
  await db
    .updateTable('account_invitations')
    .set(userId === null ? { used_at: null, used_by: null } : { used_by: userId })
    .where('id', '=', id)
    .execute();
}
