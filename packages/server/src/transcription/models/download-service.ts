import fs from 'node:fs';
import { MODEL_DOWNLOAD_STATES, type ModelDownload, type ModelDownloadState } from '@iep/core/contract';
import path from 'node:path';
import { MODEL_CATALOG, type CatalogEntry } from './catalog.js';
import {
  catalogEntryOrError,
  DOWNLOAD_DIR,
  installModel,
  partialPath,
  type InstallOptions,
  type InstallStage,
} from './install.js';
import { ModelError } from './model-types.js';
import { readManifest } from './store.js';

// The app's model download: one at a time for the whole install, run in this process, its state kept in
// <models>/.download/state.json so a restart goes on with it (the partial file is resumed with HTTP Range).
// Progress is kept in memory and read by polling; the file changes only when the state does.

export const DOWNLOAD_STATES = MODEL_DOWNLOAD_STATES;
export type DownloadState = ModelDownloadState;
/** The wire shape (see the contract for what each field means). */
export type DownloadStatus = ModelDownload;

export type ModelDownloadsOptions = Pick<
  InstallOptions,
  'fetch' | 'createWriteStream' | 'retries' | 'retryDelayMs' | 'baseUrl'
> & {
  modelsDir: string;
  now?: () => Date;
  catalog?: readonly CatalogEntry[];
  /** Where failures' causes go (the user sees the plain reason). */
  log?: (message: string, detail?: unknown) => void;
};

const ACTIVE: readonly DownloadState[] = ['checking', 'downloading', 'verifying', 'installing'];
const IDLE: DownloadStatus = {
  name: null,
  state: 'idle',
  bytesDone: 0,
  bytesTotal: null,
  bytesPerSecond: null,
  error: null,
  sha256: null,
  checksumMatched: false,
  startedAt: null,
  finishedAt: null,
};
const UNEXPECTED = 'The model could not be installed because of an unexpected problem. Try again.';

export const isActive = (state: DownloadState) => ACTIVE.includes(state);

export class ModelDownloads {
  private status: DownloadStatus;
  private run: {
    controller: AbortController;
    stop: 'cancel' | 'shutdown' | null;
    done: Promise<void>;
  } | null = null;
  private readonly stateFile: string;
  private readonly catalog: readonly CatalogEntry[];

  constructor(private readonly options: ModelDownloadsOptions) {
    this.stateFile = path.join(options.modelsDir, DOWNLOAD_DIR, 'state.json');
    this.catalog = options.catalog ?? MODEL_CATALOG;
    this.status = this.readState();
  }

  /** What the download is doing now. */
  current(): DownloadStatus {
    return { ...this.status };
  }

  /** Starts (or joins) the download of a catalog model. Already installed: says so with its checksum. */
  start(name: string): DownloadStatus {
    const entry = catalogEntryOrError(name, this.catalog);
    if (this.run) {
      if (this.status.name === entry.name) return this.current();
      throw new ModelError('Another model is being downloaded. Wait for it to finish, or stop it first.');
    }
    const manifest = readManifest(path.join(this.options.modelsDir, entry.name));
    if (manifest) {
      this.setState({
        ...IDLE,
        name: entry.name,
        state: 'installed',
        sha256: manifest.sourceSha256,
        checksumMatched: manifest.publisherSha256 !== null,
        finishedAt: manifest.installedAt,
      });
      return this.current();
    }
    const now = this.now().toISOString();
    this.setState({ ...IDLE, name: entry.name, state: 'checking', startedAt: now });
    this.launch(entry);
    return this.current();
  }

  /** Stops the download and removes its partial file; a failed one is cleared. */
  async cancel(): Promise<DownloadStatus> {
    const run = this.run;
    if (run) {
      run.stop = 'cancel';
      run.controller.abort();
      await run.done;
    } else if (this.status.state === 'failed' || isActive(this.status.state)) {
      this.removePartial(this.status.name);
      this.setState({ ...IDLE });
    }
    return this.current();
  }

  /** After a restart: goes on with a download that was running. */
  resumePending(): void {
    if (this.run || !isActive(this.status.state) || !this.status.name) return;
    const entry = this.catalog.find((e) => e.name === this.status.name);
    if (!entry) {
      this.setState({ ...IDLE });
      return;
    }
    this.launch(entry);
  }

  /** Stops for a shutdown, keeping the partial file and the state, so the next start resumes. */
  async close(): Promise<void> {
    const run = this.run;
    if (!run) return;
    run.stop = 'shutdown';
    run.controller.abort();
    await run.done;
  }

  /** Resolves when the download in progress (if any) has ended. For tests and the CLI. */
  async settled(): Promise<DownloadStatus> {
    await this.run?.done;
    return this.current();
  }

  private launch(entry: CatalogEntry): void {
    const controller = new AbortController();
    const run = { controller, stop: null as 'cancel' | 'shutdown' | null, done: Promise.resolve() };
    this.run = run;
    run.done = this.work(entry, controller.signal, () => run.stop).finally(() => {
      if (this.run === run) this.run = null;
    });
  }

  private async work(
    entry: CatalogEntry,
    signal: AbortSignal,
    stop: () => 'cancel' | 'shutdown' | null,
  ): Promise<void> {
    let speedFrom: { at: number; bytes: number } | null = null;
    try {
      const manifest = await installModel(entry.name, this.options.modelsDir, {
        ...this.options,
        catalog: this.catalog,
        signal,
        ...(this.options.now ? { now: this.options.now } : {}),
        onStage: (stage: InstallStage) =>
          this.setState({ ...this.status, state: stage, bytesPerSecond: null }),
        onProgress: (done, total) => {
          const at = Date.now();
          speedFrom ??= { at, bytes: done };
          const seconds = (at - speedFrom.at) / 1000;
          this.status = {
            ...this.status,
            bytesDone: done,
            bytesTotal: total,
            bytesPerSecond: seconds >= 0.5 ? Math.round((done - speedFrom.bytes) / seconds) : null,
          };
        },
        onChecksum: (sha256, matched) =>
          this.setState({ ...this.status, sha256, checksumMatched: matched, bytesPerSecond: null }),
      });
      this.setState({
        ...this.status,
        state: 'installed',
        bytesPerSecond: null,
        sha256: manifest.sourceSha256,
        checksumMatched: manifest.publisherSha256 !== null,
        finishedAt: this.now().toISOString(),
      });
    } catch (error) {
      const why = stop();
      if (why === 'shutdown') return;
      if (why === 'cancel' || signal.aborted) {
        this.removePartial(entry.name);
        this.setState({ ...IDLE });
        return;
      }
      if (!(error instanceof ModelError)) this.options.log?.('model download failed', error);
      this.setState({
        ...this.status,
        state: 'failed',
        bytesPerSecond: null,
        error: error instanceof ModelError ? error.message : UNEXPECTED,
        finishedAt: this.now().toISOString(),
      });
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private removePartial(name: string | null): void {
    const entry = name ? this.catalog.find((e) => e.name === name) : undefined;
    if (entry) fs.rmSync(partialPath(this.options.modelsDir, entry), { force: true });
  }

  private readState(): DownloadStatus {
    try {
      const saved = JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as Partial<DownloadStatus>;
      if (!saved.state || !DOWNLOAD_STATES.includes(saved.state)) return { ...IDLE };
      return { ...IDLE, ...saved, bytesPerSecond: null };
    } catch {
      return { ...IDLE };
    }
  }

  private setState(next: DownloadStatus): void {
    this.status = next;
    const temp = `${this.stateFile}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.stateFile), { recursive: true, mode: 0o700 });
      fs.writeFileSync(temp, `${JSON.stringify(next)}\n`, { mode: 0o600 });
      fs.renameSync(temp, this.stateFile);
    } catch (error) {
      // A full disk: the state still shows from memory; only a restart would forget it.
      fs.rmSync(temp, { force: true });
      this.options.log?.('could not save the model download state', error);
    }
  }
}
