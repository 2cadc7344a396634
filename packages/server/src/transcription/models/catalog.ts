import type { ModelKind, ModelType } from './model-types.js';

// Models from the sherpa-onnx project's GitHub releases (https://github.com/k2-fsa/sherpa-onnx/releases, tags
// asr-models and speaker-recongition-models: the tag's spelling is upstream's). IEP_MODEL_DOWNLOAD_URL can point
// the same paths at a mirror (a local server in tests, an organization's own copy).
//
// Checksums: the project publishes none next to the files. The two given here were pinned from the asr-models
// release (2026-09-26) by another open-source project that checks its downloads against them; they were not
// re-checked on this machine (nothing can be downloaded here). Where `sha256` is null, the hash of what was
// downloaded is recorded and shown instead, so it can be compared with another copy.
//
// Speed: the real-time factor (seconds of work per second of audio) on 2-4 cores. No weights can be downloaded
// on the machine this was built on, so none is measured yet: `speed.source` says so rather than guessing. The
// transcription bench (scripts/bench/transcription.bench.ts) measures every installed engine: write its figure
// here with source 'measured'.

export const DEFAULT_MODEL_DOWNLOAD_URL = 'https://github.com/k2-fsa/sherpa-onnx/releases/download';

export interface ModelSpeed {
  /** Seconds of work per second of audio (0.2 = five times faster than real time); null when not known. */
  realTimeFactor: number | null;
  source: 'measured' | 'publisher' | 'unmeasured';
  /** Where the figure comes from, or why there is none. */
  note: string;
}

export interface CatalogEntry {
  name: string;
  kind: ModelKind;
  type: ModelType;
  /** A short plain name for people ("Whisper base (English)"). */
  label: string;
  /** One plain line for `iep models list`. */
  description: string;
  /** Under the download base: "<tag>/<file>". */
  path: string;
  /** The full address at the publisher (DEFAULT_MODEL_DOWNLOAD_URL + path). */
  url: string;
  /** The publisher's sha256 of the download, when one is known. */
  sha256: string | null;
  /** The download's size when the publisher's answer does not say (rounded; null: not known). */
  approxBytes: number | null;
  speed: ModelSpeed;
}

const UNMEASURED: ModelSpeed = {
  realTimeFactor: null,
  source: 'unmeasured',
  note: 'Not measured yet: the build machine cannot download model weights.',
};

const entry = (e: Omit<CatalogEntry, 'url' | 'speed'> & { speed?: ModelSpeed }): CatalogEntry => ({
  ...e,
  url: `${DEFAULT_MODEL_DOWNLOAD_URL}/${e.path}`,
  speed: e.speed ?? UNMEASURED,
});

export const MODEL_CATALOG: readonly CatalogEntry[] = [
  entry({
    name: 'whisper-tiny.en',
    kind: 'asr',
    type: 'whisper',
    label: 'Whisper tiny (English)',
    description: 'Whisper tiny (English). Small and fast; good text for clear speech.',
    path: 'asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2',
    sha256: null,
    approxBytes: null,
  }),
  entry({
    name: 'whisper-base.en',
    kind: 'asr',
    type: 'whisper',
    label: 'Whisper base (English)',
    description: 'Whisper base (English). Better text than tiny; a bit slower.',
    path: 'asr-models/sherpa-onnx-whisper-base.en.tar.bz2',
    sha256: '475bc7052ce299c007f6d5d5407ba8601f819a2867f6eecee510ed17df581542',
    approxBytes: 198_000_000,
  }),
  entry({
    name: 'moonshine-tiny-en',
    kind: 'asr',
    type: 'moonshine',
    label: 'Moonshine tiny (English)',
    description: 'Moonshine tiny (English, int8). Very fast on short phrases.',
    path: 'asr-models/sherpa-onnx-moonshine-tiny-en-int8.tar.bz2',
    sha256: null,
    approxBytes: null,
  }),
  entry({
    name: 'moonshine-base-en',
    kind: 'asr',
    type: 'moonshine',
    label: 'Moonshine base (English)',
    description: 'Moonshine base (English, int8). More accurate than tiny.',
    path: 'asr-models/sherpa-onnx-moonshine-base-en-int8.tar.bz2',
    sha256: '21870cecaa2e44e4e2bf63e02d1072bed183ccd10284871353bd9d24dad14e5e',
    approxBytes: null,
  }),
  entry({
    name: 'parakeet-tdt-0.6b-v2',
    kind: 'asr',
    type: 'nemo-transducer',
    label: 'Parakeet TDT 0.6B (English)',
    description:
      'NVIDIA Parakeet TDT 0.6B v2 (English, int8). The most accurate here, with word times; large.',
    path: 'asr-models/sherpa-onnx-nemo-parakeet-tdt-0.6b-v2-int8.tar.bz2',
    sha256: null,
    approxBytes: null,
  }),
  entry({
    name: 'campplus-en',
    kind: 'speaker',
    type: 'speaker-embedding',
    label: 'CAM++ speaker voices (English)',
    description:
      '3D-Speaker CAM++ (English, VoxCeleb). Tells voices apart much better than the basic grouping.',
    path: 'speaker-recongition-models/3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx',
    sha256: null,
    approxBytes: null,
  }),
];

/** Finds a catalog entry by its name or by its download's file name (with or without the extension). */
export function findCatalogEntry(
  nameOrFile: string,
  catalog: readonly CatalogEntry[] = MODEL_CATALOG,
): CatalogEntry | null {
  const wanted = nameOrFile.toLowerCase();
  return (
    catalog.find((entry) => {
      const file = entry.path.slice(entry.path.lastIndexOf('/') + 1).toLowerCase();
      const stem = file.replace(/\.tar\.bz2$|\.onnx$/, '');
      return entry.name.toLowerCase() === wanted || file === wanted || stem === wanted;
    }) ?? null
  );
}

/** The entry's download address under `base` (the publisher's by default, or a mirror). */
export function downloadUrl(entry: CatalogEntry, base: string = DEFAULT_MODEL_DOWNLOAD_URL): string {
  return `${base.replace(/\/+$/, '')}/${entry.path}`;
}

/** The file name of the download ("sherpa-onnx-whisper-base.en.tar.bz2"). */
export function downloadFileName(entry: CatalogEntry): string {
  return entry.path.slice(entry.path.lastIndexOf('/') + 1);
}
