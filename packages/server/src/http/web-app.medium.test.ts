import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import { buildApp } from '../app/app.js';
import type { FastifyInstance } from 'fastify';

// Serving the built web app and the app-wide limits; SQLite only (no database behaviour is involved).
describe('web app serving and app-wide limits', () => {
  let dir: string;
  let storage: Storage;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-web-test-'));
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>IEP Ready</title><script type="module" src="/assets/app.js"></script>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("app");');
    const config = loadConfig({
      IEP_DATA_DIR: dir,
      IEP_WEB_DIST: dist,
      IEP_LOG_LEVEL: 'silent',
      IEP_RATE_LIMIT_PER_MINUTE: '8',
      IEP_ALLOW_SIGNUP: 'false',
    });
    storage = await openStorage(config);
    app = await buildApp(config, storage);
  });
  afterAll(async () => {
    await app?.close();
    await storage?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for app paths, files as files, and JSON 404s under /api', async () => {
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<title>IEP Ready</title>');
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");

    const deep = await app.inject({ method: 'GET', url: '/cases/abc/plan?x=1' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>IEP Ready</title>');

    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.body).toBe('console.log("app");');
    expect(asset.headers['content-type']).toMatch(/javascript/);

    const api = await app.inject({ method: 'GET', url: '/api/cases/x/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/json/);
  });

  it('closes sign-up after the owner when IEP_ALLOW_SIGNUP=false', async () => {
    const payload = (email: string) => ({ name: 'N', email, password: 'a long password' });
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/signup', payload: payload('o@example.org') }))
        .statusCode,
    ).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needsOwner: false,
      signupOpen: false,
    });
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: payload('p@example.org'),
    });
    expect(second.statusCode).toBe(403);
  });

  it('rate limits the API per IP with 429 and a plain message, never the files of the web app', async () => {
    let last = await app.inject({ method: 'GET', url: '/api/health' });
    for (let i = 0; i < 10 && last.statusCode !== 429; i++)
      last = await app.inject({ method: 'GET', url: '/api/health' });
    expect(last.statusCode).toBe(429);
    expect(last.json()).toEqual({ error: 'Too many requests. Wait a minute, then try again.' });
    // The page and its script still load: the limit is on the API, so a parent never gets a blank page.
    for (let i = 0; i < 10; i++) {
      expect((await app.inject({ method: 'GET', url: '/cases' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
    }
  });
});
