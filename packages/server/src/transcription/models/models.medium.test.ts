import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeOnnx, tempDir } from '../speech.test-helper.js';
import { addModel } from './add.js';
import { tarBz2, whisperFolder } from './models.test-helper.js';
import { installModel } from './install.js';
import { listModels } from './list.js';
import { ModelError } from './model-types.js';

// Installs and adds models with real tar and files; the download is a fake fetch serving an archive made here.

const NOW = () => new Date('2026-11-23T18:00:00Z');

function serving(file: string, calls: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    calls.push(String(input));
    const body = fs.readFileSync(file);
    return new Response(body, { status: 200, headers: { 'content-length': String(body.length) } });
  }) as typeof fetch;
}

describe('models: install, add, list', () => {
  let dir: string;
  let archive: string;
  beforeAll(() => {
    dir = tempDir('iep-models-test-');
    const folder = whisperFolder(path.join(dir, 'src'));
    archive = tarBz2(path.join(dir, 'src'), folder, path.join(dir, 'sherpa-onnx-whisper-tiny.en.tar.bz2'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('downloads the release archive, unpacks it, keeps the int8 files and writes a manifest with hashes', async () => {
    const modelsDir = path.join(dir, 'models-install');
    const calls: string[] = [];
    const manifest = await installModel('whisper-tiny.en', modelsDir, {
      fetch: serving(archive, calls),
      now: NOW,
    });
    expect(calls).toEqual([
      'https://github.com/k2-fsa/sherpa-onnx/releases/download/asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2',
    ]);
    expect(manifest).toMatchObject({
      name: 'whisper-tiny.en',
      kind: 'asr',
      engine: 'sherpa-onnx',
      type: 'whisper',
      roles: {
        encoder: 'tiny.en-encoder.int8.onnx',
        decoder: 'tiny.en-decoder.int8.onnx',
        tokens: 'tiny.en-tokens.txt',
      },
      source: calls[0],
      publisherSha256: null,
      installedAt: '2026-11-23T18:00:00.000Z',
    });
    expect(manifest.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.map((f) => f.path)).toEqual([
      'README.md',
      'tiny.en-decoder.int8.onnx',
      'tiny.en-encoder.int8.onnx',
      'tiny.en-tokens.txt',
    ]);
    for (const f of manifest.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    const folder = path.join(modelsDir, 'whisper-tiny.en');
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(fs.readdirSync(folder).sort()).toEqual(
      [...manifest.files.map((f) => f.path), 'manifest.json'].sort(),
    );
    // No staging folder is left behind.
    expect(fs.readdirSync(modelsDir)).toEqual(['whisper-tiny.en']);
    // Installing again is a no-op.
    expect(
      await installModel('whisper-tiny.en', modelsDir, { fetch: serving(archive, calls), now: NOW }),
    ).toEqual(manifest);
    expect(calls).toHaveLength(1);

    const listing = listModels(modelsDir);
    expect(listing.installed.map((m) => [m.name, m.problem])).toEqual([['whisper-tiny.en', null]]);
    expect(listing.catalog.find((e) => e.name === 'whisper-tiny.en')?.installed).toBe(true);
    expect(listing.catalog.find((e) => e.name === 'whisper-base.en')?.installed).toBe(false);
    expect(listing.vad.ready).toBe(true);
    expect(typeof listing.pocketsphinx.available).toBe('boolean');
    fs.rmSync(path.join(folder, 'tiny.en-tokens.txt'));
    expect(listModels(modelsDir).installed[0]?.problem).toBe('tiny.en-tokens.txt is missing');
  });

  it('says plainly when the machine is offline, and for unknown names and bad answers', async () => {
    const modelsDir = path.join(dir, 'models-offline');
    const offline = (async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }),
      });
    }) as typeof fetch;
    await expect(installModel('whisper-base.en', modelsDir, { fetch: offline, retries: 0 })).rejects.toThrow(
      'This computer cannot reach the model publisher right now.',
    );
    await expect(installModel('whisper-huge', modelsDir, { fetch: offline })).rejects.toThrow(
      'There is no model called whisper-huge.',
    );
    const notFound = (async () =>
      new Response('gone', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    await expect(installModel('whisper-base.en', modelsDir, { fetch: notFound, retries: 0 })).rejects.toThrow(
      'The model publisher did not send the file (it answered 404). Try again later.',
    );
    expect(listModels(modelsDir).installed).toEqual([]);
    expect(fs.readdirSync(modelsDir)).toEqual([]);
  });

  it('adds a release archive brought over by hand, a folder, and a single speaker model file', async () => {
    const modelsDir = path.join(dir, 'models-add');
    const fromArchive = await addModel(archive, modelsDir, { now: NOW });
    expect(fromArchive.name).toBe('whisper-tiny.en');
    expect(fromArchive.source).toBe(`file:${archive}`);
    expect(fromArchive.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    // The user's archive stays where it was.
    expect(fs.existsSync(archive)).toBe(true);

    const folder = whisperFolder(path.join(dir, 'mine'), 'my-whisper');
    const fromFolder = await addModel(folder, modelsDir, { name: 'office-whisper', now: NOW });
    expect(fromFolder).toMatchObject({ name: 'office-whisper', type: 'whisper', sourceSha256: null });
    expect(fs.existsSync(path.join(folder, 'tiny.en-encoder.int8.onnx'))).toBe(true);

    const speaker = path.join(dir, '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx');
    fakeOnnx(speaker, 100);
    const fromFile = await addModel(speaker, modelsDir, { now: NOW });
    expect(fromFile).toMatchObject({ name: 'campplus-en', kind: 'speaker', type: 'speaker-embedding' });
    expect(listModels(modelsDir).installed.map((m) => m.name)).toEqual([
      'campplus-en',
      'office-whisper',
      'whisper-tiny.en',
    ]);

    await expect(addModel(folder, modelsDir, { name: 'office-whisper' })).rejects.toThrow(
      /already installed/,
    );
    await expect(addModel(path.join(dir, 'nothing-here'), modelsDir)).rejects.toThrow('There is nothing at');
  });

  it('refuses damaged model files, folders that hold no model, and archives with links', async () => {
    const modelsDir = path.join(dir, 'models-bad');
    const broken = whisperFolder(path.join(dir, 'broken'));
    fs.writeFileSync(
      path.join(broken, 'tiny.en-encoder.int8.onnx'),
      Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)),
    );
    const error = await addModel(broken, modelsDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toMatch(
      /^The model file tiny.en-encoder.int8.onnx cannot be used: the file is (damaged|cut off)/,
    );

    const photos = path.join(dir, 'photos');
    fs.mkdirSync(photos);
    fs.writeFileSync(path.join(photos, 'a.jpg'), 'x');
    await expect(addModel(photos, modelsDir)).rejects.toThrow(/does not look like a speech model/);

    const evil = path.join(dir, 'evil');
    fs.mkdirSync(path.join(evil, 'model'), { recursive: true });
    fs.symlinkSync('/etc/passwd', path.join(evil, 'model', 'tokens.txt'));
    const evilArchive = tarBz2(evil, path.join(evil, 'model'), path.join(dir, 'evil.tar.bz2'));
    await expect(addModel(evilArchive, modelsDir)).rejects.toThrow(/links or paths outside its folder/);
    expect(listModels(modelsDir).installed).toEqual([]);
    expect(fs.readdirSync(modelsDir)).toEqual([]);
  });
});
