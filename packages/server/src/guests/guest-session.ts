import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context/app-context.js';
import { HttpError } from '../http/errors.js';
import { STATE_CHANGING, sameSecret } from '../http/security.js';
import { newToken, sha256Hex } from '../ids.js';
import { guestCodeState } from './guest-rules.js';
import { caseOwnerId, findGuestSession, insertGuestSession } from './guests.repository.js';
import { meetingDone } from './guests.service.js';

// A guest's session: its own cookie (iep_guest, only sent to /api/guest, SameSite strict), apart from the account
// session, so nothing else in the app reads it. It works while its code works: the family ending access, the
// meeting's end or the code's expiry ends it on the guest's next request.

export const GUEST_COOKIE = 'iep_guest';
export const GUEST_PATH = '/api/guest';

export const GUEST_ENDED =
  'Your guest access to these meeting notes has ended. Thank you for helping. If you need to add more, ask the parent for a new code.';
export const GUEST_SIGN_IN = 'Type the code the parent gave you first.';
export const GUEST_CSRF = 'This page is out of date. Reload it and try again.';

type Ctx = Pick<AppContext, 'storage' | 'config' | 'now'>;

export interface GuestFound {
  codeId: string;
  caseId: string;
  meetingId: string;
  ownerId: string;
  guestName: string;
  csrfToken: string;
  expiresAt: string;
}

export async function startGuestSession(ctx: Ctx, reply: FastifyReply, codeId: string): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  await insertGuestSession(ctx.storage.db, {
    id: sha256Hex(token),
    code_id: codeId,
    csrf_token: csrfToken,
    created_at: ctx.now().toISOString(),
  });
  void reply.setCookie(GUEST_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: GUEST_PATH,
    maxAge: 24 * 3600,
  });
  return csrfToken;
}

function clearGuestCookie(ctx: Ctx, reply: FastifyReply): void {
  void reply.clearCookie(GUEST_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: GUEST_PATH,
  });
}

/** The guest of the request's cookie, with a working code; 401 with a plain sentence otherwise. */
export async function requireGuest(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<GuestFound> {
  const token = request.cookies[GUEST_COOKIE];
  if (token === undefined || token === '') throw new HttpError(401, GUEST_SIGN_IN);
  const found = await findGuestSession(ctx.storage.db, sha256Hex(token));
  const ownerId = found ? await caseOwnerId(ctx.storage.db, found.caseId) : null;
  if (!found || ownerId === null) {
    clearGuestCookie(ctx, reply);
    throw new HttpError(401, GUEST_ENDED);
  }
  const { done } = await meetingDone(ctx, ownerId, found.caseId, found.meetingId);
  if (guestCodeState(found, ctx.now(), done) !== 'joined') {
    clearGuestCookie(ctx, reply);
    throw new HttpError(401, GUEST_ENDED);
  }
  if (STATE_CHANGING.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (!sameSecret(typeof header === 'string' ? header : undefined, found.csrfToken))
      throw new HttpError(403, GUEST_CSRF);
  }
  return {
    codeId: found.codeId,
    caseId: found.caseId,
    meetingId: found.meetingId,
    ownerId,
    guestName: found.guestName ?? 'Guest',
    csrfToken: found.csrfToken,
    expiresAt: found.expires_at,
  };
}
