import { ROUTES, routeEntries, type RouteContract } from '@iep/core/contract';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { injectMatrixRequest } from './matrix-request.js';
import { buildWorld, waitingEngine, type World } from './route-fixture.js';
import { ROUTE_MATRIX, expectationsOf, type MatrixRequest, type RouteEntry } from './route-matrix.js';
import { storageTargets } from './storage-targets.js';
import { createTestApp, type TestApp } from './test-app.js';

// The server keeps the HTTP contract (@iep/core/contract) at run time. Per database: the contract's routes are
// exactly the ones Fastify registered (a new route without a contract entry fails here); then every successful
// call of the authorization matrix (route-matrix.ts: a case with one of everything) is made as its account, the
// JSON body it sends is checked against the route's body schema, and the answer against the route's status and
// answer schema. The schemas are strict objects, so a field the server adds, drops or renames fails.

const targets = await storageTargets();
const contractOf = (route: string): RouteContract | undefined =>
  (ROUTES as Record<string, RouteContract>)[route];

function explain(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('; ');
}

/** The owner's successful calls in the matrix's order (public routes signed out, like their matrix case). */
const calls = ROUTE_MATRIX.filter((entry) => {
  const expected = expectationsOf(entry);
  return expected.owner === 'ok' || expected.signedOut === 'ok';
}).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

describe('the contract and the authorization matrix', () => {
  it('name the same routes', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(ROUTE_MATRIX.map((entry) => entry.route).sort());
  });
});

describe.each(targets)('the server keeps the HTTP contract on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;

    beforeAll(async () => {
      t = await createTestApp(
        target,
        { IEP_RATE_LIMIT_PER_MINUTE: '1000000' },
        { transcription: waitingEngine() },
      );
      owner = await buildWorld(t, 'owner', 'Ownerchild Quill');
    }, 120_000);
    afterAll(async () => t?.close());

    it("registers exactly the contract's routes", () => {
      expect([...t.app.iepRoutes].sort()).toEqual(Object.keys(ROUTES).sort());
    });

    async function send(entry: RouteEntry, request: MatrixRequest): Promise<LightMyRequestResponse> {
      const method = entry.route.split(' ')[0] ?? 'GET';
      const signedIn = expectationsOf(entry).owner === 'ok';
      return injectMatrixRequest(t.app, method, request, signedIn ? owner.session : null);
    }

    it.each(calls)('$route', async (entry) => {
      const contract = contractOf(entry.route);
      expect(contract, `${entry.route} has no contract entry`).toBeDefined();
      if (!contract) return;
      const row = await t.storage.db
        .selectFrom('cases')
        .select('version')
        .where('id', '=', owner.caseId)
        .executeTakeFirst();
      if (row) owner.version = row.version;
      const request = entry.request(owner);

      if (request.body !== undefined) {
        expect(
          contract.body,
          `${entry.route} takes a JSON body the contract does not describe`,
        ).toBeDefined();
        const sent = contract.body?.safeParse(request.body);
        if (sent && !sent.success) expect.fail(`${entry.route} request body: ${explain(sent.error)}`);
      }

      const response = await send(entry, request);
      const statuses = [contract.status].flat();
      expect(statuses, `${entry.route}: ${response.statusCode} ${response.body.slice(0, 300)}`).toContain(
        response.statusCode,
      );
      const type = String(response.headers['content-type'] ?? '');
      switch (contract.answer.kind) {
        case 'json': {
          expect(type).toMatch(/^application\/json/);
          const parsed = contract.answer.schema.safeParse(response.json());
          if (!parsed.success) expect.fail(`${entry.route} answer: ${explain(parsed.error)}`);
          break;
        }
        case 'file': {
          const allowed = contract.answer.contentType.split(';').map((s) => s.trim());
          expect(
            allowed.some((prefix) => type.startsWith(prefix)),
            `${entry.route}: ${type}`,
          ).toBe(true);
          break;
        }
        case 'empty':
          expect(response.body, entry.route).toBe('');
          break;
      }
    });
  });
});

describe('the routes table', () => {
  it('has a summary, a success status and an answer for each route', () => {
    for (const [key, contract] of routeEntries()) {
      expect(contract.summary.length, key).toBeGreaterThan(5);
      for (const status of [contract.status].flat()) expect(status, key).toBeLessThan(300);
    }
  });
});
