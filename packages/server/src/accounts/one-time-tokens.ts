import type { InvitationStatus } from '@iep/core/contract';
import { newToken, sha256Hex } from '../ids.js';

// One-time link tokens (account invitations now; case-sharing invitations later): 32 random bytes handed out once
// in a link, kept only as their SHA-256, valid until they expire, are used, or are revoked.

/** A one-time link's state over its life (the contract's InvitationStatus). */
export type OneTimeTokenState = InvitationStatus;

export interface IssuedToken {
  /** Goes into the link, never into the database. */
  token: string;
  tokenHash: string;
  expiresAt: string;
}

export function issueOneTimeToken(now: Date, validDays: number): IssuedToken {
  const token = newToken();
  return {
    token,
    tokenHash: oneTimeTokenHash(token),
    expiresAt: new Date(now.getTime() + validDays * 24 * 3600 * 1000).toISOString(),
  };
}

export function oneTimeTokenHash(token: string): string {
  return sha256Hex(token);
}

/** Used and revoked win over expired: they say more about what happened to the link. */
export function oneTimeTokenState(
  row: { used_at: string | null; revoked_at: string | null; expires_at: string },
  now: Date,
): OneTimeTokenState {
  if (row.used_at !== null) return 'used';
  if (row.revoked_at !== null) return 'revoked';
  if (Date.parse(row.expires_at) <= now.getTime()) return 'expired';
  return 'pending';
}
