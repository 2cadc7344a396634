import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractArchive, isTarArchive } from './archive.js';
import {
  downloadFileName,
  downloadUrl,
  findCatalogEntry,
  MODEL_CATALOG,
  type CatalogEntry,
} from './catalog.js';
import { DownloadInterruptedError, fetchResumable, type FetchResumableOptions } from './fetch-resumable.js';
import { ModelError, type ModelManifest } from './model-types.js';
import { finishInstall, modelRoot, readManifest, sha256File, stagingDir } from './store.js';

// Downloads a catalog model (resumable), checks its SHA-256 against the catalog's, unpacks and installs it for
// every case. `iep models install` and the app's download (download-service.ts) both run this. The partial file
// waits in <models>/.download (0700, same disk as the models): a broken connection is tried again from where it
// stopped, also after a restart; a damaged file, a full disk or a cancel removes it.
//
// Messages are plain sentences without commands: the web app shows them. The CLI adds its own hints.

export type InstallStage = 'checking' | 'downloading' | 'verifying' | 'installing';

export interface InstallOptions extends FetchResumableOptions {
  /** The install time (default: now). */
  now?: () => Date;
  /** Where the release files are (default: the publisher's; IEP_MODEL_DOWNLOAD_URL). */
  baseUrl?: string;
  /** The catalog to read (tests hand in one with a checksum of their fake archive). */
  catalog?: readonly CatalogEntry[];
  /** Tries after a broken connection before giving up (default 3), and the wait between them. */
  retries?: number;
  retryDelayMs?: number;
  onStage?(stage: InstallStage): void;
  /** Called once the download is whole and hashed, before it is unpacked. */
  onChecksum?(sha256: string, matchedPublisher: boolean): void;
}

export const DOWNLOAD_DIR = '.download';

/** Where a model's partial download waits (made 0700 on first use). */
export function partialPath(modelsDir: string, entry: CatalogEntry): string {
  const dir = path.join(modelsDir, DOWNLOAD_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  return path.join(dir, `${downloadFileName(entry)}.part`);
}

export function catalogEntryOrError(name: string, catalog: readonly CatalogEntry[]): CatalogEntry {
  const entry = findCatalogEntry(name, catalog);
  if (!entry) throw new ModelError(`There is no model called ${name}.`);
  return entry;
}

async function downloadWithRetries(url: string, file: string, options: InstallOptions): Promise<void> {
  const tries = (options.retries ?? 3) + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchResumable(url, file, options);
      return;
    } catch (error) {
      if (!(error instanceof DownloadInterruptedError) || attempt >= tries) throw error;
      await sleep(options.retryDelayMs ?? 2000, undefined, options.signal ? { signal: options.signal } : {});
    }
  }
}

/** Installs a catalog model by name. Already installed: returns its manifest. */
export async function installModel(
  name: string,
  modelsDir: string,
  options: InstallOptions = {},
): Promise<ModelManifest> {
  const entry = catalogEntryOrError(name, options.catalog ?? MODEL_CATALOG);
  const existing = readManifest(path.join(modelsDir, entry.name));
  if (existing) return existing;
  options.onStage?.('checking');
  const file = partialPath(modelsDir, entry);
  let keepPartial = false;
  try {
    options.onStage?.('downloading');
    await downloadWithRetries(downloadUrl(entry, options.baseUrl), file, options);
    options.onStage?.('verifying');
    const sha256 = await sha256File(file);
    if (entry.sha256 && entry.sha256 !== sha256)
      throw new ModelError(
        `The download of ${entry.label} is damaged: its checksum does not match the publisher's. Nothing was installed. Try again.`,
      );
    options.onChecksum?.(sha256, entry.sha256 !== null);
    options.onStage?.('installing');
    return await installFile(entry, file, sha256, modelsDir, options);
  } catch (error) {
    // A broken connection or a stop for a restart: the next try goes on from the partial file.
    keepPartial = error instanceof DownloadInterruptedError || (error as Error).name === 'AbortError';
    throw error;
  } finally {
    if (!keepPartial) fs.rmSync(file, { force: true });
    removeIfEmpty(path.dirname(file));
  }
}

/** The download folder goes when nothing waits in it (the app's state file keeps it while it has one). */
function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty, or already gone.
  }
}

async function installFile(
  entry: CatalogEntry,
  file: string,
  sha256: string,
  modelsDir: string,
  options: InstallOptions,
): Promise<ModelManifest> {
  const fileName = downloadFileName(entry);
  const staging = stagingDir(modelsDir);
  try {
    let root = staging;
    if (isTarArchive(fileName)) {
      const unpacked = path.join(staging, 'unpacked');
      fs.mkdirSync(unpacked, { mode: 0o700 });
      await extractArchive(file, unpacked, options.signal, fileName);
      root = modelRoot(unpacked);
    } else fs.copyFileSync(file, path.join(staging, fileName));
    return await finishInstall(modelsDir, staging, {
      root,
      label: fileName,
      name: entry.name,
      kind: entry.kind,
      source: downloadUrl(entry, options.baseUrl),
      publisherSha256: entry.sha256,
      sourceSha256: sha256,
      installedAt: (options.now?.() ?? new Date()).toISOString(),
      move: true,
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
