import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DOWNLOAD_URL, downloadUrl, findCatalogEntry, MODEL_CATALOG } from './catalog.js';
import { machineClass, recommendedModel } from './machine.js';

const GB = 1024 ** 3;

describe('the model recommended for a machine', () => {
  it('sorts machines into three classes by cores and memory', () => {
    expect(machineClass({ cores: 1, memoryBytes: 16 * GB })).toBe('small');
    expect(machineClass({ cores: 4, memoryBytes: 2 * GB })).toBe('small');
    expect(machineClass({ cores: 2, memoryBytes: 4 * GB })).toBe('medium');
    expect(machineClass({ cores: 4, memoryBytes: 32 * GB })).toBe('medium');
    expect(machineClass({ cores: 8, memoryBytes: 6 * GB })).toBe('medium');
    expect(machineClass({ cores: 8, memoryBytes: 16 * GB })).toBe('large');
  });

  it('recommends one catalog model per class: Whisper base.en for 2-4 cores', () => {
    expect(recommendedModel({ cores: 1, memoryBytes: 2 * GB }).name).toBe('moonshine-tiny-en');
    expect(recommendedModel({ cores: 2, memoryBytes: 4 * GB }).name).toBe('whisper-base.en');
    expect(recommendedModel({ cores: 12, memoryBytes: 32 * GB }).name).toBe('parakeet-tdt-0.6b-v2');
  });

  it('says where each speed figure comes from, and never invents one', () => {
    for (const entry of MODEL_CATALOG) {
      if (entry.speed.source === 'unmeasured') expect(entry.speed.realTimeFactor).toBeNull();
      else expect(entry.speed.realTimeFactor).toBeGreaterThan(0);
      expect(entry.speed.note.length).toBeGreaterThan(10);
    }
  });

  it('puts a download under the publisher, or under a mirror with the same paths', () => {
    const entry = findCatalogEntry('whisper-base.en');
    if (!entry) throw new Error('whisper-base.en is missing from the catalog');
    expect(downloadUrl(entry)).toBe(
      `${DEFAULT_MODEL_DOWNLOAD_URL}/asr-models/sherpa-onnx-whisper-base.en.tar.bz2`,
    );
    expect(downloadUrl(entry, 'http://127.0.0.1:8000/mirror/')).toBe(
      'http://127.0.0.1:8000/mirror/asr-models/sherpa-onnx-whisper-base.en.tar.bz2',
    );
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
