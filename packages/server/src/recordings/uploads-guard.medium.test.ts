import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, tone } from '../media/media.test-helper.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { buildApp } from '../app/app.js';
import { MAX_UPLOAD_BYTES } from './uploads.routes.js';
import { NULL_CHARACTER } from '../http/null-character.js';
import { tusClient } from '../test-support/tus-client.js';

// Attacks on the tus routes (issue 10): an upload id hidden in a query string, headers on the raw tus answers,
// wildcard CORS, unfinished uploads that were kept forever, and a file name with a NUL (a 500 on PostgreSQL).

const targets = await storageTargets();

describe.each(targets)('tus upload guard on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let victim: Session;
    let attacker: Session;
    let victimCase: string;
    let attackerCase: string;
    let base: string;
    let dir: string;
    const tus = tusClient(() => base);
    const uploadsDir = () => path.join(t.config.dataDir, 'uploads');

    beforeAll(async () => {
      t = await createTestApp(target, { IEP_SESSION_HOURS: '72' });
      victim = await t.signUp('victim@example.org');
      attacker = await t.signUp('attacker@example.org');
      victimCase = (await t.as(victim, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      attackerCase = (await t.as(attacker, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>()
        .id;
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const address = t.app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      base = `http://127.0.0.1:${address.port}`;
      dir = tempDir();
    });
    afterAll(async () => {
      await t?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    /** A half-done upload of each account; returns their locations. */
    async function halfDoneUploads(name: string) {
      const file = tone(path.join(dir, `${name}.wav`), 2);
      const bytes = fs.readFileSync(file);
      const mine = await tus.create(victim, file, victimCase);
      expect(mine.status).toBe(201);
      const victimLocation = String(mine.headers.location);
      expect((await tus.patch(victim, victimLocation, 0, bytes.subarray(0, 1000))).status).toBe(204);
      const theirs = await tus.create(attacker, file, attackerCase);
      expect(theirs.status).toBe(201);
      return { victimLocation, attackerLocation: String(theirs.headers.location), bytes };
    }

    const idOf = (location: string) => location.split('/').pop() ?? '';

    it('refuses an upload address with a query string, so no one reaches another account’s upload', async () => {
      const { victimLocation, attackerLocation, bytes } = await halfDoneUploads('query');
      const sneaky = `${attackerLocation}?x=/${idOf(victimLocation)}`;

      const head = await tus.send(attacker, 'HEAD', sneaky, {});
      expect(head.status).toBe(400);
      expect(head.headers['upload-metadata']).toBeUndefined();
      const readable = await tus.send(attacker, 'DELETE', `${sneaky}`, {});
      expect(readable.status).toBe(400);
      expect(JSON.parse(readable.body)).toEqual({
        error: 'This upload address is not right. Start the upload again from the app.',
      });

      const patched = await tus.patch(attacker, sneaky, 1000, Buffer.alloc(bytes.length - 1000, 7));
      expect(patched.status).toBe(400);

      // The victim's upload is untouched: same offset, still there, still theirs.
      const after = await tus.send(victim, 'HEAD', victimLocation, {});
      expect(after.status).toBe(200);
      expect(after.headers['upload-offset']).toBe('1000');
      // The other encodings of the same trick.
      for (const url of [
        `${attackerLocation}/${idOf(victimLocation)}`,
        `${attackerLocation}%2F${idOf(victimLocation)}`,
        `/api/uploads/${idOf(victimLocation)}?`,
      ]) {
        const answer = await tus.send(attacker, 'HEAD', url, {});
        expect(answer.status, url).toBeGreaterThanOrEqual(400);
        expect(answer.headers['upload-metadata'], url).toBeUndefined();
      }
      expect((await tus.send(victim, 'HEAD', victimLocation, {})).headers['upload-offset']).toBe('1000');
    });

    it('sends the security headers on tus answers and no wildcard CORS', async () => {
      const { attackerLocation } = await halfDoneUploads('headers');
      for (const answer of [
        await tus.send(attacker, 'HEAD', attackerLocation, { origin: 'https://evil.example' }),
        await tus.patch(attacker, attackerLocation, 5, Buffer.from('x')), // wrong offset: a tus error answer
      ]) {
        expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['x-frame-options']).toBe('DENY');
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      }
    });

    it('refuses an upload longer than 8 GiB at its start, and makes nothing', async () => {
      const b64 = (text: string) => Buffer.from(text).toString('base64');
      const before = fs.readdirSync(uploadsDir());
      const answer = await tus.send(victim, 'POST', '/api/uploads', {
        'upload-length': MAX_UPLOAD_BYTES + 1,
        'upload-metadata': `caseId ${b64(victimCase)},meetingId ${b64('m1')},filename ${b64('huge.wav')}`,
      });
      expect(answer.status).toBe(413);
      expect(fs.readdirSync(uploadsDir())).toEqual(before);
    });

    it('refuses a file name with a NUL character with 400 and a plain sentence, and makes nothing', async () => {
      const b64 = (text: string) => Buffer.from(text).toString('base64');
      const before = fs.readdirSync(uploadsDir());
      const answer = await tus.send(victim, 'POST', '/api/uploads', {
        'upload-length': 1000,
        'upload-metadata': `caseId ${b64(victimCase)},meetingId ${b64('m1')},filename ${b64('iep\u0000.wav')}`,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toContain(NULL_CHARACTER);
      expect(fs.readdirSync(uploadsDir())).toEqual(before);
    });

    it('removes uploads nobody touched for 24 hours when the server starts, and keeps newer ones', async () => {
      const { victimLocation, attackerLocation } = await halfDoneUploads('expiry');
      // The victim's upload goes on 13 hours later; the attacker's is left.
      t.clock.now = new Date(t.clock.now.getTime() + 13 * 3600_000);
      expect((await tus.send(victim, 'HEAD', victimLocation, {})).status).toBe(200);
      t.clock.now = new Date(t.clock.now.getTime() + 12 * 3600_000);
      const restarted = await buildApp(t.config, t.storage, { now: () => t.clock.now });
      await restarted.ready();
      await restarted.close();
      const left = fs.readdirSync(uploadsDir());
      expect(left).not.toContain(idOf(attackerLocation));
      expect(left).toContain(idOf(victimLocation));
      expect((await tus.send(attacker, 'HEAD', attackerLocation, {})).status).toBe(404);
      expect((await tus.send(victim, 'HEAD', victimLocation, {})).status).toBe(200);
    });
  });
});
