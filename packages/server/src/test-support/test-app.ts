import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Config } from '../config.js';
import type { AppContext } from '../context/app-context.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import { buildApp, type AppOptions } from '../app/app.js';
import { createAccountInvitation } from '../accounts/account-invitations.service.js';
import { findOwner } from '../accounts/users.service.js';
import type { StorageTarget } from './storage-targets.js';

export const EXAMPLE_CASE_PATH = new URL('../test-fixtures/case.example.json', import.meta.url);

export function exampleCase(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(EXAMPLE_CASE_PATH, 'utf8')) as Record<string, unknown>;
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export interface TestApp {
  app: FastifyInstance;
  /** The app's own context: its blob store, its clock, and `settle()` for the work it has in flight. */
  ctx: AppContext;
  storage: Storage;
  config: Config;
  clock: { now: Date };
  close(): Promise<void>;
  signUp(email: string, password?: string): Promise<Session>;
  /** A request as the given user (cookie, and the CSRF token on writes unless `csrf: false`). */
  as(
    session: Session,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    options?: { csrf?: boolean | string },
  ): Promise<LightMyRequestResponse>;
}

export const PASSWORD = 'correct horse battery staple';

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'iep_session');
  if (!cookie)
    throw new Error(`No session cookie in the answer (status ${response.statusCode}: ${response.body})`);
  return `iep_session=${cookie.value}`;
}

export async function createTestApp(
  target: StorageTarget,
  env: NodeJS.ProcessEnv = {},
  options: Omit<AppOptions, 'now'> = {},
): Promise<TestApp> {
  const { config, cleanup } = await target.freshConfig(env);
  const clock = { now: new Date('2026-11-23T15:00:00Z') };
  // One clock for the app and the storage, so the paper trail's events follow the test's time only.
  const storage = await openStorage(config, { now: () => clock.now });
  const app = await buildApp(config, storage, { ...options, now: () => clock.now });
  return {
    app,
    ctx: app.appContext,
    storage,
    config,
    clock,
    close: async () => {
      await app.close();
      await storage.close();
      await cleanup();
    },
    signUp: async (email, password = PASSWORD) => {
      // After the owner, accounts come by invitation (unless the test opened sign-up): the owner invites first.
      const owner = config.allowSignup ? null : await findOwner(storage);
      const invite = owner
        ? (
            await createAccountInvitation(storage, {
              invitedBy: owner.id,
              email,
              now: clock.now,
              validDays: config.invitationDays,
            })
          ).token
        : undefined;
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: email.split('@')[0], email, password, ...(invite === undefined ? {} : { invite }) },
      });
      if (response.statusCode !== 201)
        throw new Error(`Sign-up failed: ${response.statusCode} ${response.body}`);
      const body = response.json<{ csrfToken: string; user: { id: string } }>();
      return { cookie: sessionCookie(response), csrf: body.csrfToken, userId: body.user.id };
    },
    as: (session, method, url, body, options = {}) => {
      const headers: Record<string, string> = { cookie: session.cookie };
      const csrf = options.csrf ?? true;
      if (method !== 'GET' && csrf !== false) headers['x-csrf-token'] = csrf === true ? session.csrf : csrf;
      return app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    },
  };
}
