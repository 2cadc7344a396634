import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelManifest } from './models/model-types.js';
import { accuracyNoteFor, recognizerConfig, speakerConfig } from './sherpa-models.js';

const manifest = (type: ModelManifest['type'], roles: ModelManifest['roles']): ModelManifest => ({
  name: 'm',
  kind: type === 'speaker-embedding' ? 'speaker' : 'asr',
  engine: 'sherpa-onnx',
  type,
  roles,
  files: [],
  source: 'file:/x',
  publisherSha256: null,
  sourceSha256: null,
  installedAt: '2026-11-23T18:00:00.000Z',
});

const at = (file: string) => path.join('/models', 'm', file);

describe('sherpa-onnx configs', () => {
  it('builds a Whisper config with full paths, greedy search, and no previous-text prompt', () => {
    const config = recognizerConfig(
      '/models',
      manifest('whisper', { encoder: 'e.int8.onnx', decoder: 'd.int8.onnx', tokens: 't.txt' }),
    );
    expect(config).toMatchObject({
      featConfig: { sampleRate: 16000, featureDim: 80 },
      decodingMethod: 'greedy_search',
      modelConfig: {
        whisper: { encoder: at('e.int8.onnx'), decoder: at('d.int8.onnx'), task: 'transcribe' },
        tokens: at('t.txt'),
        provider: 'cpu',
        debug: 0,
      },
    });
  });

  it('builds Moonshine and NeMo transducer configs', () => {
    const moonshine = recognizerConfig(
      '/models',
      manifest('moonshine', {
        preprocessor: 'p.onnx',
        encoder: 'e.onnx',
        uncachedDecoder: 'u.onnx',
        cachedDecoder: 'c.onnx',
        tokens: 'tokens.txt',
      }),
    );
    expect(moonshine.modelConfig).toMatchObject({
      moonshine: {
        preprocessor: at('p.onnx'),
        encoder: at('e.onnx'),
        uncachedDecoder: at('u.onnx'),
        cachedDecoder: at('c.onnx'),
      },
    });
    const roles = { encoder: 'e.onnx', decoder: 'd.onnx', joiner: 'j.onnx', tokens: 'tokens.txt' };
    const nemo = recognizerConfig('/models', manifest('nemo-transducer', roles));
    expect(nemo.modelConfig).toMatchObject({
      transducer: { encoder: at('e.onnx'), decoder: at('d.onnx'), joiner: at('j.onnx') },
      modelType: 'nemo_transducer',
    });
    expect(recognizerConfig('/models', manifest('transducer', roles)).modelConfig).not.toHaveProperty(
      'modelType',
    );
    expect(() => recognizerConfig('/models', manifest('speaker-embedding', { model: 'x.onnx' }))).toThrow();
    expect(speakerConfig('/models', manifest('speaker-embedding', { model: 'x.onnx' }))).toEqual({
      model: at('x.onnx'),
      numThreads: 1,
      provider: 'cpu',
      debug: 0,
    });
    expect(accuracyNoteFor('whisper')).toMatch(/Check names/);
  });
});
