import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, loadConfig, openStorage } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';

// The set-up most CLI tests share: a temp folder with a SQLite data folder in it, the owner account (Maria) and
// the example case imported, through the CLI itself. Left out of the build (tsconfig), like the server's.

export const PASSWORD = 'correct horse battery staple';
export const EXAMPLE_CASE = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);

export interface CliCase {
  /** The test's own temp folder, for the files it makes; the data folder is `<dir>/data`. */
  dir: string;
  /** The environment every run of the CLI gets (data folder, the owner's password, a silent log). */
  env: NodeJS.ProcessEnv;
  caseId: string;
}

/** A data folder with the owner and the example case in it; `cleanup` removes the whole temp folder. */
export async function makeCliCase(name: string): Promise<CliCase & { cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `iep-cli-${name}-`));
  const env = { IEP_DATA_DIR: join(dir, 'data'), IEP_PASSWORD: PASSWORD, IEP_LOG_LEVEL: 'silent' };
  const owner = await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria'], env);
  expect(owner.code, owner.stderr).toBe(0);
  const imported = await runCli(['case', 'import', EXAMPLE_CASE, '--json'], env);
  expect(imported.code, imported.stderr).toBe(0);
  const caseId = (JSON.parse(imported.stdout) as { id: string }).id;
  return { dir, env, caseId, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * makeCliCase for a describe block: made in its beforeAll (then `more`, what the file adds: a document, a
 * recording), removed in its afterAll. The fields are filled in by the time the tests run.
 */
export function useCliCase(name: string, more?: (made: CliCase) => Promise<void>, timeout = 60_000): CliCase {
  const fixture: CliCase = { dir: '', env: {}, caseId: '' };
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const made = await makeCliCase(name);
    cleanup = made.cleanup;
    Object.assign(fixture, { dir: made.dir, env: made.env, caseId: made.caseId });
    await more?.(fixture);
  }, timeout);
  afterAll(async () => cleanup?.());
  return fixture;
}

type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * Opens the data folder the CLI wrote in an in-process server (the clock at `now`), runs `use` with it, then closes
 * it: how CLI tests check that the server follows what a command changed.
 */
export async function withServer(env: NodeJS.ProcessEnv, now: Date, use: (app: App) => Promise<void>) {
  const config = loadConfig(env);
  const storage = await openStorage(config, { now: () => now });
  const app = await buildApp(config, storage, { now: () => now });
  try {
    await use(app);
  } finally {
    await app.close();
    await storage.close();
  }
}

/**
 * Makes the invitee's account with the one-time link `iep case share` printed (sign-up with its token) and gives
 * back the token and a request helper in their name (session cookie and CSRF token).
 */
export async function signUpFromLink(app: App, link: string, who: { name: string; email: string }) {
  const token = new URL(link).searchParams.get('invite') ?? '';
  const signup = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { name: who.name, email: who.email, password: 'another long password', invite: token },
  });
  expect(signup.statusCode, signup.body).toBe(201);
  const cookie = `iep_session=${signup.cookies.find((c) => c.name === 'iep_session')?.value ?? ''}`;
  const headers = { cookie, 'x-csrf-token': signup.json<{ csrfToken: string }>().csrfToken };
  const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return { token, as };
}
