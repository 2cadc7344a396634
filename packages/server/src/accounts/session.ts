import type { User } from '@iep/core/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context/app-context.js';
import type { UserRow } from '../db/schema.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './sessions.repository.js';
import { newToken, sha256Hex } from '../ids.js';
import { toPublicUser } from './users.service.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { STATE_CHANGING, sameSecret } from '../http/security.js';

export const SESSION_COOKIE = 'iep_session';
const ABSOLUTE_LIMIT_MS = 30 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn each read into a write; a minute of slack is harmless.
const TOUCH_EVERY_MS = 60 * 1000;

export interface SignedIn {
  user: User;
  sessionId: string;
  csrfToken: string;
}

/** What the case access check (sharing/case-access-hook.ts) found for a /api/cases/:id route. */
export interface CaseAccessFound {
  caseId: string;
  /** The case's owner: the case's services key their queries on it (cases.owner_id). */
  ownerId: string;
  role: 'owner' | 'co-parent' | 'advocate' | 'viewer';
  /** The owner let this member (an advocate) download recordings and clips (core's memberMay). */
  audioGranted: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
    caseAccess: CaseAccessFound | null;
  }
}

/** What sessions need of the app's context (buildApp hands in the whole AppContext). */
export type SessionDeps = Pick<AppContext, 'config' | 'storage' | 'now'>;

function expiry(createdAt: number, lastSeen: number, hours: number): string {
  return new Date(Math.min(lastSeen + hours * 3600 * 1000, createdAt + ABSOLUTE_LIMIT_MS)).toISOString();
}

/** Starts a session for the user, sets the cookie and returns the CSRF token the client must echo. */
export async function startSession(deps: SessionDeps, reply: FastifyReply, user: UserRow): Promise<SignedIn> {
  const token = newToken();
  const csrfToken = newToken();
  const now = deps.now().getTime();
  const at = new Date(now).toISOString();
  const sessionId = sha256Hex(token);
  // Housekeeping at the rare moment a session starts, so that abandoned sessions do not pile up.
  await deleteExpiredSessions(deps.storage.db, at);
  await insertSession(deps.storage.db, {
    id: sessionId,
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: at,
    last_seen_at: at,
    expires_at: expiry(now, now, deps.config.sessionHours),
  });
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    path: '/',
    maxAge: ABSOLUTE_LIMIT_MS / 1000,
  });
  return { user: toPublicUser(user), sessionId, csrfToken };
}

export function clearSessionCookie(deps: SessionDeps, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    path: '/',
  });
}

/**
 * Finds the session of the cookie. Returns null when there is no cookie; throws 401 when the cookie names a
 * session that is unknown or has ended (an ended one is deleted).
 */
export async function resolveSession(
  deps: SessionDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SignedIn | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') return null;
  const sessionId = sha256Hex(token);
  // The users join also drops sessions of a deleted user (the foreign key cascades anyway).
  const found = await findSessionWithUser(deps.storage.db, sessionId);
  if (!found) {
    clearSessionCookie(deps, reply);
    throw new HttpError(401, MESSAGES.sessionEnded);
  }
  const { session, user } = found;
  const now = deps.now().getTime();
  if (Date.parse(session.expires_at) <= now) {
    await deleteSession(deps.storage.db, sessionId);
    clearSessionCookie(deps, reply);
    throw new HttpError(401, MESSAGES.sessionEnded);
  }
  if (now - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    const expiresAt = expiry(Date.parse(session.created_at), now, deps.config.sessionHours);
    await touchSession(deps.storage.db, sessionId, new Date(now).toISOString(), expiresAt);
  }
  return { user: toPublicUser(user), sessionId, csrfToken: session.csrf_token };
}

/** preHandler for every route that needs a signed-in user; also enforces the CSRF token on writes. */
export function requireSession(deps: SessionDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const signedIn = await resolveSession(deps, request, reply);
    if (!signedIn) throw new HttpError(401, MESSAGES.signIn);
    if (STATE_CHANGING.has(request.method)) checkCsrf(request, signedIn);
    request.signedIn = signedIn;
  };
}

export function checkCsrf(request: FastifyRequest, signedIn: SignedIn): void {
  const header = request.headers['x-csrf-token'];
  if (!sameSecret(typeof header === 'string' ? header : undefined, signedIn.csrfToken))
    throw new HttpError(403, MESSAGES.csrf);
}

/** The signed-in user of a route behind requireSession. */
export function currentUser(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new HttpError(401, MESSAGES.signIn);
  return request.signedIn;
}

/**
 * The id the case's services key on: the case owner's once the case access check let a member in, else the
 * caller's own (routes outside /api/cases/:id act on the caller's own account).
 */
export function actingOwnerId(request: FastifyRequest): string {
  return request.caseAccess?.ownerId ?? currentUser(request).user.id;
}

/** The signed-in caller as a member of the case the route names: their id, name and role (the owner is one too). */
export function actingMember(request: FastifyRequest): {
  userId: string;
  name: string;
  role: CaseAccessFound['role'];
} {
  const { user } = currentUser(request);
  return { userId: user.id, name: user.name, role: request.caseAccess?.role ?? 'owner' };
}
