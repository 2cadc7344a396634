import type { User } from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import type { UserRow } from '../db/schema.js';
import { signUpWithAccountInvitation } from './account-invitations.service.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { deleteSession } from './sessions.repository.js';
import { countSignInTry, type SignInLimits } from './sign-in-limits.js';
import { anyUserExists, findUserByEmail } from './users.repository.js';
import { createUser } from './users.service.js';

// Sign-up, sign-in and sign-out as the routes need them: the rules (who may sign up, the try limits, the
// same-time password check for unknown emails) live here; the routes keep HTTP (cookies, status codes).

export const SIGNUP_NEEDS_INVITATION =
  'New accounts here need an invitation. Ask the owner of this app to invite you, then open the link they give you.';

/** Sign-up is closed here (not the first account, no invitation, and open sign-up is off). */
export class SignUpClosedError extends Error {
  override name = 'SignUpClosedError';
  constructor() {
    super(SIGNUP_NEEDS_INVITATION);
  }
}

export interface SetupState {
  /** No account yet: the first one to sign up becomes the owner. */
  needsOwner: boolean;
  signupOpen: boolean;
}

export async function setupState(storage: Storage, allowSignup: boolean): Promise<SetupState> {
  const needsOwner = !(await anyUserExists(storage.db));
  return { needsOwner, signupOpen: needsOwner || allowSignup };
}

/**
 * Creates the account: the first one ever (the owner), one from an account invitation, or an open sign-up when
 * the installation allows it. Returns the stored row the session starts from. Throws SignUpClosedError,
 * DuplicateEmailError, AccountInvitationError or a ZodError; nothing is stored then.
 */
export async function signUp(
  storage: Storage,
  input: { name: string; email: string; password: string; invite?: string | undefined },
  options: { allowSignup: boolean; now: Date },
): Promise<UserRow> {
  const isFirst = !(await anyUserExists(storage.db));
  const account = { name: input.name, email: input.email, password: input.password };
  let user: User;
  if (input.invite !== undefined && !isFirst) {
    user = await signUpWithAccountInvitation(storage, input.invite, account, options.now);
  } else {
    if (!isFirst && !options.allowSignup) throw new SignUpClosedError();
    user = await createUser(storage, account);
  }
  const row = await findUserByEmail(storage.db, user.email);
  if (!row) throw new Error('The new user was not found right after it was created.');
  return row;
}

export type SignInOutcome = { ok: true; user: UserRow } | { ok: false; reason: 'too-many-tries' | 'wrong' };

/**
 * Checks an email and password, counting the try first (per address and per email). An unknown email costs the
 * same time as a wrong password, so the answer's timing does not tell which emails have accounts.
 */
export async function signIn(
  storage: Storage,
  limits: SignInLimits,
  now: Date,
  ip: string,
  credentials: { email: string; password: string },
): Promise<SignInOutcome> {
  const email = credentials.email.trim().toLowerCase();
  const counted = await countSignInTry(storage, limits, now, ip, email);
  if (!counted.allowed) return { ok: false, reason: 'too-many-tries' };
  const user = await findUserByEmail(storage.db, email);
  if (!user) {
    await burnPasswordCheck(credentials.password);
    return { ok: false, reason: 'wrong' };
  }
  if (!(await verifyPassword(user.password_hash, credentials.password)))
    return { ok: false, reason: 'wrong' };
  await counted.succeeded();
  return { ok: true, user };
}

/** Ends a session (signing out): its cookie no longer opens anything. */
export async function endSession(storage: Storage, sessionId: string): Promise<void> {
  await deleteSession(storage.db, sessionId);
}
