import { INVITABLE_ROLES, audioIsGrantable, isCaseRole, type CaseRole, type InvitableRole } from '@iep/core';
import type { InvitationStatus } from '@iep/core/contract';
import { z } from 'zod';
import type { Storage } from '../db/open-storage.js';
import { newId } from '../ids.js';
import { issueOneTimeToken, oneTimeTokenHash, oneTimeTokenState } from '../accounts/one-time-tokens.js';
import {
  findAccountInvitationByTokenHash,
  insertAccountInvitation,
  revokeAccountInvitationRow,
  revokePendingForEmail,
} from '../accounts/account-invitations.repository.js';
import { findUserByEmail } from '../accounts/users.repository.js';
import { emailField } from '../accounts/users.service.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import {
  claimCaseInvitation,
  findCaseInvitation,
  findCaseInvitationByTokenHash,
  insertCaseInvitation,
  listCaseInvitationRows,
  revokeCaseInvitationRow,
  revokePendingCaseInvitations,
  type CaseInvitationRow,
} from './case-invitations.repository.js';
import {
  findCaseAccess,
  insertMember,
  listMembers,
  removeMember,
  type MemberRow,
} from './members.repository.js';

// Sharing a case: the owner invites an email with a role and hands over a one-time link (7 days, single use,
// revocable; the token is handled like an account invitation's: accounts/one-time-tokens.ts). When nobody has an
// account with that email yet, the same token also works as an account invitation for it, so the link makes the
// account and then joins the case. Every step goes on the case's paper trail.

export const INVITATION_DAYS = 7;

export const SHARING_MESSAGES = {
  unknown: 'This link is not right. Check that you copied the whole link, or ask for a new one.',
  expired: 'This link has expired. Ask the family for a new one.',
  used: 'This link was already used. Sign in to see the case, or ask for a new link.',
  revoked: 'This link was cancelled. Ask the family for a new one.',
  wrongEmail: (email: string) =>
    `This link is for ${email}. Sign in with that email address, or ask the family for a new link.`,
  alreadyMember: 'This person is already a member of this case.',
  selfInvite: 'You already own this case.',
  invitationNotFound: 'This invitation was not found. It may have been cancelled already.',
  invitationUsed: 'This invitation was already used. Remove the member instead.',
  memberNotFound: 'This member was not found. They may have been removed already.',
  audioForAdvocates:
    'Only an advocate can be allowed to download recordings. Owners and co-parents always can, and viewers cannot.',
} as const;

export class SharingError extends Error {
  override name = 'SharingError';
  constructor(
    readonly statusCode: 404 | 409 | 410 | 422,
    message: string,
  ) {
    super(message);
  }
}

export const inviteBodySchema = z.strictObject({
  email: emailField,
  role: z.enum(INVITABLE_ROLES),
  note: z.string().trim().max(500).default(''),
  /** An advocate may download recordings and clips from joining on (the owner can change it later). */
  audioGranted: z.boolean().default(false),
});

export interface CaseInvitationView {
  id: string;
  email: string;
  role: InvitableRole;
  note: string;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  audioGranted: boolean;
}

function toView(row: CaseInvitationRow, now: Date): CaseInvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role as InvitableRole,
    note: row.note,
    status: oneTimeTokenState(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    audioGranted: row.grant_audio === 1,
  };
}

/** The page the invitee opens: `<base>/join?invite=<token>`. */
export function caseInvitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/join?invite=${encodeURIComponent(token)}`;
}

export async function inviteToCase(
  storage: Storage,
  input: {
    caseId: string;
    invitedBy: { id: string; name: string };
    email: string;
    role: InvitableRole;
    note: string;
    audioGranted?: boolean;
  },
  now: Date,
): Promise<{ invitation: CaseInvitationView; token: string }> {
  const at = now.toISOString();
  const grantAudio = input.audioGranted === true;
  if (grantAudio && !audioIsGrantable(input.role))
    throw new SharingError(422, SHARING_MESSAGES.audioForAdvocates);
  const existing = await findUserByEmail(storage.db, input.email);
  if (existing) {
    if (existing.id === input.invitedBy.id) throw new SharingError(409, SHARING_MESSAGES.selfInvite);
    if (await findCaseAccess(storage.db, existing.id, input.caseId))
      throw new SharingError(409, SHARING_MESSAGES.alreadyMember);
  }
  const issued = issueOneTimeToken(now, INVITATION_DAYS);
  const row: CaseInvitationRow = {
    id: newId(),
    token_hash: issued.tokenHash,
    case_id: input.caseId,
    email: input.email,
    role: input.role,
    note: input.note,
    invited_by: input.invitedBy.id,
    created_at: at,
    expires_at: issued.expiresAt,
    used_at: null,
    used_by: null,
    revoked_at: null,
    grant_audio: grantAudio ? 1 : 0,
  };
  await storage.db.transaction().execute(async (trx) => {
    await revokePendingCaseInvitations(trx, input.caseId, input.email, at);
    await insertCaseInvitation(trx, row);
    if (!existing) {
      // The same token lets the invitee make their account with this email (sign-up's invitation check).
      await revokePendingForEmail(trx, input.email, at);
      await insertAccountInvitation(trx, {
        id: newId(),
        token_hash: issued.tokenHash,
        email: input.email,
        invited_by: input.invitedBy.id,
        created_at: at,
        expires_at: issued.expiresAt,
        used_at: null,
        used_by: null,
        revoked_at: null,
      });
    }
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at,
      kind: 'member.invited',
      data: {
        userId: input.invitedBy.id,
        name: input.invitedBy.name,
        email: input.email,
        role: input.role,
        audioGranted: grantAudio,
      },
    });
  });
  return { invitation: toView(row, now), token: issued.token };
}

export async function membersOf(
  storage: Storage,
  caseId: string,
  now: Date,
): Promise<{ members: MemberRow[]; invitations: CaseInvitationView[] }> {
  const [members, rows] = await Promise.all([
    listMembers(storage.db, caseId),
    listCaseInvitationRows(storage.db, caseId),
  ]);
  return { members, invitations: rows.map((row) => toView(row, now)).filter((i) => i.status === 'pending') };
}

export async function revokeCaseInvitation(
  storage: Storage,
  caseId: string,
  id: string,
  by: { id: string; name: string },
  now: Date,
): Promise<void> {
  const row = await findCaseInvitation(storage.db, caseId, id);
  if (!row) throw new SharingError(404, SHARING_MESSAGES.invitationNotFound);
  if (row.used_at !== null) throw new SharingError(409, SHARING_MESSAGES.invitationUsed);
  if (row.revoked_at !== null) return;
  const at = now.toISOString();
  await storage.db.transaction().execute(async (trx) => {
    await revokeCaseInvitationRow(trx, id, at);
    const account = await findAccountInvitationByTokenHash(trx, row.token_hash);
    if (account && account.used_at === null) await revokeAccountInvitationRow(trx, account.id, at);
    await insertCaseEvent(trx, {
      caseId,
      at,
      kind: 'invitation.revoked',
      data: { userId: by.id, name: by.name, email: row.email, role: row.role },
    });
  });
}

/** Ends a member's access at once: the access check reads the membership on every request. */
export async function removeCaseMember(
  storage: Storage,
  caseId: string,
  memberId: string,
  by: { id: string; name: string },
  now: Date,
): Promise<{ userId: string }> {
  const at = now.toISOString();
  return storage.db.transaction().execute(async (trx) => {
    const removed = await removeMember(trx, caseId, memberId, at);
    if (!removed) throw new SharingError(404, SHARING_MESSAGES.memberNotFound);
    await insertCaseEvent(trx, {
      caseId,
      at,
      kind: 'member.removed',
      data: { userId: by.id, name: by.name, memberUserId: removed.userId, role: removed.role },
    });
    return { userId: removed.userId };
  });
}

/** Finds the active member with this email (for the CLI's unshare). */
export async function memberIdByEmail(
  storage: Storage,
  caseId: string,
  email: string,
): Promise<string | null> {
  const members = await listMembers(storage.db, caseId);
  return members.find((m) => m.email === email && m.role !== 'owner')?.id ?? null;
}

function refusal(state: InvitationStatus | 'unknown'): SharingError {
  if (state === 'unknown') return new SharingError(404, SHARING_MESSAGES.unknown);
  return new SharingError(410, SHARING_MESSAGES[state === 'pending' ? 'unknown' : state]);
}

/** What the join page shows before anything is done: the invited email, the role, whether the link works. */
export async function checkCaseInvitation(
  storage: Storage,
  token: string,
  now: Date,
): Promise<{ email: string; role: CaseRole; status: InvitationStatus; hasAccount: boolean }> {
  const row = await findCaseInvitationByTokenHash(storage.db, oneTimeTokenHash(token));
  if (!row || !isCaseRole(row.role)) throw refusal('unknown');
  const hasAccount = (await findUserByEmail(storage.db, row.email)) !== null;
  return { email: row.email, role: row.role, status: oneTimeTokenState(row, now), hasAccount };
}

/** The signed-in invitee joins the case (their email must be the invited one). */
export async function acceptCaseInvitation(
  storage: Storage,
  token: string,
  user: { id: string; name: string; email: string },
  now: Date,
): Promise<{ caseId: string; role: CaseRole }> {
  const row = await findCaseInvitationByTokenHash(storage.db, oneTimeTokenHash(token));
  if (!row || !isCaseRole(row.role)) throw refusal('unknown');
  const state = oneTimeTokenState(row, now);
  if (state !== 'pending') throw refusal(state);
  if (user.email !== row.email) throw new SharingError(422, SHARING_MESSAGES.wrongEmail(row.email));
  const role = row.role;
  const at = now.toISOString();
  await storage.db.transaction().execute(async (trx) => {
    if (!(await claimCaseInvitation(trx, row.id, user.id, at))) throw refusal('used');
    if (await findCaseAccess(trx, user.id, row.case_id))
      throw new SharingError(409, SHARING_MESSAGES.alreadyMember);
    await insertMember(trx, {
      id: newId(),
      caseId: row.case_id,
      userId: user.id,
      role,
      addedBy: row.invited_by,
      note: row.note,
      at,
      // An advocate invited with the grant has it from joining on, granted by the owner who invited them.
      audioGrantedBy: row.grant_audio === 1 && audioIsGrantable(role) ? row.invited_by : null,
    });
    await insertCaseEvent(trx, {
      caseId: row.case_id,
      at,
      kind: 'member.joined',
      data: { userId: user.id, name: user.name, role },
    });
  });
  return { caseId: row.case_id, role };
}
