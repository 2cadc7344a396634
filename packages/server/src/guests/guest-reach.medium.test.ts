import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import { ROUTE_MATRIX } from '../test-support/route-matrix.js';
import { guestReachRequest } from '../test-support/route-table-guests.js';
import { injectMatrixRequest } from '../test-support/matrix-request.js';
import { dumpState, type StateDump } from '../test-support/state-dump.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// A guest's cookie reaches nothing but the guest routes. Generated over every route of the authorization matrix
// (which the matrix test holds equal to the routes Fastify registered): each route's valid request for the owner's
// world, sent with the joined guest's cookie and CSRF token instead of an account session. Every route that is not
// public must refuse it (401/403/404) with no word of the case in the answer, and afterwards every table and file
// must be exactly as before. Public routes are open to anyone (the matrix calls them signed out).

const targets = await storageTargets();
const GUARDED = ROUTE_MATRIX.filter((entry) => entry.access !== 'public');

describe.each(targets)("a guest's cookie on every other route on $name", (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;
    let before: StateDump;
    const dump = () => dumpState(t.storage, t.config.dataDir);

    beforeAll(async () => {
      t = await createTestApp(
        target,
        { IEP_RATE_LIMIT_PER_MINUTE: '1000000' },
        { transcription: waitingEngine() },
      );
      owner = await buildWorld(t, 'owner', 'Ownerchild Quill');
      before = await dump();
    }, 120_000);
    afterAll(async () => t?.close());

    it('tries every route that needs an account', () => {
      expect(GUARDED.length).toBeGreaterThan(100);
      expect(GUARDED.some((e) => e.route.startsWith('GET /api/cases/:id '))).toBe(false);
      expect(GUARDED.map((e) => e.route)).toContain('GET /api/cases/:id');
    });

    it.each(GUARDED.map((entry) => ({ name: entry.route, entry })))('refuses $name', async ({ entry }) => {
      const method = entry.route.split(' ')[0] ?? 'GET';
      const response = await injectMatrixRequest(
        t.app,
        method,
        guestReachRequest(entry.request(owner), owner),
        null,
      );
      expect([401, 403, 404], response.body).toContain(response.statusCode);
      expect(response.body).not.toContain(owner.marker);
    });

    it('changed nothing', async () => {
      expect(await dump()).toEqual(before);
    });
  });
});
