import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { NULL_CHARACTER } from './null-character.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Issue 10, the smaller holes: no HSTS behind https, a Host header nobody checked (DNS rebinding against a local
// server), and JSON nested thousands deep that reached a recursive function (500). Then a NUL character, which
// PostgreSQL refuses in text (a 500 there, saved on SQLite).

const targets = await storageTargets();

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe.each(targets)('request guards on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let https: TestApp;
    let owner: Session;
    let caseId: string;

    beforeAll(async () => {
      t = await createTestApp(target, { IEP_ALLOWED_HOSTS: 'iep.lan, 192.168.1.20:8080' });
      https = await createTestApp(target, { IEP_PUBLIC_URL: 'https://iep.example.org' });
      owner = await t.signUp('owner@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => {
      await t?.close();
      await https?.close();
    });

    it('sends Strict-Transport-Security only when the public address is https', async () => {
      const secure = await https.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { host: 'iep.example.org' },
      });
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const page = await https.app.inject({ method: 'GET', url: '/', headers: { host: 'iep.example.org' } });
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    });

    it('answers only to its own host names; anything else gets 421 with a plain sentence', async () => {
      const hostOk = async (app: TestApp['app'], host: string) =>
        (await app.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode;
      for (const host of [
        'localhost:80',
        'localhost',
        '127.0.0.1:8080',
        '[::1]:3000',
        'iep.lan',
        'iep.lan:9000',
        '192.168.1.20:8080',
      ])
        expect(await hostOk(t.app, host), host).toBe(200);
      expect(await hostOk(https.app, 'iep.example.org')).toBe(200);
      expect(await hostOk(https.app, 'iep.example.org:443')).toBe(200);

      for (const host of [
        'evil.example',
        'evil.example:8080',
        '192.168.1.20:9999',
        'localhost.evil.example',
        'iep.example.org',
      ])
        expect(await hostOk(t.app, host), host).toBe(421);
      const refused = await t.app.inject({
        method: 'GET',
        url: '/',
        headers: { host: 'rebind.attacker.example:8080' },
      });
      expect(refused.statusCode).toBe(421);
      expect(refused.json()).toEqual({
        error:
          'This app does not answer at this address. Open it at its usual address, or ask the person who runs it to add this one to IEP_ALLOWED_HOSTS.',
      });
      // The API with a session, and the tus uploads, too.
      const api = await t.app.inject({
        method: 'GET',
        url: `/api/cases/${caseId}`,
        headers: { host: 'evil.example', cookie: owner.cookie },
      });
      expect(api.statusCode).toBe(421);
      const tus = await t.app.inject({
        method: 'HEAD',
        url: '/api/uploads/abc',
        headers: { host: 'evil.example', cookie: owner.cookie, 'tus-resumable': '1.0.0' },
      });
      expect(tus.statusCode).toBe(421);
    });

    it('refuses JSON nested too deep with 400 and a plain sentence, on a case import and a letter draft', async () => {
      for (const depth of [4000, 100_000]) {
        const imported = await t.app.inject({
          method: 'POST',
          url: '/api/cases/import',
          headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
          payload: `{"student": ${nested(depth)}}`,
        });
        expect(imported.statusCode, `import ${depth}`).toBe(400);
        expect(imported.json()).toEqual({
          error: 'This request has data nested too deeply (more than 64 levels). Send simpler data.',
        });
        const draft = await t.app.inject({
          method: 'PUT',
          url: `/api/cases/${caseId}/letters/records-request/draft`,
          headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
          payload: `{"answers": {"notes": ${nested(depth)}}}`,
        });
        expect(draft.statusCode, `draft ${depth}`).toBe(400);
      }
      // Brackets inside strings are text, not nesting.
      const text = await t.as(owner, 'PUT', `/api/cases/${caseId}/letters/records-request/draft`, {
        answers: { extraRecords: '[[[['.repeat(200) },
      });
      expect(text.statusCode, text.body).not.toBe(400);
      // Ordinary requests still parse, and broken JSON is still the plain 400.
      const broken = await t.app.inject({
        method: 'POST',
        url: '/api/cases/import',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
        payload: '{"student": ',
      });
      expect([broken.statusCode, broken.json<{ error: string }>().error]).toEqual([
        400,
        'The request body is not valid JSON.',
      ]);
      const proto = await t.app.inject({
        method: 'POST',
        url: '/api/cases/import',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
        payload: '{"__proto__": {"x": 1}}',
      });
      expect(proto.statusCode).toBe(400);
    });

    it('refuses a NUL character in a JSON body or in the address with 400, and saves nothing', async () => {
      const draftUrl = `/api/cases/${caseId}/letters/records-request/draft`;
      const saved = await t.as(owner, 'PUT', draftUrl, { answers: { otherRecords: ['Bus logs'] } });
      expect(saved.statusCode, saved.body).toBe(200);
      const refusals = [
        await t.as(owner, 'PUT', draftUrl, { answers: { otherRecords: ['Bus\u0000logs'] } }),
        await t.as(owner, 'PUT', draftUrl, { answers: { ['other\u0000Records']: ['Bus logs'] } }),
        await t.as(owner, 'GET', `/api/cases/${caseId}/letters?search=a%00b`),
        await t.as(owner, 'GET', `/api/cases/${caseId}%00`),
      ];
      for (const refused of refusals) {
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json()).toEqual({ error: NULL_CHARACTER });
      }
      const after = await t.as(owner, 'GET', draftUrl);
      expect(after.body).toContain('Bus logs');
      expect(after.body).not.toContain('Bus\\u0000');
      // A backslash and the letters u0000 are text, not a NUL: saved.
      const literal = await t.as(owner, 'PUT', draftUrl, { answers: { otherRecords: ['C:\\u0000 folder'] } });
      expect(literal.statusCode, literal.body).toBe(200);
    });
  });
});
