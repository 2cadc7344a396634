import fs from 'node:fs';
import { onnxProblem } from '../onnx-check.js';
import { pocketsphinxStatus } from '../pocketsphinx.js';
import { sileroModelPath } from '../vad.js';
import { MODEL_CATALOG, type CatalogEntry } from './catalog.js';
import type { ModelManifest } from './model-types.js';
import { installedProblem, readInstalled } from './store.js';

// `iep models list`: what is installed (and whether its files are still whole), what can be installed, the voice
// detector that ships with the app, and whether the pocketsphinx fallback is there.

export interface ModelListing {
  installed: (ModelManifest & { problem: string | null })[];
  /** Folders without a manifest: an install that did not finish (safe to delete). */
  incomplete: string[];
  catalog: (CatalogEntry & { installed: boolean })[];
  vad: { name: string; path: string; ready: boolean; problem: string | null };
  pocketsphinx: { available: boolean; reason: string | null };
}

export function listModels(modelsDir: string, env: NodeJS.ProcessEnv = process.env): ModelListing {
  const { manifests, incomplete } = readInstalled(modelsDir);
  const names = new Set(manifests.map((m) => m.name));
  let vadPath = '';
  let vadProblem: string | null;
  try {
    vadPath = sileroModelPath();
    vadProblem = fs.existsSync(vadPath) ? onnxProblem(vadPath) : 'the file is missing';
  } catch (error) {
    vadProblem = (error as Error).message;
  }
  const sphinx = pocketsphinxStatus(env);
  return {
    installed: manifests.map((m) => ({ ...m, problem: installedProblem(modelsDir, m) })),
    incomplete,
    catalog: MODEL_CATALOG.map((entry) => ({ ...entry, installed: names.has(entry.name) })),
    vad: { name: 'Silero VAD v5 (built in)', path: vadPath, ready: vadProblem === null, problem: vadProblem },
    pocketsphinx: { available: sphinx.available, reason: sphinx.reason },
  };
}
