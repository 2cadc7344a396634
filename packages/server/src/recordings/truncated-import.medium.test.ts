import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { importRecording } from './import.service.js';
import { ffmpeg, tempDir } from '../media/media.test-helper.js';
import { TRUNCATED_MESSAGE } from '../media/truncation.js';

// Issue 10: a WAV cut to 1,000 bytes and an MP3 cut to 3,000 bytes became "ready" with no note. The import path
// the tus upload takes (importRecording with the app's queue) now fails them with a plain message.

const targets = await storageTargets();

describe.each(targets)('truncated imports on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    let dir: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      dir = tempDir();
    });
    afterAll(async () => {
      await t?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const cutCopy = (ext: string, keep: number) => {
      const whole = path.join(dir, `whole.${ext}`);
      ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=5', whole]);
      const cut = path.join(dir, `cut.${ext}`);
      fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, keep));
      return { whole, cut };
    };

    it.each([
      ['wav', 1000],
      ['mp3', 3000],
    ])('fails a %s cut to %i bytes, and takes the whole file', async (ext, keep) => {
      const { whole, cut } = cutCopy(ext, keep);
      const ctx = t.ctx;
      const input = {
        caseId,
        meetingId: 'm1',
        originalName: `cut.${ext}`,
        uploadedAt: t.clock.now,
      };
      const failed = await importRecording(ctx, { ...input, file: cut }, null);
      expect(failed.status).toBe('failed');
      expect(failed.error).toBe(TRUNCATED_MESSAGE);
      const ready = await importRecording(ctx, { ...input, file: whole, originalName: `whole.${ext}` }, null);
      expect(ready.status).toBe('ready');
    });
  });
});
