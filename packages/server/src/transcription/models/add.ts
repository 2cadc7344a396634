import fs from 'node:fs';
import path from 'node:path';
import { extractArchive, isTarArchive } from './archive.js';
import { findCatalogEntry } from './catalog.js';
import { checkModelName, ModelError, type ModelKind, type ModelManifest } from './model-types.js';
import { finishInstall, modelRoot, sha256File, stagingDir } from './store.js';

// `iep models add PATH`: a model already on this disk (a folder, a .tar.bz2 from the sherpa-onnx releases
// downloaded elsewhere, or a single .onnx speaker model). The user's files are copied, never moved or changed.

export interface AddOptions {
  name?: string;
  kind?: ModelKind;
  now?: () => Date;
  signal?: AbortSignal;
}

/** The catalog's name for a release file or folder name, else a safe name made from it. */
function defaultName(source: string): string {
  const base = path.basename(source).replace(/\.(tar\.bz2|tbz2|tbz|tar\.gz|tgz|tar)$/i, '');
  const known = findCatalogEntry(base) ?? findCatalogEntry(path.basename(source));
  if (known) return known.name;
  const cleaned = base
    .replace(/^sherpa-onnx-/, '')
    .replace(/\.onnx$/i, '')
    .replace(/[^A-Za-z0-9._+-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 80);
  return cleaned || 'model';
}

export async function addModel(
  source: string,
  modelsDir: string,
  options: AddOptions = {},
): Promise<ModelManifest> {
  const from = path.resolve(source);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(from);
  } catch {
    throw new ModelError(`There is nothing at ${source}.`);
  }
  const name = checkModelName(options.name ?? defaultName(from));
  const staging = stagingDir(modelsDir);
  try {
    let root = from;
    let move = false;
    let sourceSha256: string | null = null;
    let publisherSha256: string | null = null;
    const known = findCatalogEntry(path.basename(from));
    let kind = options.kind ?? known?.kind;
    if (stat.isFile()) {
      sourceSha256 = await sha256File(from);
      if (known?.sha256) {
        if (known.sha256 !== sourceSha256)
          throw new ModelError(
            `${path.basename(from)} is not the file the publisher released (its checksum differs). Download it again.`,
          );
        publisherSha256 = known.sha256;
      }
      const holder = path.join(staging, 'unpacked');
      fs.mkdirSync(holder, { mode: 0o700 });
      if (isTarArchive(from)) {
        await extractArchive(from, holder, options.signal);
        root = modelRoot(holder);
      } else if (from.toLowerCase().endsWith('.onnx')) {
        // A lone .onnx file is a speaker model unless the caller says otherwise.
        kind ??= 'speaker';
        fs.copyFileSync(from, path.join(holder, path.basename(from)));
        root = holder;
      } else
        throw new ModelError(
          'Give a model folder, a .tar.bz2 file from the sherpa-onnx releases, or a speaker model .onnx file.',
        );
      move = true;
    } else if (stat.isDirectory()) root = modelRoot(from);
    return await finishInstall(modelsDir, staging, {
      root,
      label: path.basename(from),
      name,
      ...(kind ? { kind } : {}),
      source: `file:${from}`,
      publisherSha256,
      sourceSha256,
      installedAt: (options.now?.() ?? new Date()).toISOString(),
      move,
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
