import type { Storage } from '../db/open-storage.js';
import {
  addSignInFailure,
  clearSignInFailures,
  deleteStaleSignInLimits,
  removeSignInFailure,
} from './sign-in-limits.repository.js';

// Sign-in tries are limited per client address (one address trying many emails) and per email (many addresses
// trying one account), counted in the database so a restart keeps them. Every try is counted BEFORE the password
// is checked, in one atomic statement per key, so a burst of parallel tries cannot all slip under the limit; a
// try that turns out right is taken back from the address and clears the email's count, so people who sign in
// correctly never use up their address's tries.

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export interface SignInLimits {
  perIp: number;
  perEmail: number;
}

export interface SignInTry {
  /** False when the address or the email used up its tries: answer 429 without checking the password. */
  allowed: boolean;
  /** Call when the password was right. */
  succeeded(): Promise<void>;
}

export async function countSignInTry(
  storage: Storage,
  limits: SignInLimits,
  now: Date,
  ip: string,
  email: string,
): Promise<SignInTry> {
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
  await deleteStaleSignInLimits(storage.db, staleBefore);
  const ipKey = `ip:${ip}`;
  const emailKey = `email:${email}`;
  const byIp = await addSignInFailure(storage.db, ipKey, at, staleBefore);
  const byEmail = await addSignInFailure(storage.db, emailKey, at, staleBefore);
  return {
    allowed: byIp <= limits.perIp && byEmail <= limits.perEmail,
    succeeded: async () => {
      await removeSignInFailure(storage.db, ipKey);
      await clearSignInFailures(storage.db, [emailKey]);
    },
  };
}
