import { PERMISSION_REFUSALS, memberMay } from '@iep/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '../db/open-storage.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { currentUser, type CaseAccessFound } from '../accounts/session.js';
import type { OpenCalls } from '../context/open-calls.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { findCaseAccess } from './members.repository.js';
import { memberAccessSince } from './member-trail.repository.js';
import { isCaseRoute, permissionOf } from './route-permissions.js';

// The one role check for every route under /api/cases/:id, run after the session check: a caller who is not an
// active member gets the same 404 as for a missing case (a stranger learns nothing), a member whose role lacks the
// route's permission (route-permissions.ts) gets 403 with a plain sentence. A member's allowed call goes on the
// case's paper trail (who, what, when) as its answer goes out. A removed member's next request is refused: the check
// reads the membership (and the owner's audio grant, core's memberMay) on every request, with no cache.

export function caseAccessHook(storage: Storage, openCalls?: OpenCalls) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.caseAccess = null;
    const url = request.routeOptions.url;
    if (url === undefined || !isCaseRoute(url)) return;
    await checkCaseAccess(storage, request, reply, (request.params as { id?: unknown }).id, openCalls);
  };
}

/**
 * The check itself, for the hook and for the routes outside /api/cases/:id that name their case elsewhere
 * (ELSEWHERE_CASE_ROUTES: a tus upload's metadata), which call it once they have found the case id. A member's
 * call is held in `openCalls` while it runs, so removing them cuts it off (context/open-calls.ts).
 */
export async function checkCaseAccess(
  storage: Storage,
  request: FastifyRequest,
  reply: FastifyReply,
  caseId: unknown,
  openCalls?: OpenCalls,
): Promise<CaseAccessFound> {
  const user = currentUser(request).user;
  if (typeof caseId !== 'string' || caseId === '') throw new HttpError(404, MESSAGES.caseNotFound);
  const access = await findCaseAccess(storage.db, user.id, caseId);
  if (!access) throw new HttpError(404, MESSAGES.caseNotFound);
  const route = `${request.method} ${request.routeOptions.url ?? ''}`;
  const permission = permissionOf(route);
  if (!memberMay(access.role, permission, access)) throw new HttpError(403, PERMISSION_REFUSALS[permission]);
  request.caseAccess = access;
  if (access.role !== 'owner') openCalls?.add(access.caseId, user.id, request.raw, reply.raw);
  return access;
}

/**
 * How long one read stands for the same member's later reads of the same route. A page load makes several GET
 * calls and a phone polls, so one entry per read would bury the trail's real events (and grow the table on every
 * screen). Ten minutes still answers "who looked at what, and when" to the minute a session started; every change
 * (any method but GET) is written each time, because each one is its own fact.
 */
export const MEMBER_READ_WINDOW_MS = 10 * 60 * 1000;

/**
 * The paper trail of a member's call (who, what, when), written as the answer goes out and only when it is not a
 * refusal: a refused call changes nothing, not even the trail (the handler's own refusals included). Reads are on
 * the trail too, at most once per member per route per MEMBER_READ_WINDOW_MS.
 */
export function memberTrailHook(storage: Storage, now: () => Date) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    await recordMemberCall(storage, now, request, reply.statusCode);
    return payload;
  };
}

/** The trail entry of one member's call with its answer's status; also for routes that answer on the raw reply (tus). */
export async function recordMemberCall(
  storage: Storage,
  now: () => Date,
  request: FastifyRequest,
  statusCode: number,
): Promise<void> {
  const access = request.caseAccess;
  if (!access || access.role === 'owner' || statusCode >= 400) return;
  const { user } = currentUser(request);
  const at = now();
  const route = `${request.method} ${request.routeOptions.url ?? ''}`;
  if (request.method === 'GET' || request.method === 'HEAD') {
    const since = new Date(at.getTime() - MEMBER_READ_WINDOW_MS).toISOString();
    const seen = await memberAccessSince(storage.db, {
      caseId: access.caseId,
      userId: user.id,
      route,
      since,
    });
    if (seen) return;
  }
  await insertCaseEvent(storage.db, {
    caseId: access.caseId,
    at: at.toISOString(),
    kind: 'member.access',
    data: { userId: user.id, name: user.name, role: access.role, route },
  });
}
