import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { extractArchive, isTarArchive } from './archive.js';
import { findCatalogEntry, type CatalogEntry } from './catalog.js';
import { ModelError, type ModelManifest } from './model-types.js';
import { finishInstall, modelRoot, readManifest, stagingDir } from './store.js';

// `iep models install NAME`: downloads a catalog model from the sherpa-onnx releases, checks it, and installs
// it. These machines often have no internet: then the message says how to bring the file over by hand.

export interface InstallOptions {
  /** Injectable for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** The install time (default: now). */
  now?: () => Date;
  signal?: AbortSignal;
  /** Called with bytes received and the total when the server says it. */
  onProgress?(received: number, total: number | null): void;
}

function offline(entry: CatalogEntry): ModelError {
  const host = new URL(entry.url).host;
  return new ModelError(
    `Could not download ${entry.name}: this machine cannot reach ${host}. Download it on another machine and use \`iep models add PATH\`.`,
  );
}

/** Downloads to `file`, returning its sha256. */
async function download(entry: CatalogEntry, file: string, options: InstallOptions): Promise<string> {
  const fetchImpl = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(entry.url, {
      redirect: 'follow',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw offline(entry);
  }
  if (!response.ok || !response.body)
    throw new ModelError(
      `Could not download ${entry.name}: the download site answered "${response.status} ${response.statusText}". Try again later, or download it on another machine and use \`iep models add PATH\`.`,
    );
  const total = Number(response.headers.get('content-length')) || null;
  const hash = createHash('sha256');
  let received = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      received += chunk.length;
      options.onProgress?.(received, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      count,
      fs.createWriteStream(file, { mode: 0o600 }),
      ...(options.signal ? [{ signal: options.signal }] : []),
    );
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ModelError(
      `Could not download ${entry.name}: the connection broke off. Try again, or download it on another machine and use \`iep models add PATH\`.`,
      { cause: error },
    );
  }
  if (total !== null && received !== total)
    throw new ModelError(`Could not download ${entry.name}: the download was cut short. Try again.`);
  return hash.digest('hex');
}

/** Installs a catalog model by name. Already installed: returns its manifest. */
export async function installModel(
  name: string,
  modelsDir: string,
  options: InstallOptions = {},
): Promise<ModelManifest> {
  const entry = findCatalogEntry(name);
  if (!entry)
    throw new ModelError(
      `There is no model called ${name}. Run \`iep models list\` to see the ones we know.`,
    );
  const existing = readManifest(path.join(modelsDir, entry.name));
  if (existing) return existing;
  const staging = stagingDir(modelsDir);
  try {
    const fileName = entry.url.slice(entry.url.lastIndexOf('/') + 1);
    const file = path.join(staging, fileName);
    const sha256 = await download(entry, file, options);
    if (entry.sha256 && entry.sha256 !== sha256)
      throw new ModelError(
        `The download of ${entry.name} is damaged: its checksum does not match the publisher's. Try again.`,
      );
    let root = staging;
    if (isTarArchive(fileName)) {
      const unpacked = path.join(staging, 'unpacked');
      fs.mkdirSync(unpacked, { mode: 0o700 });
      await extractArchive(file, unpacked, options.signal);
      fs.rmSync(file);
      root = modelRoot(unpacked);
    }
    return await finishInstall(modelsDir, staging, {
      root,
      label: fileName,
      name: entry.name,
      kind: entry.kind,
      source: entry.url,
      publisherSha256: entry.sha256,
      sourceSha256: sha256,
      installedAt: (options.now?.() ?? new Date()).toISOString(),
      move: true,
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
