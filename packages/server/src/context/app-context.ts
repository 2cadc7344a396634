import type { Config } from '../config.js';
import type { Storage } from '../db/open-storage.js';
import { localBlobStore, type BlobStore } from '../blobs/blob-store.js';
import { sealedFiles, type SealedFiles } from '../blobs/sealed-file.js';
import { runTmpDir } from '../files/private-tmp.js';
import { keyUsers, loadOrCreateKeyFile } from '../keys/key-file.js';
import { OpenCalls } from './open-calls.js';

// What every feature's services share, made once by whoever opens the storage (buildApp, the CLI's storage
// session) and handed down. It is never looked up by storage: two apps on one storage (a restart in the same
// process, a test's second app) each keep their own clock and their own work in flight.

/** A chunk of a part was stored (ingest); live transcription listens. */
export interface ChunkStored {
  recordingId: string;
  partId: string;
  seq: number;
}

/** A warning for the operator: the app's logger in the server, stderr in the CLI. */
export type WarnLog = (message: string, detail?: unknown) => void;

export interface AppContext {
  config: Config;
  storage: Storage;
  /** The clock of everything this app stamps (sessions, recordings, transcripts, jobs); tests pass a fixed one. */
  now: () => Date;
  log: WarnLog;
  blobs: BlobStore;
  blobsDir: string;
  /** Files sealed with the same key and format as the blobs (uploads in progress). */
  sealed: SealedFiles;
  /** This process's private temp folder, the one place a plaintext file may exist for the length of a job. */
  tmpDir: string;
  /** Work started in the background (finalizing parts); `settle()` waits for all of it, so closing can too. */
  track(work: Promise<unknown>): void;
  settle(): Promise<void>;
  /** Told after each stored chunk. A listener returns at once (it never holds up the recorder's upload). */
  chunkListeners: Set<(event: ChunkStored) => void>;
  /** Members' calls in progress, so removing a member cuts theirs off at once (open-calls.ts). */
  openCalls: OpenCalls;
}

export interface AppContextOptions {
  /** The clock; the storage's unless given. */
  now?: () => Date;
  log?: WarnLog;
}

/**
 * The context of one app over an open storage. Throws KeyFileError when the key file is missing next to stored
 * blobs or an encrypted database.
 */
export function createAppContext(
  config: Config,
  storage: Storage,
  options: AppContextOptions = {},
): AppContext {
  const users = keyUsers(config);
  const key = loadOrCreateKeyFile(config.keyFile, users);
  const running = new Set<Promise<unknown>>();
  return {
    config,
    storage,
    now: options.now ?? (() => storage.now()),
    log: options.log ?? (() => undefined),
    blobs: localBlobStore(users.blobsDir, key),
    blobsDir: users.blobsDir,
    sealed: sealedFiles(key),
    tmpDir: runTmpDir(config.dataDir),
    track: (work) => {
      const settled = work.catch(() => undefined).finally(() => running.delete(settled));
      running.add(settled);
    },
    settle: async () => {
      while (running.size > 0) await Promise.all([...running]);
    },
    chunkListeners: new Set(),
    openCalls: new OpenCalls(),
  };
}
