import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isCaseRole, type CaseRole } from '@iep/core';

// Membership rows. A member is active while removed_at is null; the owner is a member with role 'owner'.

export interface CaseAccess {
  caseId: string;
  /** The case's owner: services still key their queries on it (cases.owner_id). */
  ownerId: string;
  role: CaseRole;
  /** Whether the owner granted this member audio (counts for an advocate only: core's memberMay). */
  audioGranted: boolean;
}

/** The caller's role on a case, or null when they are not an active member (or the case does not exist). */
export async function findCaseAccess(
  db: Kysely<Database>,
  userId: string,
  caseId: string,
): Promise<CaseAccess | null> {
  const row = await db
    .selectFrom('case_members')
    .innerJoin('cases', 'cases.id', 'case_members.case_id')
    .select(['case_members.role', 'case_members.audio_granted_at', 'cases.owner_id'])
    .where('case_members.case_id', '=', caseId)
    .where('case_members.user_id', '=', userId)
    .where('case_members.removed_at', 'is', null)
    .executeTakeFirst();
  if (!row || !isCaseRole(row.role)) return null;
  return { caseId, ownerId: row.owner_id, role: row.role, audioGranted: row.audio_granted_at !== null };
}

export interface MemberRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: CaseRole;
  createdAt: string;
  audioGranted: boolean;
  audioGrantedAt: string | null;
}

export async function listMembers(db: Kysely<Database>, caseId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('case_members')
    .innerJoin('users', 'users.id', 'case_members.user_id')
    .select([
      'case_members.id',
      'case_members.user_id',
      'case_members.role',
      'case_members.created_at',
      'case_members.audio_granted_at',
      'users.name',
      'users.email',
    ])
    .where('case_members.case_id', '=', caseId)
    .where('case_members.removed_at', 'is', null)
    .orderBy('case_members.created_at')
    .orderBy('case_members.id')
    .execute();
  // The owner first, then the others in the order they joined.
  rows.sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
  return rows.flatMap((r) =>
    isCaseRole(r.role)
      ? [
          {
            id: r.id,
            userId: r.user_id,
            name: r.name,
            email: r.email,
            role: r.role,
            createdAt: r.created_at,
            audioGranted: r.audio_granted_at !== null,
            audioGrantedAt: r.audio_granted_at,
          },
        ]
      : [],
  );
}

export async function insertMember(
  db: Kysely<Database>,
  row: {
    id: string;
    caseId: string;
    userId: string;
    role: CaseRole;
    addedBy: string | null;
    note: string;
    at: string;
    /** Who granted audio on joining (an invitation with the grant), or null. */
    audioGrantedBy?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('case_members')
    .values({
      id: row.id,
      case_id: row.caseId,
      user_id: row.userId,
      role: row.role,
      added_by: row.addedBy,
      note: row.note,
      created_at: row.at,
      removed_at: null,
      audio_granted_at: row.audioGrantedBy ? row.at : null,
      audio_granted_by: row.audioGrantedBy ?? null,
    })
    .execute();
}

/** Ends a membership (never the owner's). Returns who it was, or null when there was no such active member. */
export async function removeMember(
  db: Kysely<Database>,
  caseId: string,
  memberId: string,
  at: string,
): Promise<{ userId: string; role: string } | null> {
  const row = await db
    .selectFrom('case_members')
    .select(['user_id', 'role'])
    .where('id', '=', memberId)
    .where('case_id', '=', caseId)
    .where('removed_at', 'is', null)
    .where('role', '!=', 'owner')
    .executeTakeFirst();
  if (!row) return null;
  await db.updateTable('case_members').set({ removed_at: at }).where('id', '=', memberId).execute();
  return { userId: row.user_id, role: row.role };
}

/** An active member of the case (never a removed one), or null. */
export async function findMember(
  db: Kysely<Database>,
  caseId: string,
  memberId: string,
): Promise<{ userId: string; name: string; role: string; audioGrantedAt: string | null } | null> {
  const row = await db
    .selectFrom('case_members')
    .innerJoin('users', 'users.id', 'case_members.user_id')
    .select(['case_members.user_id', 'users.name', 'case_members.role', 'case_members.audio_granted_at'])
    .where('case_members.id', '=', memberId)
    .where('case_members.case_id', '=', caseId)
    .where('case_members.removed_at', 'is', null)
    .executeTakeFirst();
  return row
    ? { userId: row.user_id, name: row.name, role: row.role, audioGrantedAt: row.audio_granted_at }
    : null;
}

/** Grants audio to a member (`by` is who granted it, `at` when) or withdraws it (`by` null). */
export async function setAudioGrant(
  db: Kysely<Database>,
  memberId: string,
  grant: { by: string; at: string } | null,
): Promise<void> {
  await db
    .updateTable('case_members')
    .set({ audio_granted_at: grant?.at ?? null, audio_granted_by: grant?.by ?? null })
    .where('id', '=', memberId)
    .execute();
}

/** The cases shared with a user: active memberships with a role other than owner. */
export async function listSharedCases(
  db: Kysely<Database>,
  userId: string,
): Promise<{ caseId: string; role: CaseRole; note: string; since: string }[]> {
  const rows = await db
    .selectFrom('case_members')
    .select(['case_id', 'role', 'note', 'created_at'])
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .where('role', '!=', 'owner')
    .orderBy('created_at')
    .execute();
  return rows.flatMap((r) =>
    isCaseRole(r.role) ? [{ caseId: r.case_id, role: r.role, note: r.note, since: r.created_at }] : [],
  );
}
