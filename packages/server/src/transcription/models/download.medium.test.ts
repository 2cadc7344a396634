import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pickEngine } from '../engines.js';
import { tempDir } from '../speech.test-helper.js';
import { ModelDownloads, type ModelDownloadsOptions } from './download-service.js';
import {
  fakeCatalog,
  fakePublisher,
  sha256Of,
  tarBz2,
  whisperFolder,
  type FakePublisher,
} from './models.test-helper.js';
import { probePublisher } from './reachability.js';
import { readInstalled } from './store.js';

// The app's model download against a local HTTP server serving a fake release archive (real tar, real files):
// the whole path, a connection that drops mid-way (resumed with Range), a restart, a server without Range, a
// damaged archive, a full disk, a cancel, and a publisher that cannot be reached (pocketsphinx still works).

const PART = 'sherpa-onnx-whisper-tiny.en.tar.bz2.part';

describe('model download service', () => {
  let dir: string;
  let archive: string;
  let sha: string;
  let publisher: FakePublisher;
  let n = 0;
  let modelsDir: string;

  beforeAll(async () => {
    dir = tempDir('iep-download-test-');
    const folder = whisperFolder(path.join(dir, 'src'));
    archive = tarBz2(path.join(dir, 'src'), folder, path.join(dir, 'sherpa-onnx-whisper-tiny.en.tar.bz2'));
    sha = sha256Of(fs.readFileSync(archive));
    publisher = await fakePublisher(archive);
  });
  afterAll(async () => {
    await publisher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    publisher.requests.length = 0;
    publisher.faults.length = 0;
    publisher.ignoreRange = false;
  });

  const service = (options: Partial<ModelDownloadsOptions> = {}) => {
    modelsDir = path.join(dir, `models-${++n}`);
    return downloadsIn(modelsDir, options);
  };
  const downloadsIn = (models: string, options: Partial<ModelDownloadsOptions> = {}) =>
    new ModelDownloads({
      modelsDir: models,
      baseUrl: publisher.baseUrl,
      catalog: fakeCatalog(sha),
      retryDelayMs: 10,
      now: () => new Date('2026-11-23T18:00:00Z'),
      log: (message, detail) => console.error(message, detail),
      ...options,
    });
  /** What is left in the private download folder besides the state file. */
  const leftovers = () =>
    fs.existsSync(path.join(modelsDir, '.download'))
      ? fs.readdirSync(path.join(modelsDir, '.download')).filter((f) => f !== 'state.json')
      : [];
  const gets = () => publisher.requests.filter((r) => r.method === 'GET');

  it('downloads, checks the checksum against the catalog, and installs the model for every case', async () => {
    const downloads = service();
    expect(['checking', 'downloading']).toContain(downloads.start('whisper-tiny.en').state);
    const done = await downloads.settled();
    expect(done).toMatchObject({
      name: 'whisper-tiny.en',
      state: 'installed',
      bytesDone: fs.statSync(archive).size,
      bytesTotal: fs.statSync(archive).size,
      error: null,
      sha256: sha,
      checksumMatched: true,
    });
    const [manifest] = readInstalled(modelsDir).manifests;
    expect(manifest).toMatchObject({ name: 'whisper-tiny.en', type: 'whisper', sourceSha256: sha });
    expect(manifest?.publisherSha256).toBe(sha);
    expect(leftovers()).toEqual([]);
    expect(gets()).toEqual([{ method: 'GET', range: null }]);
    // The state is kept: a new service (after a restart) still shows the checksum.
    expect(downloadsIn(modelsDir).current()).toMatchObject({ state: 'installed', sha256: sha });
    // Asking again does not download again.
    expect(downloads.start('whisper-tiny.en').state).toBe('installed');
    expect(gets()).toHaveLength(1);
  });

  it('goes on with a Range request when the connection drops mid-way', async () => {
    publisher.faults.push('drop');
    const downloads = service();
    downloads.start('whisper-tiny.en');
    expect(await downloads.settled()).toMatchObject({ state: 'installed', sha256: sha });
    const [first, second] = gets();
    expect(first?.range).toBeNull();
    const half = Math.floor(fs.statSync(archive).size / 2);
    expect(second?.range).toBe(`bytes=${half}-`);
    expect(gets()).toHaveLength(2);
  });

  it('goes on after a restart from the partial file, and starts over when the server ignores Range', async () => {
    publisher.faults.push('stall');
    const first = service();
    first.start('whisper-tiny.en');
    while (first.current().bytesDone === 0) await sleep(10);
    await first.close();
    expect(first.current().state).toBe('downloading');
    const half = Math.floor(fs.statSync(archive).size / 2);
    expect(fs.statSync(path.join(modelsDir, '.download', PART)).size).toBe(half);

    const second = downloadsIn(modelsDir);
    expect(second.current()).toMatchObject({ name: 'whisper-tiny.en', state: 'downloading' });
    second.resumePending();
    expect(await second.settled()).toMatchObject({ state: 'installed', sha256: sha });
    expect(gets().map((r) => r.range)).toEqual([null, `bytes=${half}-`]);

    // The same with a server that answers 200 (the whole file) to a Range request: the file starts over.
    publisher.requests.length = 0;
    publisher.faults.push('drop');
    publisher.ignoreRange = true;
    const third = service();
    third.start('whisper-tiny.en');
    expect(await third.settled()).toMatchObject({ state: 'installed', sha256: sha });
    expect(gets().map((r) => r.range)).toEqual([null, `bytes=${half}-`]);
  });

  it('refuses a damaged archive: a plain error, nothing installed, no partial file left', async () => {
    const downloads = service({ catalog: fakeCatalog('0'.repeat(64)) });
    downloads.start('whisper-tiny.en');
    const failed = await downloads.settled();
    expect(failed).toMatchObject({ state: 'failed', sha256: null });
    expect(failed.error).toBe(
      "The download of Whisper tiny (English) is damaged: its checksum does not match the publisher's. Nothing was installed. Try again.",
    );
    expect(readInstalled(modelsDir)).toEqual({ manifests: [], incomplete: [] });
    expect(leftovers()).toEqual([]);
    expect(fs.readdirSync(modelsDir)).toEqual(['.download']);
  });

  it('says the disk is full, and leaves nothing behind', async () => {
    let written = 0;
    const fullDisk = (file: string) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          if (written > 100) {
            done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
            return;
          }
          fs.appendFileSync(file, chunk);
          done();
        },
      });
    const downloads = service({ createWriteStream: fullDisk });
    downloads.start('whisper-tiny.en');
    const failed = await downloads.settled();
    expect(failed.state).toBe('failed');
    expect(failed.error).toBe(
      'The disk is full, so the model could not be saved. Free some space, then try again.',
    );
    expect(readInstalled(modelsDir).manifests).toEqual([]);
    expect(leftovers()).toEqual([]);
    // No retry on a full disk.
    expect(gets()).toHaveLength(1);
  });

  it('stops on cancel and removes the partial file', async () => {
    publisher.faults.push('stall');
    const downloads = service();
    downloads.start('whisper-tiny.en');
    while (downloads.current().bytesDone === 0) await sleep(10);
    expect(downloads.current().state).toBe('downloading');
    expect((await downloads.cancel()).state).toBe('idle');
    expect(leftovers()).toEqual([]);
    expect(readInstalled(modelsDir).manifests).toEqual([]);
  });

  it('says plainly when the publisher cannot be reached, and pocketsphinx keeps working', async () => {
    const closed = 'http://127.0.0.1:9/asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2';
    expect(await probePublisher(closed)).toEqual({
      reachable: false,
      bytes: null,
      reason: 'This computer cannot reach the model publisher (no internet, or it is blocked).',
    });
    expect(
      await probePublisher(`${publisher.baseUrl}/asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2`),
    ).toEqual({ reachable: true, bytes: fs.statSync(archive).size, reason: null });
    const downloads = service({ baseUrl: 'http://127.0.0.1:9', retries: 1 });
    downloads.start('whisper-tiny.en');
    expect(await downloads.settled()).toMatchObject({
      state: 'failed',
      error: 'This computer cannot reach the model publisher right now.',
    });
    expect(readInstalled(modelsDir).manifests).toEqual([]);
    // The offline engine is untouched: "auto" still picks pocketsphinx (installed on these machines).
    expect((await pickEngine('auto', { modelsDir })).name).toBe('pocketsphinx');
  });
});
