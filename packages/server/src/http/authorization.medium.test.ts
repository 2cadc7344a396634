import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_IDS, buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import {
  CALLER_NAMES,
  KNOWN_HOLES,
  ROLE_CALLERS,
  ROUTE_MATRIX,
  expectationsOf,
  type Caller,
  type MatrixRequest,
  type RouteEntry,
} from '../test-support/route-matrix.js';
import { injectMatrixRequest } from '../test-support/matrix-request.js';
import { dumpState, type StateDump } from '../test-support/state-dump.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type Session, type TestApp } from '../test-support/test-app.js';
import { MESSAGES } from './errors.js';
import { PERMISSION_REFUSALS } from '@iep/core';
import { permissionOf } from '../sharing/route-permissions.js';
import { OWNER_ONLY } from '../accounts/account-invitations.routes.js';
import { MODELS_OWNER_ONLY } from '../transcripts/speech-models.routes.js';
import { SECURITY_HEADERS, STATE_CHANGING } from './security.js';

// The authorization matrix, generated from the table in test-support/route-matrix.ts (entries in route-table-*.ts) and checked against the
// routes Fastify actually registered. Per database: two accounts each with a full case (route-fixture.ts); then
// every refused call (signed out, a stranger with the owner's ids, the stranger with mixed ids, attacks, the
// owner without the CSRF token), after which every table and every file under the data folder must be exactly
// as before; then every allowed call, which must succeed (so the table's requests do reach their handlers).

const targets = await storageTargets();

type Expectation = 'ok' | 'sign-in' | 'csrf' | 'like-missing' | 'owner-only' | 'role-refused' | 'deny';

interface MatrixCall {
  name: string;
  entry: RouteEntry;
  caller: Caller;
  csrf: boolean;
  expect: Expectation;
  /** For 'deny': the statuses that count as refused (401, 403, 404 unless an attack says otherwise). */
  refusedWith?: number[];
  build: (worlds: { owner: World; stranger: World }) => MatrixRequest;
}

const methodOf = (entry: RouteEntry) => entry.route.split(' ')[0] ?? '';

/** The World keys an entry's request reads, found by building it from a world that notes what is read. */
function keysRead(entry: RouteEntry): Set<string> {
  const read = new Set<string>();
  const probe = new Proxy({} as World, {
    get: (_target, key) => {
      read.add(String(key));
      if (key === 'file') return { student: {}, parents: [] };
      return key === 'version' ? 1 : `probe-${String(key)}`;
    },
  });
  entry.request(probe);
  return read;
}

function denyCalls(entry: RouteEntry): MatrixCall[] {
  const expected = expectationsOf(entry);
  const calls: MatrixCall[] = [];
  const add = (
    name: string,
    caller: Caller,
    expect: Expectation,
    build: MatrixCall['build'],
    options: { csrf?: boolean; refusedWith?: number[] } = {},
  ) =>
    calls.push({
      name: `${entry.route} · ${name}`,
      entry,
      caller,
      csrf: options.csrf ?? true,
      expect,
      build,
      ...(options.refusedWith ? { refusedWith: options.refusedWith } : {}),
    });
  if (expected.signedOut === 'deny') add('signed out', 'signedOut', 'sign-in', (w) => entry.request(w.owner));
  if (expected.stranger === 'deny') {
    // Another account's case answers like a missing one; the app owner's routes say plainly who may use them.
    const strangerExpect = entry.access === 'app-owner' ? 'owner-only' : 'like-missing';
    add("stranger with the owner's ids", 'stranger', strangerExpect, (w) => entry.request(w.owner));
    const read = keysRead(entry);
    const mixable = GLOBAL_IDS.filter((key) => read.has(key));
    for (const key of mixable)
      add(`stranger: own case, the owner's ${key}`, 'stranger', 'deny', (w) =>
        entry.request({ ...w.stranger, [key]: w.owner[key] }),
      );
    if (mixable.length > 0 && read.has('caseId'))
      add("stranger: the owner's case, own sub-ids", 'stranger', 'deny', (w) =>
        entry.request({ ...w.stranger, caseId: w.owner.caseId }),
      );
    for (const attack of entry.attacks ?? [])
      add(
        `stranger attack: ${attack.name}`,
        'stranger',
        'deny',
        (w) => attack.request(w.owner, w.stranger),
        attack.refusedWith ? { refusedWith: attack.refusedWith } : {},
      );
  }
  for (const attack of entry.signedOutAttacks ?? [])
    add(
      `signed out: ${attack.name}`,
      'signedOut',
      'deny',
      (w) => attack.request(w.owner),
      attack.refusedWith ? { refusedWith: attack.refusedWith } : {},
    );
  // Members of the owner's case whose role lacks the route's permission: 403 with the plain sentence for it. A
  // removed member, and a member of another case, learn nothing: 404 like a missing case.
  for (const role of ROLE_CALLERS)
    if (expected[role] === 'deny')
      add(`${CALLER_NAMES[role]} of the case`, role, 'role-refused', (w) => entry.request(w.owner));
  if (expected.removed === 'deny')
    add('removed member of the case', 'removed', 'like-missing', (w) => entry.request(w.owner));
  if (expected.otherMember === 'deny') {
    add('co-parent of another case', 'otherMember', 'like-missing', (w) => entry.request(w.owner));
    for (const key of GLOBAL_IDS.filter((k) => keysRead(entry).has(k)))
      add(`co-parent of another case: that case, the owner's ${key}`, 'otherMember', 'deny', (w) =>
        entry.request({ ...w.stranger, [key]: w.owner[key] }),
      );
  }
  if (expected.owner === 'ok' && entry.access !== 'public' && STATE_CHANGING.has(methodOf(entry)))
    add('owner without the CSRF token', 'owner', 'csrf', (w) => entry.request(w.owner), { csrf: false });
  return calls;
}

/**
 * A member's allowed reads run first (order -1), on the owner's case. Their allowed writes are not sent here: the
 * owner's run makes each write once, and a second writer would meet a changed case (the hook lets them through by
 * the same table the refusals test).
 */
function memberReads(entry: RouteEntry): MatrixCall[] {
  const expected = expectationsOf(entry);
  if (STATE_CHANGING.has(methodOf(entry))) return [];
  return ROLE_CALLERS.filter((role) => expected[role] === 'ok').map((role) => ({
    name: `${entry.route} · ${CALLER_NAMES[role]} of the case succeeds`,
    entry: { ...entry, order: -1 },
    caller: role,
    csrf: true,
    expect: 'ok' as const,
    build: (w) => entry.request(w.owner),
  }));
}

function allowedCalls(entry: RouteEntry): MatrixCall[] {
  const expected = expectationsOf(entry);
  return (['owner', 'stranger', 'signedOut'] as const)
    .filter((caller) => expected[caller] === 'ok')
    .map((caller) => ({
      name: `${entry.route} · ${caller} succeeds`,
      entry,
      caller,
      csrf: true,
      expect: 'ok' as const,
      // Each caller acts on their own world; a signed-out caller's world is the owner's (sign-in uses its email).
      build: (w) => entry.request(caller === 'stranger' ? w.stranger : w.owner),
    }));
}

const denied = ROUTE_MATRIX.flatMap(denyCalls);
const refused = denied.filter((call) => !(call.name in KNOWN_HOLES));
const holes = denied.filter((call) => call.name in KNOWN_HOLES);
// Stable sort: by the entry's order, then as written in the table.
const allowed = [...ROUTE_MATRIX.flatMap(memberReads), ...ROUTE_MATRIX.flatMap(allowedCalls)].sort(
  (a, b) => (a.entry.order ?? 0) - (b.entry.order ?? 0),
);

describe('the route matrix table', () => {
  it('names each route once and a reason for every public one', () => {
    const routes = ROUTE_MATRIX.map((entry) => entry.route);
    expect(routes.length).toBe(new Set(routes).size);
    for (const entry of ROUTE_MATRIX) expect(entry.access === 'public', entry.route).toBe(Boolean(entry.why));
  });

  it('lists each known hole as a call the matrix makes', () => {
    const names = new Set(denied.map((call) => call.name));
    for (const name of Object.keys(KNOWN_HOLES)) expect(names.has(name), name).toBe(true);
  });
});

describe.each(targets)('authorization matrix on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let worlds: { owner: World; stranger: World };
    let before: StateDump;

    const dump = () => dumpState(t.storage, t.config.dataDir);

    function sessionOf(caller: Caller): Session | null {
      if (caller === 'signedOut') return null;
      if (caller === 'owner' || caller === 'stranger') return worlds[caller].session;
      if (caller === 'otherMember') return worlds.stranger.members['co-parent'];
      return worlds.owner.members[caller];
    }

    function send(call: MatrixCall): Promise<LightMyRequestResponse> {
      const request = call.build(worlds);
      const session = sessionOf(call.caller);
      const method = methodOf(call.entry);
      return injectMatrixRequest(t.app, method, request, session, call.csrf);
    }

    /** Every answer, refused or not: the security headers, no caching of API answers, no cross-origin reading. */
    function checkHeaders(call: MatrixCall, response: LightMyRequestResponse): void {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers[name], name).toBe(value);
      if (call.entry.route.includes(' /api/'))
        expect(String(response.headers['cache-control'])).toMatch(/no-store/);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }

    /** A refused call: the status and the plain `{error}` body, with nothing of the owner's case in it. */
    function checkRefused(call: MatrixCall, response: LightMyRequestResponse): void {
      const bodyless = methodOf(call.entry) === 'HEAD';
      const expectedBody = {
        'sign-in': { status: 401, error: MESSAGES.signIn },
        csrf: { status: 403, error: MESSAGES.csrf },
        'like-missing': { status: 404, error: MESSAGES.caseNotFound },
        'role-refused': { status: 403, error: PERMISSION_REFUSALS[permissionOf(call.entry.route)] },
        // Each owner-only feature says why in its own words (invitations, speech models for the whole install).
        'owner-only': {
          status: 403,
          error: call.entry.route.includes('/api/speech-models') ? MODELS_OWNER_ONLY : OWNER_ONLY,
        },
      }[call.expect as 'sign-in'];
      if (expectedBody) {
        expect(response.statusCode, response.body).toBe(expectedBody.status);
        if (!bodyless) expect(response.json()).toEqual({ error: expectedBody.error });
      } else {
        expect(call.refusedWith ?? [401, 403, 404], response.body).toContain(response.statusCode);
        if (!bodyless) expect(response.json()).toEqual({ error: expect.any(String) });
      }
      expect(response.body).not.toContain(worlds.owner.marker);
    }

    beforeAll(async () => {
      // Hundreds of calls from one address in a minute: the global rate limit is not what is tested here.
      t = await createTestApp(
        target,
        { IEP_RATE_LIMIT_PER_MINUTE: '1000000' },
        { transcription: waitingEngine() },
      );
      worlds = {
        owner: await buildWorld(t, 'owner', 'Ownerchild Quill'),
        stranger: await buildWorld(t, 'stranger', 'Strangerchild Pike'),
      };
      before = await dump();
    }, 120_000);
    afterAll(async () => t?.close());

    it('has the first account as the app owner (its world) and the stranger as a member', () => {
      expect(worlds.owner.role).toBe('owner');
      expect(worlds.stranger.role).toBe('member');
    });

    it('has an entry for every registered route, and a route for every entry', () => {
      expect([...t.app.iepRoutes].sort()).toEqual(ROUTE_MATRIX.map((entry) => entry.route).sort());
    });

    it.each(refused)('refuses $name', async (call) => {
      const response = await send(call);
      checkRefused(call, response);
      checkHeaders(call, response);
    });

    it('changed no row of any table and no file under the data folder with those calls', async () => {
      expect(await dump()).toEqual(before);
    });

    // Each known hole alone, with its own before-and-after: it works today, so the case fails (it.fails).
    it.runIf(holes.length > 0).fails.each(holes)('refuses $name (known hole)', async (call) => {
      const start = await dump();
      checkRefused(call, await send(call));
      expect(await dump()).toEqual(start);
    });

    it.each(allowed)('$name', async (call) => {
      const owner = worlds.owner;
      const row = await t.storage.db
        .selectFrom('cases')
        .select('version')
        .where('id', '=', owner.caseId)
        .executeTakeFirst();
      if (row) owner.version = row.version;
      const response = await send(call);
      checkHeaders(call, response);
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
      expect(response.statusCode, response.body).toBeLessThan(300);
      if (
        call.caller !== 'owner' &&
        call.caller !== 'signedOut' &&
        !call.entry.route.includes('/api/cases/:id')
      ) {
        expect(response.body).not.toContain(owner.caseId);
        expect(response.body).not.toContain(owner.marker);
      }
    });
  });
});
