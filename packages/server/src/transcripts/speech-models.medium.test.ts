import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SpeechModels } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../transcription/speech.test-helper.js';
import {
  fakeCatalog,
  fakePublisher,
  sha256Of,
  tarBz2,
  whisperFolder,
  type FakePublisher,
} from '../transcription/models/models.test-helper.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type Session, type TestApp } from '../test-support/test-app.js';
import { MODELS_OWNER_ONLY } from './speech-models.routes.js';

// The speech model routes over HTTP, on both databases, against a local HTTP server serving a fake archive: the
// publisher is asked only when the page says check=true, the owner downloads for the whole install (a member sees
// it and cannot start or stop it), the checksum is shown when installed, and IEP_MODEL_DOWNLOADS=false never asks.

const targets = await storageTargets();
const MACHINE = { cores: 2, memoryBytes: 4 * 1024 ** 3 };

describe('speech model routes', () => {
  let dir: string;
  let archive: string;
  let sha: string;
  let publisher: FakePublisher;
  beforeAll(async () => {
    dir = tempDir('iep-speech-models-test-');
    const folder = whisperFolder(path.join(dir, 'src'));
    archive = tarBz2(path.join(dir, 'src'), folder, path.join(dir, 'sherpa-onnx-whisper-tiny.en.tar.bz2'));
    sha = sha256Of(fs.readFileSync(archive));
    publisher = await fakePublisher(archive);
  });
  afterAll(async () => {
    await publisher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe.each(targets)('on $name', (target) => {
    describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
      let t: TestApp;
      let owner: Session;
      let member: Session;
      beforeAll(async () => {
        t = await createTestApp(
          target,
          { IEP_MODEL_DOWNLOAD_URL: publisher.baseUrl },
          { speechModels: { catalog: fakeCatalog(sha), machine: MACHINE, retryDelayMs: 10 } },
        );
        owner = await t.signUp('owner@example.org');
        member = await t.signUp('member@example.org');
      });
      afterAll(async () => t?.close());

      const state = async (session: Session, query = '') => {
        const response = await t.as(session, 'GET', `/api/speech-models${query}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json<SpeechModels>();
      };

      it('asks the publisher only when the page says so, and gives the real size', async () => {
        publisher.requests.length = 0;
        const quiet = await state(member);
        expect(quiet.publisher).toEqual({ reach: 'not-checked', reason: null });
        expect(publisher.requests).toEqual([]);
        const checked = await state(member, '?check=true');
        expect(checked.publisher).toEqual({ reach: 'yes', reason: null });
        expect(checked.recommended).toMatchObject({
          name: 'whisper-tiny.en',
          bytes: fs.statSync(archive).size,
          machine: { cores: 2, class: 'medium' },
          speed: { realTimeFactor: null, source: 'unmeasured' },
          installed: false,
        });
        expect(checked.canManage).toBe(false);
        expect(publisher.requests).toEqual([{ method: 'HEAD', range: null }]);
      });

      it('lets only the owner start or stop the download; everyone sees it and its checksum', async () => {
        for (const url of ['/api/speech-models/download', '/api/speech-models/download/cancel']) {
          const refused = await t.as(member, 'POST', url, {});
          expect(refused.statusCode).toBe(403);
          expect(refused.json()).toEqual({ error: MODELS_OWNER_ONLY });
        }
        expect((await state(member)).download.state).toBe('idle');

        const started = await t.as(owner, 'POST', '/api/speech-models/download', {});
        expect(started.statusCode, started.body).toBe(202);
        expect(started.json<SpeechModels>().download.name).toBe('whisper-tiny.en');
        let seen = await state(member);
        for (let i = 0; i < 200 && seen.download.state !== 'installed'; i++) {
          await sleep(25);
          seen = await state(member);
        }
        expect(seen.download).toMatchObject({ state: 'installed', sha256: sha, checksumMatched: true });
        expect(seen.installed).toEqual([
          {
            name: 'whisper-tiny.en',
            label: 'Whisper tiny (English)',
            kind: 'asr',
            sha256: sha,
            checkedAgainstPublisher: true,
            installedAt: expect.any(String),
          },
        ]);
        expect(seen.recommended.installed).toBe(true);
        expect(fs.existsSync(path.join(t.config.dataDir, 'models', 'whisper-tiny.en', 'manifest.json'))).toBe(
          true,
        );

        const unknown = await t.as(owner, 'POST', '/api/speech-models/download', { name: 'whisper-huge' });
        expect(unknown.statusCode).toBe(409);
        expect(unknown.json()).toEqual({ error: 'There is no model called whisper-huge.' });
      });
    });
  });

  describe.each(targets)('with downloads off on $name', (target) => {
    it.skipIf(target.skip !== null)(`never asks the publisher (${target.label})`, async () => {
      const t = await createTestApp(
        target,
        { IEP_MODEL_DOWNLOAD_URL: publisher.baseUrl, IEP_MODEL_DOWNLOADS: 'false' },
        { speechModels: { catalog: fakeCatalog(sha), machine: MACHINE } },
      );
      try {
        const owner = await t.signUp('owner@example.org');
        publisher.requests.length = 0;
        const response = await t.as(owner, 'GET', '/api/speech-models?check=true');
        expect(response.json<SpeechModels>().publisher).toEqual({
          reach: 'off',
          reason:
            'Model downloads are turned off on this computer, so transcripts use the basic speech engine.',
        });
        const start = await t.as(owner, 'POST', '/api/speech-models/download', {});
        expect(start.statusCode).toBe(409);
        expect(publisher.requests).toEqual([]);
      } finally {
        await t.close();
      }
    });
  });
});
