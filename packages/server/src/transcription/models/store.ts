import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { onnxProblem } from '../onnx-check.js';
import { detectModel, NOT_A_MODEL } from './detect.js';
import {
  checkModelName,
  ModelError,
  type ModelKind,
  type ModelManifest,
  type ModelFileRecord,
} from './model-types.js';

// The models folder: one folder per model with its files and manifest.json. Installs are staged in a private
// folder inside the models folder and renamed into place at the end, so a half-done install never looks ready.

export const MANIFEST = 'manifest.json';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** A private (0700) staging folder inside the models folder (same disk, so the final rename is atomic). */
export function stagingDir(modelsDir: string): string {
  fs.mkdirSync(modelsDir, { recursive: true });
  const dir = fs.mkdtempSync(path.join(modelsDir, '.incoming-'));
  fs.chmodSync(dir, 0o700);
  return dir;
}

export function readManifest(dir: string): ModelManifest | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as ModelManifest;
    return typeof parsed.name === 'string' && Array.isArray(parsed.files) ? parsed : null;
  } catch {
    return null;
  }
}

/** Installed models (complete ones) and the names of folders that are not (an install that stopped). */
export function readInstalled(modelsDir: string): { manifests: ModelManifest[]; incomplete: string[] } {
  const manifests: ModelManifest[] = [];
  const incomplete: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(modelsDir, { withFileTypes: true });
  } catch {
    return { manifests, incomplete };
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const manifest = readManifest(path.join(modelsDir, entry.name));
    if (manifest) manifests.push({ ...manifest, name: entry.name });
    else incomplete.push(entry.name);
  }
  manifests.sort((a, b) => a.name.localeCompare(b.name));
  return { manifests, incomplete };
}

/** What is wrong with an installed model's files (missing, changed size), or null. Cheap: no hashing. */
export function installedProblem(modelsDir: string, manifest: ModelManifest): string | null {
  for (const file of manifest.files) {
    try {
      if (fs.statSync(path.join(modelsDir, manifest.name, file.path)).size !== file.bytes)
        return `${file.path} has changed since it was installed`;
    } catch {
      return `${file.path} is missing`;
    }
  }
  return null;
}

/** The folder that holds the model files: the folder itself, or its only subfolder (archives have one). */
export function modelRoot(dir: string): string {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  const only = entries[0];
  if (entries.length === 1 && only?.isDirectory()) return path.join(dir, only.name);
  return dir;
}

export interface FinishInstall {
  /** Folder holding the model files (read only; the needed files are copied or moved out of it). */
  root: string;
  /** The folder or archive name, to tell model types apart. */
  label: string;
  name: string;
  kind?: ModelKind;
  source: string;
  publisherSha256: string | null;
  sourceSha256: string | null;
  installedAt: string;
  /** Move the files (they are in our staging folder) instead of copying them (they are the user's). */
  move: boolean;
}

/** Detects, checks and hashes the model files, and puts the model in `<modelsDir>/<name>` with its manifest. */
export async function finishInstall(
  modelsDir: string,
  staging: string,
  job: FinishInstall,
): Promise<ModelManifest> {
  const name = checkModelName(job.name);
  const target = path.join(modelsDir, name);
  if (readManifest(target))
    throw new ModelError(`A model named ${name} is already installed. Choose another name with --name.`);
  // A folder without a manifest is an install that stopped half-way: replaced.
  fs.rmSync(target, { recursive: true, force: true });
  const files = fs
    .readdirSync(job.root, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
  const detected = detectModel(files, job.label, job.kind);
  if (!detected) throw new ModelError(NOT_A_MODEL);
  const out = path.join(staging, 'model');
  fs.mkdirSync(out, { mode: 0o700 });
  const wanted = new Set(Object.values(detected.roles));
  // Keep the licence and readme with the weights.
  for (const f of files) if (/^(license|readme)/i.test(f)) wanted.add(f);
  const records: ModelFileRecord[] = [];
  for (const file of [...wanted].sort()) {
    const from = path.join(job.root, file);
    const to = path.join(out, file);
    if (job.move) fs.renameSync(from, to);
    else fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
    if (file.endsWith('.onnx')) {
      const problem = onnxProblem(to);
      if (problem)
        throw new ModelError(`The model file ${file} cannot be used: ${problem}. Get a fresh copy.`);
    }
    records.push({ path: file, bytes: fs.statSync(to).size, sha256: await sha256File(to) });
  }
  const manifest: ModelManifest = {
    name,
    kind: detected.kind,
    engine: 'sherpa-onnx',
    type: detected.type,
    roles: detected.roles,
    files: records,
    source: job.source,
    publisherSha256: job.publisherSha256,
    sourceSha256: job.sourceSha256,
    installedAt: job.installedAt,
  };
  // The manifest is written last: its presence means the files are complete.
  fs.writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.chmodSync(out, 0o755);
  fs.renameSync(out, target);
  return manifest;
}
