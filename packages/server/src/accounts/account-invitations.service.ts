import type { AccountInvitation, User } from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import type { AccountInvitationRow } from '../db/schema.js';
import {
  claimAccountInvitation,
  findAccountInvitation,
  findAccountInvitationByTokenHash,
  insertAccountInvitation,
  listAccountInvitationRows,
  revokeAccountInvitationRow,
  revokePendingForEmail,
  setInvitationUser,
} from './account-invitations.repository.js';
import { findUserByEmail } from './users.repository.js';
import { newId } from '../ids.js';
import {
  issueOneTimeToken,
  oneTimeTokenHash,
  oneTimeTokenState,
  type OneTimeTokenState,
} from './one-time-tokens.js';
import { DuplicateEmailError, createUser, emailField, newUserSchema } from './users.service.js';

// Account invitations: after the owner exists, a new account needs one (unless IEP_ALLOW_SIGNUP=true). The owner
// invites an email address and hands over the link; the invitee signs up with that address. These make accounts
// only; sharing a case with someone is a different invitation.

export const ACCOUNT_INVITATION_MESSAGES = {
  unknown: 'This invitation link is not right. Check that you copied the whole link, or ask for a new one.',
  expired: 'This invitation has expired. Ask the person who invited you for a new link.',
  used: 'This invitation has already been used. Sign in instead, or ask for a new link.',
  revoked: 'This invitation was cancelled. Ask the person who invited you for a new link.',
  hasAccount: 'An account with this email already exists. That person can sign in now.',
  notFound: 'This invitation was not found. It may have been cancelled already.',
  alreadyUsed: 'This invitation was already used to make an account. It cannot be cancelled now.',
} as const;

export function wrongEmailMessage(email: string): string {
  return `This invitation is for ${email}. Sign up with that email address, or ask for a new link.`;
}

/** A refusal with the HTTP status that fits it (the CLI prints the message). */
export class AccountInvitationError extends Error {
  override name = 'AccountInvitationError';
  constructor(
    readonly statusCode: 404 | 409 | 410 | 422,
    message: string,
  ) {
    super(message);
  }
}

export type { AccountInvitation };

export function toAccountInvitation(row: AccountInvitationRow, now: Date): AccountInvitation {
  return {
    id: row.id,
    email: row.email,
    status: oneTimeTokenState(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
  };
}

/** The sign-up address the invitee opens: `<base>/signup?invite=<token>`. */
export function accountInvitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/signup?invite=${encodeURIComponent(token)}`;
}

/** Makes an invitation for one email; an earlier pending one for the same email stops working. */
export async function createAccountInvitation(
  storage: Storage,
  input: { invitedBy: string; email: string; now: Date; validDays: number },
): Promise<{ invitation: AccountInvitation; token: string }> {
  const email = emailField.parse(input.email);
  if (await findUserByEmail(storage.db, email))
    throw new AccountInvitationError(409, ACCOUNT_INVITATION_MESSAGES.hasAccount);
  const at = input.now.toISOString();
  await revokePendingForEmail(storage.db, email, at);
  const issued = issueOneTimeToken(input.now, input.validDays);
  const row: AccountInvitationRow = {
    id: newId(),
    token_hash: issued.tokenHash,
    email,
    invited_by: input.invitedBy,
    created_at: at,
    expires_at: issued.expiresAt,
    used_at: null,
    used_by: null,
    revoked_at: null,
  };
  await insertAccountInvitation(storage.db, row);
  return { invitation: toAccountInvitation(row, input.now), token: issued.token };
}

export async function listAccountInvitations(storage: Storage, now: Date): Promise<AccountInvitation[]> {
  return (await listAccountInvitationRows(storage.db)).map((row) => toAccountInvitation(row, now));
}

/** Cancels an invitation that was not used yet (cancelling one twice is fine). */
export async function revokeAccountInvitation(storage: Storage, id: string, now: Date): Promise<void> {
  const row = await findAccountInvitation(storage.db, id);
  if (!row) throw new AccountInvitationError(404, ACCOUNT_INVITATION_MESSAGES.notFound);
  if (row.used_at !== null) throw new AccountInvitationError(409, ACCOUNT_INVITATION_MESSAGES.alreadyUsed);
  if (row.revoked_at === null) await revokeAccountInvitationRow(storage.db, id, now.toISOString());
}

/** What the sign-up page shows for a link: the invited email and whether the link still works. */
export async function checkAccountInvitation(
  storage: Storage,
  token: string,
  now: Date,
): Promise<{ email: string; status: OneTimeTokenState } | null> {
  const row = await findAccountInvitationByTokenHash(storage.db, oneTimeTokenHash(token));
  return row ? { email: row.email, status: oneTimeTokenState(row, now) } : null;
}

function refusalFor(state: OneTimeTokenState | 'unknown'): AccountInvitationError {
  if (state === 'unknown') return new AccountInvitationError(404, ACCOUNT_INVITATION_MESSAGES.unknown);
  if (state === 'expired') return new AccountInvitationError(410, ACCOUNT_INVITATION_MESSAGES.expired);
  if (state === 'used') return new AccountInvitationError(410, ACCOUNT_INVITATION_MESSAGES.used);
  return new AccountInvitationError(410, ACCOUNT_INVITATION_MESSAGES.revoked);
}

/**
 * Makes the invitee's account. Everything is checked first (fields, password strength, the link, the email);
 * then the invitation is claimed in one statement, so a link works once even when sent twice at the same moment.
 */
export async function signUpWithAccountInvitation(
  storage: Storage,
  token: string,
  input: { name: string; email: string; password: string },
  now: Date,
): Promise<User> {
  const data = newUserSchema.parse(input);
  const row = await findAccountInvitationByTokenHash(storage.db, oneTimeTokenHash(token));
  if (!row) throw refusalFor('unknown');
  const state = oneTimeTokenState(row, now);
  if (state !== 'pending') throw refusalFor(state);
  if (data.email !== row.email) throw new AccountInvitationError(422, wrongEmailMessage(row.email));
  if (await findUserByEmail(storage.db, data.email)) throw new DuplicateEmailError();
  if (!(await claimAccountInvitation(storage.db, row.id, now.toISOString()))) {
    const again = await findAccountInvitation(storage.db, row.id);
    throw refusalFor(again ? oneTimeTokenState(again, now) : 'unknown');
  }
  try {
    const user = await createUser(storage, { ...data, role: 'member' });
    await setInvitationUser(storage.db, row.id, user.id);
    return user;
  } catch (error) {
    // The account was not made: the link works again.
    await setInvitationUser(storage.db, row.id, null);
    throw error;
  }
}
