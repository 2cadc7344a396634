import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEngines, NO_ENGINE, NO_MODEL, pickEngine } from './engines.js';
import { addModel } from './models/add.js';
import { fakeOnnx, speechFile, tempDir, TWO_VOICES } from './speech.test-helper.js';
import { transcribeFile } from './transcribe.js';
import { EngineUnavailableError } from './transcriber.js';

// Engine choice and model checks. No real ASR weights exist on these machines, so the sherpa-onnx side is tested
// with missing and broken models: each must give a plain error, and a broken file must never crash this process
// (onnxruntime aborts the process on it, so models are test-loaded in a child process first).

const NO_SPHINX = { PATH: '/nonexistent' };

describe('engine choice', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('iep-engines-test-');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says plainly, without a command, what is missing when no engine can run', async () => {
    const modelsDir = path.join(dir, 'empty');
    await expect(pickEngine('auto', { modelsDir, env: NO_SPHINX })).rejects.toThrow(NO_ENGINE);
    expect(NO_ENGINE).toBe(
      'No speech engine can run on this computer yet. The person who runs IEP Ready can add the basic engine (pocketsphinx) or a speech model.',
    );
    const sherpa = await pickEngine('sherpa', { modelsDir }).catch((e: unknown) => e);
    expect(sherpa).toBeInstanceOf(EngineUnavailableError);
    expect((sherpa as Error).message).toBe(NO_MODEL);
    await expect(pickEngine('pocketsphinx', { modelsDir, env: NO_SPHINX })).rejects.toThrow(
      'pocketsphinx is not installed. The person who runs IEP Ready can install it.',
    );
    const engines = await listEngines({ modelsDir, env: NO_SPHINX });
    expect(engines.map((e) => [e.name, e.available])).toEqual([
      ['sherpa', false],
      ['pocketsphinx', false],
    ]);
    // The web app shows these: no shell command (apt-get, iep ..., backticks) in any of them.
    for (const e of engines) expect(e.unavailableReason).toMatch(/^[^`]*$/);
    for (const e of engines) expect(e.unavailableReason).not.toMatch(/apt-get|sudo|iep models/);
  });

  it('picks pocketsphinx when it is installed and no model is', async () => {
    const modelsDir = path.join(dir, 'empty');
    const engine = await pickEngine('auto', { modelsDir });
    expect(engine).toMatchObject({ name: 'pocketsphinx', available: true, speakerModel: false });
    expect(engine.accuracyNote).toMatch(/basic engine with low accuracy/);
  });

  it('refuses a model whose file is random bytes, with a plain message', async () => {
    const folder = path.join(dir, 'sherpa-onnx-whisper-base.en');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'base.en-encoder.onnx'),
      Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 31 + 7) % 256)),
    );
    fakeOnnx(path.join(folder, 'base.en-decoder.onnx'));
    fs.writeFileSync(path.join(folder, 'base.en-tokens.txt'), 'a 0\n');
    await expect(addModel(folder, path.join(dir, 'random'))).rejects.toThrow(
      /^The model file base\.en-encoder\.onnx cannot be used: the file is (damaged \(not an ONNX model\)|cut off \(the download did not finish\))\. Get a fresh copy\.$/,
    );
  });

  it(
    'does not crash on a model that looks like ONNX but does not load, and falls back to pocketsphinx',
    { timeout: 60_000 },
    async () => {
      const modelsDir = path.join(dir, 'fake');
      const folder = path.join(dir, 'fake-src', 'sherpa-onnx-nemo-parakeet-tdt-0.6b-v2-int8');
      fs.mkdirSync(folder, { recursive: true });
      for (const f of ['encoder.int8.onnx', 'decoder.int8.onnx', 'joiner.int8.onnx'])
        fakeOnnx(path.join(folder, f));
      fs.writeFileSync(path.join(folder, 'tokens.txt'), '<blk> 0\n');
      const manifest = await addModel(folder, modelsDir);
      expect(manifest).toMatchObject({ name: 'parakeet-tdt-0.6b-v2', type: 'nemo-transducer' });

      const error = await pickEngine('sherpa', { modelsDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineUnavailableError);
      expect((error as Error).message).toBe(
        'The speech model "parakeet-tdt-0.6b-v2" cannot be used: its files are damaged or are not a model sherpa-onnx can load. The person who runs IEP Ready needs to remove it and add it again.',
      );
      // Still here: the process survived. "auto" uses pocketsphinx and the engine list says why sherpa cannot run.
      expect((await pickEngine('auto', { modelsDir })).name).toBe('pocketsphinx');
      const [sherpa] = await listEngines({ modelsDir });
      expect(sherpa).toMatchObject({ name: 'sherpa', available: false });
      expect(sherpa?.unavailableReason).toContain('cannot be used');

      // A file removed after install is named.
      fs.rmSync(path.join(modelsDir, 'parakeet-tdt-0.6b-v2', 'joiner.int8.onnx'));
      await expect(pickEngine('sherpa', { modelsDir })).rejects.toThrow(
        /cannot be used: joiner\.int8\.onnx is missing/,
      );
    },
  );

  it(
    'ignores a speaker model that does not load and uses the basic voice grouping',
    { timeout: 60_000 },
    async () => {
      const modelsDir = path.join(dir, 'speaker');
      const file = path.join(dir, '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx');
      fakeOnnx(file);
      await addModel(file, modelsDir);
      const meeting = speechFile(dir, TWO_VOICES.slice(0, 2), { name: 'two.wav' });
      const result = await transcribeFile(meeting, {
        engine: 'auto',
        modelsDir,
      });
      expect(result.engine.speakerModel).toBe(false);
      expect(result.segments.map((s) => s.speaker)).toEqual(['S1', 'S1']);
    },
  );
});
