import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badFiles, tempDir, tone } from '../media/media.test-helper.js';
import { NOT_AUDIO_MESSAGE } from '../media/probe.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { tusClient } from '../test-support/tus-client.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// The resumable import over real HTTP (a listening server): tus POST, PATCH in pieces, a dropped connection
// in the middle, HEAD to find the offset, resume; then the import part as the recording routes show it.

const targets = await storageTargets();

describe.each(targets)('tus import on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    let base: string;
    let dir: string;

    const tus = tusClient(() => base);
    const send = tus.send;
    const patch = tus.patch;
    const create = (session: Session, file: string, meetingId = 'm1', id = caseId) =>
      tus.create(session, file, id, meetingId);

    async function partsOfMeeting() {
      const response = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`);
      if (response.statusCode !== 200) return [];
      return response.json<{
        parts: { id: string; source: string; status: string; durationMs: number | null }[];
      }>().parts;
    }

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
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

    it('uploads in pieces, survives a dropped connection, and makes a playable import part', async () => {
      const file = tone(path.join(dir, 'meeting.m4a'), 5, ['-c:a', 'aac']);
      const bytes = fs.readFileSync(file);
      const created = await create(owner, file);
      expect(created.status).toBe(201);
      const location = String(created.headers.location);
      const third = Math.ceil(bytes.length / 3);
      expect((await patch(owner, location, 0, bytes.subarray(0, third))).status).toBe(204);
      // Second piece: the connection dies half-way.
      await patch(owner, location, third, bytes.subarray(third, 2 * third), Math.floor(third / 2));
      const head = await send(owner, 'HEAD', location, {});
      expect(head.status).toBe(200);
      const offset = Number(head.headers['upload-offset']);
      expect(offset).toBeGreaterThanOrEqual(third);
      expect(offset).toBeLessThan(2 * third);
      const last = await patch(owner, location, offset, bytes.subarray(offset));
      expect(last.status).toBe(204);
      await expect
        .poll(async () => (await partsOfMeeting()).find((p) => p.source === 'import')?.status, {
          timeout: 20_000,
        })
        .toBe('ready');
      const part = (await partsOfMeeting()).find((p) => p.source === 'import');
      expect(Math.abs((part?.durationMs ?? 0) - 5000)).toBeLessThan(150);
      // The plaintext temp file is gone once the audio is in the encrypted store.
      const uploads = path.join(t.config.dataDir, 'uploads');
      expect(fs.statSync(uploads).mode & 0o777).toBe(0o700);
      expect(fs.readdirSync(uploads)).toEqual([]);
      const audio = await t.as(owner, 'GET', `/api/cases/${caseId}/recording-parts/${part?.id ?? ''}/audio`);
      expect(audio.statusCode).toBe(200);
    });

    it('marks a truncated file, an empty file and text named .mp3 as failed with the plain message', async () => {
      const bad = badFiles(dir);
      for (const file of [bad.truncated, bad.text, bad.empty]) {
        const created = await create(owner, file);
        expect(created.status, file).toBe(201);
        const size = fs.statSync(file).size;
        if (size > 0)
          expect(
            (await patch(owner, String(created.headers.location), 0, fs.readFileSync(file))).status,
          ).toBe(204);
      }
      await expect
        .poll(async () => (await partsOfMeeting()).filter((p) => p.status === 'failed').length, {
          timeout: 20_000,
        })
        .toBe(3);
      const recording = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<{
        parts: { status: string; error?: string | null }[];
      }>();
      const failed = recording.parts.filter((p) => p.status === 'failed');
      expect(failed.map((p) => p.error)).toEqual([NOT_AUDIO_MESSAGE, NOT_AUDIO_MESSAGE, NOT_AUDIO_MESSAGE]);
    });

    it('answers 404 to another user, 403 without the CSRF header, and refuses other file types', async () => {
      const file = tone(path.join(dir, 'other.wav'), 1);
      expect((await create(stranger, file)).status).toBe(404);
      expect((await create(owner, file, 'no-such-meeting')).status).toBe(404);
      const created = await create(owner, file);
      const location = String(created.headers.location);
      expect((await send(stranger, 'HEAD', location, {})).status).toBe(404);
      const noCsrf = await send({ ...owner, csrf: 'wrong' }, 'PATCH', location, {
        'upload-offset': 0,
        'content-type': 'application/offset+octet-stream',
      });
      expect(noCsrf.status).toBe(403);
      const exe = path.join(dir, 'tool.exe');
      fs.writeFileSync(exe, 'MZ');
      expect((await create(owner, exe)).status).toBe(415);
    });
  });
});
