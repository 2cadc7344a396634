import { PERMISSION_REFUSALS, memberMay } from '@iep/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '../db/open-storage.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { currentUser } from '../accounts/session.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { findCaseAccess } from './members.repository.js';
import { memberAccessSince } from './member-trail.repository.js';
import { isCaseRoute, permissionOf } from './route-permissions.js';

// The one role check for every route under /api/cases/:id, run after the session check: a caller who is not an
// active member gets the same 404 as for a missing case (a stranger learns nothing), a member whose role lacks the
// route's permission (route-permissions.ts) gets 403 with a plain sentence. A member's allowed call goes on the
// case's paper trail (who, what, when) as its answer goes out. A removed member's next request is refused: the check
// reads the membership (and the owner's audio grant, core's memberMay) on every request, with no cache.

export function caseAccessHook(storage: Storage) {
  return async (request: FastifyRequest): Promise<void> => {
    request.caseAccess = null;
    const url = request.routeOptions.url;
    if (url === undefined || !isCaseRoute(url)) return;
    const caseId = (request.params as { id?: unknown }).id;
    const user = currentUser(request).user;
    if (typeof caseId !== 'string') throw new HttpError(404, MESSAGES.caseNotFound);
    const access = await findCaseAccess(storage.db, user.id, caseId);
    if (!access) throw new HttpError(404, MESSAGES.caseNotFound);
    const route = `${request.method} ${url}`;
    const permission = permissionOf(route);
    if (!memberMay(access.role, permission, access))
      throw new HttpError(403, PERMISSION_REFUSALS[permission]);
    request.caseAccess = access;
  };
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
    const access = request.caseAccess;
    if (!access || access.role === 'owner' || reply.statusCode >= 400) return payload;
    const { user } = currentUser(request);
    const at = now();
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    if (request.method === 'GET') {
      const since = new Date(at.getTime() - MEMBER_READ_WINDOW_MS).toISOString();
      const seen = await memberAccessSince(storage.db, {
        caseId: access.caseId,
        userId: user.id,
        route,
        since,
      });
      if (seen) return payload;
    }
    await insertCaseEvent(storage.db, {
      caseId: access.caseId,
      at: at.toISOString(),
      kind: 'member.access',
      data: { userId: user.id, name: user.name, role: access.role, route },
    });
    return payload;
  };
}
