import os from 'node:os';
import path from 'node:path';
import { onnxProblem } from './onnx-check.js';
import { probeModel, type ProbeJob } from './model-probe.js';
import type { ModelManifest, ModelType } from './models/model-types.js';
import { installedProblem, readInstalled } from './models/store.js';
import { SAMPLE_RATE } from './pcm.js';
import type { SherpaRecognizerConfig, SherpaSpeakerConfig } from './sherpa-addon.js';

// Installed sherpa-onnx models: which one to use, the config sherpa needs for it, and whether it really loads.

const THREADS = Math.max(1, Math.min(4, os.availableParallelism()));

/** Bigger families first (more accurate), then bigger files. */
const TYPE_RANK: Record<ModelType, number> = {
  'nemo-transducer': 3,
  whisper: 2,
  moonshine: 2,
  transducer: 1,
  'speaker-embedding': 0,
};

const totalBytes = (m: ModelManifest) => m.files.reduce((sum, f) => sum + f.bytes, 0);

/** Installed models of a kind, best first. */
export function installedModels(modelsDir: string, kind: 'asr' | 'speaker'): ModelManifest[] {
  return readInstalled(modelsDir)
    .manifests.filter((m) => m.kind === kind)
    .sort(
      (a, b) =>
        TYPE_RANK[b.type] - TYPE_RANK[a.type] ||
        totalBytes(b) - totalBytes(a) ||
        a.name.localeCompare(b.name),
    );
}

function file(modelsDir: string, manifest: ModelManifest, role: keyof ModelManifest['roles']): string {
  const name = manifest.roles[role];
  return name ? path.join(modelsDir, manifest.name, name) : '';
}

/** sherpa's OfflineRecognizerConfig for an installed ASR model. */
export function recognizerConfig(modelsDir: string, manifest: ModelManifest): SherpaRecognizerConfig {
  const f = (role: keyof ModelManifest['roles']) => file(modelsDir, manifest, role);
  const common = { tokens: f('tokens'), numThreads: THREADS, provider: 'cpu', debug: 0 };
  let modelConfig: Record<string, unknown>;
  switch (manifest.type) {
    case 'whisper':
      // Each segment alone, no previous text as a prompt: the cure for Whisper's loops on long audio.
      modelConfig = {
        whisper: { encoder: f('encoder'), decoder: f('decoder'), task: 'transcribe' },
        ...common,
      };
      break;
    case 'moonshine':
      modelConfig = {
        moonshine: {
          preprocessor: f('preprocessor'),
          encoder: f('encoder'),
          uncachedDecoder: f('uncachedDecoder'),
          cachedDecoder: f('cachedDecoder'),
        },
        ...common,
      };
      break;
    case 'nemo-transducer':
    case 'transducer':
      modelConfig = {
        transducer: { encoder: f('encoder'), decoder: f('decoder'), joiner: f('joiner') },
        ...common,
        ...(manifest.type === 'nemo-transducer' ? { modelType: 'nemo_transducer' } : {}),
      };
      break;
    default:
      throw new Error(`${manifest.name} is not a speech recognition model.`);
  }
  return {
    featConfig: { sampleRate: SAMPLE_RATE, featureDim: 80 },
    modelConfig,
    decodingMethod: 'greedy_search',
  };
}

export function speakerConfig(modelsDir: string, manifest: ModelManifest): SherpaSpeakerConfig {
  return { model: file(modelsDir, manifest, 'model'), numThreads: 1, provider: 'cpu', debug: 0 };
}

/**
 * Null when the model can be used, else a plain reason: files missing or changed, not ONNX (checked here without
 * loading), or failing to load in a child process.
 */
export async function modelProblem(modelsDir: string, manifest: ModelManifest): Promise<string | null> {
  const missing = installedProblem(modelsDir, manifest);
  if (missing) return missing;
  const files = Object.values(manifest.roles).map((name) => path.join(modelsDir, manifest.name, name));
  for (const f of files.filter((x) => x.endsWith('.onnx'))) {
    const problem = onnxProblem(f);
    if (problem) return `${path.basename(f)}: ${problem}`;
  }
  const job: ProbeJob =
    manifest.kind === 'speaker'
      ? { kind: 'speaker', config: speakerConfig(modelsDir, manifest), files }
      : { kind: 'asr', config: recognizerConfig(modelsDir, manifest), files };
  return probeModel(job);
}

export function accuracyNoteFor(type: ModelType): string {
  switch (type) {
    case 'nemo-transducer':
      return 'Parakeet gives very good text for English speech, with word times. Still check names and numbers.';
    case 'whisper':
      return 'Whisper gives good text for clear English speech. Check names, numbers and dates.';
    case 'moonshine':
      return 'Moonshine gives good text for clear English speech. Check names, numbers and dates.';
    default:
      return 'A sherpa-onnx speech model. Check the text against the recording.';
  }
}
