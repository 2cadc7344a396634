import type { ModelKind, ModelRole, ModelType } from './model-types.js';

// Which kind of sherpa-onnx model a folder holds, from its file names (as the project names them):
//   Whisper:    tiny.en-encoder(.int8).onnx, tiny.en-decoder(.int8).onnx, tiny.en-tokens.txt
//   Moonshine:  preprocess.onnx, encode(.int8).onnx, uncached_decode(.int8).onnx, cached_decode(.int8).onnx, tokens.txt
//   Transducer: encoder, decoder, joiner (.int8).onnx, tokens.txt (NeMo Parakeet when the name says nemo/parakeet)
//   Speaker:    one .onnx file and no tokens (3D-Speaker CAM++, WeSpeaker, NeMo TitaNet ...)
// Where an archive ships both full and int8 weights, the int8 ones are used (a third of the memory).

export interface DetectedModel {
  kind: ModelKind;
  type: ModelType;
  roles: Partial<Record<ModelRole, string>>;
}

/** The best file for a role: int8 first, then the shortest name. */
function pick(files: string[], test: (lower: string) => boolean): string | undefined {
  const matches = files.filter((f) => test(f.toLowerCase()) && f.toLowerCase().endsWith('.onnx'));
  matches.sort((a, b) => {
    const ai = a.includes('.int8.') ? 0 : 1;
    const bi = b.includes('.int8.') ? 0 : 1;
    return ai - bi || a.length - b.length || a.localeCompare(b);
  });
  return matches[0];
}

const isUncached = (f: string) => f.includes('uncached_decode') || f.includes('uncached-decode');
const isCached = (f: string) =>
  (f.includes('cached_decode') || f.includes('cached-decode')) && !isUncached(f);

/**
 * Detects the model from the file names of one folder (no subfolders). `label` is the folder or archive name,
 * which tells a NeMo transducer from another. `kind` forces speaker or asr when the caller knows.
 */
export function detectModel(files: string[], label: string, kind?: ModelKind): DetectedModel | null {
  const onnx = files.filter((f) => f.toLowerCase().endsWith('.onnx'));
  const tokens = files.filter((f) => /(^|[-_.])tokens\.txt$/i.test(f)).sort((a, b) => a.length - b.length)[0];
  if (kind !== 'speaker' && tokens) {
    const preprocessor = pick(onnx, (f) => f.startsWith('preprocess'));
    const encode = pick(onnx, (f) => /(^|[-_.])encode[-_.]/.test(f) || f === 'encode.onnx');
    const uncached = pick(onnx, isUncached);
    const cached = pick(onnx, isCached);
    if (preprocessor && encode && uncached && cached)
      return {
        kind: 'asr',
        type: 'moonshine',
        roles: { preprocessor, encoder: encode, uncachedDecoder: uncached, cachedDecoder: cached, tokens },
      };
    const encoder = pick(onnx, (f) => f.includes('encoder'));
    const decoder = pick(onnx, (f) => f.includes('decoder'));
    const joiner = pick(onnx, (f) => f.includes('joiner'));
    if (encoder && decoder && joiner) {
      const nemo = /nemo|parakeet/i.test(label) || files.some((f) => /nemo|parakeet/i.test(f));
      return {
        kind: 'asr',
        type: nemo ? 'nemo-transducer' : 'transducer',
        roles: { encoder, decoder, joiner, tokens },
      };
    }
    if (encoder && decoder) return { kind: 'asr', type: 'whisper', roles: { encoder, decoder, tokens } };
  }
  if (kind !== 'asr' && !tokens && onnx.length === 1 && onnx[0])
    return { kind: 'speaker', type: 'speaker-embedding', roles: { model: onnx[0] } };
  return null;
}

export const NOT_A_MODEL =
  'This does not look like a speech model we can use. A Whisper model has files named like ' +
  'tiny.en-encoder.onnx, tiny.en-decoder.onnx and tiny.en-tokens.txt; a speaker model is one .onnx file. ' +
  'Use a model from the sherpa-onnx releases (see `iep models list`).';
