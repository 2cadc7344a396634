// What an installed model is: `<modelsDir>/<name>/manifest.json`, written last, so a folder without it is an
// install that did not finish.

export type ModelKind = 'asr' | 'speaker';
export type ModelType = 'whisper' | 'moonshine' | 'transducer' | 'nemo-transducer' | 'speaker-embedding';
export type ModelRole =
  | 'encoder'
  | 'decoder'
  | 'joiner'
  | 'tokens'
  | 'preprocessor'
  | 'uncachedDecoder'
  | 'cachedDecoder'
  | 'model';

export interface ModelFileRecord {
  /** Relative to the model's folder. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface ModelManifest {
  name: string;
  kind: ModelKind;
  engine: 'sherpa-onnx';
  type: ModelType;
  /** Which file plays which part, e.g. { encoder: 'tiny.en-encoder.int8.onnx', ... }. */
  roles: Partial<Record<ModelRole, string>>;
  files: ModelFileRecord[];
  /** The download address, or file:PATH for a model added from disk. */
  source: string;
  /** The publisher's checksum of the download, when they give one (it was checked). */
  publisherSha256: string | null;
  /** The checksum of what was downloaded or added (archive or file), to compare with another copy. */
  sourceSha256: string | null;
  installedAt: string;
}

/** A plain problem with a model (download, file, name); the message says what to do. */
export class ModelError extends Error {
  override name = 'ModelError';
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,79}$/;

/** Model names become folder names: letters, digits, dot, dash, underscore, plus. */
export function checkModelName(name: string): string {
  if (!NAME.test(name) || name.includes('..'))
    throw new ModelError(
      `"${name}" cannot be a model name. Use letters, numbers, dots and dashes (for example whisper-base.en).`,
    );
  return name;
}
