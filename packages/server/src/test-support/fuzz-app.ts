import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildWorld, waitingEngine, type World } from './route-fixture.js';
import { dumpState, listTables, type StateDump } from './state-dump.js';
import type { StorageTarget } from './storage-targets.js';
import { createTestApp, type TestApp } from './test-app.js';

// The app under route fuzzing: one account with a full case (route-fixture.ts), and `probe`, which sends one
// request as that account and checks what every answer to outside input must be: never a 5xx; a 4xx with the
// plain `{error}` body; and a refused request changes nothing (every table row and data file as before it).

export type FuzzMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface FuzzRequest {
  method: FuzzMethod;
  url: string;
  /** A JSON body (sent as is when it is already a string or bytes). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Skip the CSRF token (to fuzz requests without it). */
  noCsrf?: boolean;
}

export interface FuzzApp {
  t: TestApp;
  world: World;
  /** Sends the request as the world's account, checks the answer, and returns it. */
  probe(request: FuzzRequest, options?: { protocol?: 'tus' }): Promise<LightMyRequestResponse>;
  /** The process still answers (nothing crashed it). */
  stillUp(): Promise<void>;
  close(): Promise<void>;
}

/** Keys an error body may have besides `error` (problems of a file, missing facts, why a chunk was refused...). */
const ERROR_KEYS = new Set(['error', 'problems', 'missing', 'reason', 'damaged']);

function checkAnswer(request: FuzzRequest, response: LightMyRequestResponse, protocol?: 'tus'): void {
  const status = response.statusCode;
  const what = `${request.method} ${request.url} -> ${status} ${response.body.slice(0, 300)}`;
  expect(status, what).toBeLessThan(500);
  expect([2, 4], what).toContain(Math.floor(status / 100));
  // tus answers in its own protocol (short text bodies); HEAD answers have no body.
  if (status < 400 || protocol === 'tus' || request.method === 'HEAD') return;
  expect(String(response.headers['content-type']), what).toMatch(/^application\/json/);
  const body = response.json<Record<string, unknown>>();
  expect(typeof body.error === 'string' && body.error.trim() !== '', what).toBe(true);
  for (const key of Object.keys(body)) expect(ERROR_KEYS.has(key), `${key} in ${what}`).toBe(true);
  expect(String(body.error), what).not.toMatch(/\n\s+at |\bundefined\b|\[object Object\]|Error:/);
}

function payloadOf(request: FuzzRequest, headers: Record<string, string>): string | Buffer | undefined {
  if (request.body === undefined) return undefined;
  if (typeof request.body === 'string' || Buffer.isBuffer(request.body)) return request.body;
  headers['content-type'] ??= 'application/json';
  return JSON.stringify(request.body);
}

export async function startFuzzApp(target: StorageTarget): Promise<FuzzApp> {
  // Many requests from one address within a minute: the global rate limit is tested elsewhere.
  const t = await createTestApp(
    target,
    { IEP_RATE_LIMIT_PER_MINUTE: '1000000' },
    { transcription: waitingEngine() },
  );
  const world = await buildWorld(t, 'owner', 'Fuzzchild Rook');
  const tables = await listTables(t.storage);
  const dump = () => dumpState(t.storage, t.config.dataDir, tables);
  const settle = () => t.ctx.settle();
  let state: StateDump = await dump();

  return {
    t,
    world,
    probe: async (request, options = {}) => {
      const headers: Record<string, string> = { cookie: world.session.cookie, ...request.headers };
      if (!request.noCsrf && request.method !== 'GET' && request.method !== 'HEAD')
        headers['x-csrf-token'] = world.session.csrf;
      const payload = payloadOf(request, headers);
      const response = await t.app.inject({
        method: request.method,
        url: request.url,
        headers,
        ...(payload === undefined ? {} : { payload }),
      });
      checkAnswer(request, response, options.protocol);
      await settle();
      if (response.statusCode >= 400) expect(await dump(), `${request.method} ${request.url}`).toEqual(state);
      else state = await dump();
      return response;
    },
    stillUp: async () => {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toEqual({ ok: true });
    },
    close: () => t.close(),
  };
}
