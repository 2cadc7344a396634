import { memberMay, type CaseRole } from '@iep/core';
import { actsOnOneCase, permissionOf } from '../sharing/route-permissions.js';
import type { World } from './route-fixture.js';
import { CASE_ROUTES } from './route-table-cases.js';
import { RECORDING_ROUTES } from './route-table-recordings.js';
import { BINDER_ROUTES } from './route-table-binder.js';
import { ESCALATION_ROUTES } from './route-table-escalation.js';
import { DOCUMENT_CHECK_ROUTES } from './route-table-document-checks.js';
import { LINK_ROUTES } from './route-table-links.js';
import { ANSWER_ROUTES } from './route-table-answers.js';
import { SHARING_ROUTES } from './route-table-sharing.js';
import { EVIDENCE_ROUTES } from './route-table-evidence.js';
import { GUEST_ROUTES } from './route-table-guests.js';
import { HOME_ROUTES } from './route-table-home.js';

// The authorization matrix: every route the server registers, written once, with how to build a valid request
// from a world of ids (route-fixture.ts) and who may call it. authorization.medium.test.ts generates the calls:
// signed out, a stranger with the owner's ids, the stranger with mixed ids, the owner without the CSRF token, and
// the owner (who must succeed). A registered route missing here fails that test, and so does an entry here for a
// route that no longer exists.
//
// Members of a shared case (co-parent, advocate, viewer), a removed member and a member of another case are
// callers too. What they may do is not written per entry: it comes from core's role table (ROLE_PERMISSIONS) and
// the permission each case route needs (sharing/route-permissions.ts), so the expected answer per role is written
// once and every entry gets its member columns from it (memberExpectations). An advocate with the owner's audio
// grant is its own caller: core's memberMay says which routes the grant opens.

export type AccountCaller = 'owner' | 'stranger' | 'signedOut';
/**
 * Members of the owner's case (an advocate without and one with the owner's audio grant), one removed from it, and
 * the stranger's co-parent (a member of another case).
 */
export type MemberCaller = 'co-parent' | 'advocate' | 'advocate-audio' | 'viewer' | 'removed' | 'otherMember';
export type Caller = AccountCaller | MemberCaller;
export const MEMBER_CALLERS = [
  'co-parent',
  'advocate',
  'advocate-audio',
  'viewer',
  'removed',
  'otherMember',
] as const;
/** The members of the owner's case who may or may not call a route by their role (and grant). */
export const ROLE_CALLERS = ['co-parent', 'advocate', 'advocate-audio', 'viewer'] as const;
/** How a role caller is named in the matrix's test names. */
export const CALLER_NAMES: Record<(typeof ROLE_CALLERS)[number], string> = {
  'co-parent': 'co-parent',
  advocate: 'advocate',
  'advocate-audio': 'advocate with audio grant',
  viewer: 'viewer',
};
/** ok: a 2xx answer. deny: 401, 403 or 404, and nothing changes. not-tried: the call would mean nothing. */
export type Outcome = 'ok' | 'deny' | 'not-tried';
/**
 * public: anyone, no session. account: a signed-in user, about their own account only (no other account's ids
 * in it). app-owner: the owner of the app (the first account) only, e.g. account invitations.
 * case-read / case-write / case-delete: one case, its owner only (for now).
 */
export type Access = 'public' | 'account' | 'app-owner' | 'case-read' | 'case-write' | 'case-delete';

export const POLICY: Record<Access, Record<AccountCaller, Outcome>> = {
  // A signed-in caller of a public route does nothing a signed-out one cannot (and sign-out would end the session).
  public: { signedOut: 'ok', owner: 'not-tried', stranger: 'not-tried' },
  account: { signedOut: 'deny', owner: 'ok', stranger: 'ok' },
  // The fixture's owner world is the first account (the app owner); the stranger is a member it invited.
  'app-owner': { signedOut: 'deny', owner: 'ok', stranger: 'deny' },
  'case-read': { signedOut: 'deny', owner: 'ok', stranger: 'deny' },
  'case-write': { signedOut: 'deny', owner: 'ok', stranger: 'deny' },
  'case-delete': { signedOut: 'deny', owner: 'ok', stranger: 'deny' },
};

export interface MatrixRequest {
  url: string;
  /** A JSON body. */
  body?: unknown;
  /** Raw bytes instead (chunks, multipart forms, tus). */
  payload?: Buffer;
  headers?: Record<string, string>;
}

export interface Attack {
  name: string;
  /** The refusal's status when it is not one of 401, 403, 404 (with the reason in a comment). */
  refusedWith?: number[];
  /** Built from both worlds: the stranger sends it with their own session. */
  request: (owner: World, stranger: World) => MatrixRequest;
}

export interface RouteEntry {
  /** As Fastify registered it: "METHOD /path/:param". */
  route: string;
  access: Access;
  /** For public routes: why anyone may call it. */
  why?: string;
  /** Overrides POLICY for this route. */
  expect?: Partial<Record<AccountCaller, Outcome>>;
  /** A request that succeeds for the world's own account. */
  request: (w: World) => MatrixRequest;
  /** When the owner's successful call runs: 0 (default) first; higher later (they remove what others need). */
  order?: number;
  /** Stranger attacks beyond the generated id mixes. */
  attacks?: Attack[];
  /**
   * For public routes that a link opens: signed-out calls that must be refused and change nothing (a revoked,
   * expired or guessed link, a wrong passphrase). Built from the owner's world.
   */
  signedOutAttacks?: { name: string; refusedWith?: number[]; request: (owner: World) => MatrixRequest }[];
}

/**
 * The member columns of a route. A route on one case (/api/cases/:id..., or one that names its case elsewhere,
 * like a tus upload): each role as the role table says for
 * the route's permission; a removed member and a member of another case are refused like strangers. Any other
 * route is about the caller's own account, which the account columns already cover: not tried.
 */
export function memberExpectations(route: string): Record<MemberCaller, Outcome> {
  if (!actsOnOneCase(route))
    return {
      'co-parent': 'not-tried',
      advocate: 'not-tried',
      'advocate-audio': 'not-tried',
      viewer: 'not-tried',
      removed: 'not-tried',
      otherMember: 'not-tried',
    };
  const permission = permissionOf(route);
  const as = (role: CaseRole, audioGranted = false): Outcome =>
    memberMay(role, permission, { audioGranted }) ? 'ok' : 'deny';
  return {
    'co-parent': as('co-parent'),
    advocate: as('advocate'),
    'advocate-audio': as('advocate', true),
    viewer: as('viewer'),
    removed: 'deny',
    otherMember: 'deny',
  };
}

/** Who may do what to each route: POLICY for its access level with the entry's own overrides, and the members. */
export function expectationsOf(entry: RouteEntry): Record<Caller, Outcome> {
  return { ...POLICY[entry.access], ...entry.expect, ...memberExpectations(entry.route) };
}

/**
 * Cases that fail today because of a hole fixed on another branch: the test marks them `it.fails` so the suite
 * stays green, and whoever merges the fix removes the line (the case then fails until its line goes). Empty now:
 * the holes of sec-holes (bookmark partId, tus id in the query string) are closed and refused like any other call.
 */
export const KNOWN_HOLES: Record<string, string> = {};

/** Every route, in the order the owner's successful calls run (within the same `order`). */
export const ROUTE_MATRIX: RouteEntry[] = [
  ...CASE_ROUTES,
  ...RECORDING_ROUTES,
  ...BINDER_ROUTES,
  ...ESCALATION_ROUTES,
  ...DOCUMENT_CHECK_ROUTES,
  ...LINK_ROUTES,
  ...ANSWER_ROUTES,
  ...SHARING_ROUTES,
  ...EVIDENCE_ROUTES,
  ...GUEST_ROUTES,
  ...HOME_ROUTES,
];
