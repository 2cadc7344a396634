import { describe, expect, it } from 'vitest';
import { findCatalogEntry, MODEL_CATALOG } from './catalog.js';
import { detectModel } from './detect.js';
import { checkModelName } from './model-types.js';

describe('detectModel', () => {
  it('finds a Whisper model and prefers its int8 files', () => {
    const files = [
      'tiny.en-encoder.onnx',
      'tiny.en-encoder.int8.onnx',
      'tiny.en-decoder.onnx',
      'tiny.en-decoder.int8.onnx',
      'tiny.en-tokens.txt',
      'README.md',
    ];
    expect(detectModel(files, 'sherpa-onnx-whisper-tiny.en')).toEqual({
      kind: 'asr',
      type: 'whisper',
      roles: {
        encoder: 'tiny.en-encoder.int8.onnx',
        decoder: 'tiny.en-decoder.int8.onnx',
        tokens: 'tiny.en-tokens.txt',
      },
    });
  });

  it('finds Moonshine (four graphs) and a NeMo Parakeet transducer', () => {
    const moonshine = detectModel(
      [
        'preprocess.onnx',
        'encode.int8.onnx',
        'uncached_decode.int8.onnx',
        'cached_decode.int8.onnx',
        'tokens.txt',
      ],
      'sherpa-onnx-moonshine-tiny-en-int8',
    );
    expect(moonshine?.type).toBe('moonshine');
    expect(moonshine?.roles).toEqual({
      preprocessor: 'preprocess.onnx',
      encoder: 'encode.int8.onnx',
      uncachedDecoder: 'uncached_decode.int8.onnx',
      cachedDecoder: 'cached_decode.int8.onnx',
      tokens: 'tokens.txt',
    });
    const files = ['encoder.int8.onnx', 'decoder.int8.onnx', 'joiner.int8.onnx', 'tokens.txt'];
    expect(detectModel(files, 'sherpa-onnx-nemo-parakeet-tdt-0.6b-v2-int8')?.type).toBe('nemo-transducer');
    expect(detectModel(files, 'sherpa-onnx-zipformer-en')?.type).toBe('transducer');
  });

  it('takes a lone .onnx file for a speaker model, and says null for anything else', () => {
    expect(detectModel(['3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx'], 'x')).toEqual({
      kind: 'speaker',
      type: 'speaker-embedding',
      roles: { model: '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx' },
    });
    expect(detectModel(['model.onnx'], 'x', 'asr')).toBeNull();
    expect(detectModel(['notes.txt', 'photo.jpg'], 'x')).toBeNull();
    expect(detectModel(['encoder.onnx', 'tokens.txt'], 'x')).toBeNull();
  });
});

describe('the model catalog', () => {
  it('has unique names and official sherpa-onnx release addresses', () => {
    expect(new Set(MODEL_CATALOG.map((e) => e.name)).size).toBe(MODEL_CATALOG.length);
    for (const entry of MODEL_CATALOG) {
      expect(entry.url).toMatch(
        /^https:\/\/github\.com\/k2-fsa\/sherpa-onnx\/releases\/download\/(asr-models|speaker-recongition-models)\//,
      );
      expect(checkModelName(entry.name)).toBe(entry.name);
    }
    expect(MODEL_CATALOG.some((e) => e.kind === 'speaker')).toBe(true);
  });

  it('finds an entry by name or by its download file name', () => {
    expect(findCatalogEntry('whisper-base.en')?.type).toBe('whisper');
    expect(findCatalogEntry('sherpa-onnx-whisper-tiny.en.tar.bz2')?.name).toBe('whisper-tiny.en');
    expect(findCatalogEntry('sherpa-onnx-moonshine-tiny-en-int8')?.name).toBe('moonshine-tiny-en');
    expect(findCatalogEntry('3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx')?.name).toBe('campplus-en');
    expect(findCatalogEntry('nothing')).toBeNull();
  });

  it('refuses model names that could leave the models folder', () => {
    for (const bad of ['../x', '.hidden', 'a/b', '', 'a..b'])
      expect(() => checkModelName(bad)).toThrow(/cannot be a model name/);
  });
});
