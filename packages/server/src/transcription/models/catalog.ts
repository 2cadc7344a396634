import type { ModelKind, ModelType } from './model-types.js';

// Models from the sherpa-onnx project's GitHub releases (https://github.com/k2-fsa/sherpa-onnx/releases, tags
// asr-models and speaker-recongition-models: the tag's spelling is upstream's). The project publishes no
// checksums for these files, so `sha256` is null and the hash of what was installed is recorded instead.

const RELEASES = 'https://github.com/k2-fsa/sherpa-onnx/releases/download';

export interface CatalogEntry {
  name: string;
  kind: ModelKind;
  type: ModelType;
  /** One plain line for `iep models list`. */
  description: string;
  url: string;
  /** The publisher's sha256 of the download, when it gives one. */
  sha256: string | null;
}

export const MODEL_CATALOG: readonly CatalogEntry[] = [
  {
    name: 'whisper-tiny.en',
    kind: 'asr',
    type: 'whisper',
    description: 'Whisper tiny (English). Small and fast; good text for clear speech.',
    url: `${RELEASES}/asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2`,
    sha256: null,
  },
  {
    name: 'whisper-base.en',
    kind: 'asr',
    type: 'whisper',
    description: 'Whisper base (English). Better text than tiny; a bit slower.',
    url: `${RELEASES}/asr-models/sherpa-onnx-whisper-base.en.tar.bz2`,
    sha256: null,
  },
  {
    name: 'moonshine-tiny-en',
    kind: 'asr',
    type: 'moonshine',
    description: 'Moonshine tiny (English, int8). Very fast on short phrases.',
    url: `${RELEASES}/asr-models/sherpa-onnx-moonshine-tiny-en-int8.tar.bz2`,
    sha256: null,
  },
  {
    name: 'moonshine-base-en',
    kind: 'asr',
    type: 'moonshine',
    description: 'Moonshine base (English, int8). More accurate than tiny.',
    url: `${RELEASES}/asr-models/sherpa-onnx-moonshine-base-en-int8.tar.bz2`,
    sha256: null,
  },
  {
    name: 'parakeet-tdt-0.6b-v2',
    kind: 'asr',
    type: 'nemo-transducer',
    description:
      'NVIDIA Parakeet TDT 0.6B v2 (English, int8). The most accurate here, with word times; large.',
    url: `${RELEASES}/asr-models/sherpa-onnx-nemo-parakeet-tdt-0.6b-v2-int8.tar.bz2`,
    sha256: null,
  },
  {
    name: 'campplus-en',
    kind: 'speaker',
    type: 'speaker-embedding',
    description:
      '3D-Speaker CAM++ (English, VoxCeleb). Tells voices apart much better than the basic grouping.',
    url: `${RELEASES}/speaker-recongition-models/3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx`,
    sha256: null,
  },
];

/** Finds a catalog entry by its name or by its download's file name (with or without the extension). */
export function findCatalogEntry(nameOrFile: string): CatalogEntry | null {
  const wanted = nameOrFile.toLowerCase();
  return (
    MODEL_CATALOG.find((entry) => {
      const file = entry.url.slice(entry.url.lastIndexOf('/') + 1).toLowerCase();
      const stem = file.replace(/\.tar\.bz2$|\.onnx$/, '');
      return entry.name.toLowerCase() === wanted || file === wanted || stem === wanted;
    }) ?? null
  );
}
