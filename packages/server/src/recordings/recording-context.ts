import type { Config } from '../config.js';
import type { Storage } from '../db/open-storage.js';
import { localBlobStore, type BlobStore } from '../blobs/blob-store.js';
import { sealedFiles, type SealedFiles } from '../blobs/sealed-file.js';
import { runTmpDir } from '../files/private-tmp.js';
import { keyUsers, loadOrCreateKeyFile } from '../keys/key-file.js';

// What the recording services share: the database, the blob store, the clock, the private temp folder, and the
// background work in flight (finalizing parts), so closing the app can wait for it instead of cutting it off.

export interface RecordingContext {
  storage: Storage;
  blobs: BlobStore;
  blobsDir: string;
  /** Files sealed with the same key and format as the blobs (uploads in progress). */
  sealed: SealedFiles;
  now: () => Date;
  tmpDir: string;
  /** Work started in the background; `settle()` waits for all of it. */
  track(work: Promise<unknown>): void;
  settle(): Promise<void>;
}

const contexts = new WeakMap<Storage, RecordingContext>();

/**
 * The context of one open storage, made once: the app, the tests and the CLI on the same storage share the
 * blob store and the work in flight. The clock is the storage's unless one is given (the first caller's wins). Throws
 * KeyFileError when the key file is missing next to stored blobs or an encrypted database.
 */
export function recordingContext(
  config: Pick<Config, 'dataDir' | 'keyFile' | 'database'>,
  storage: Storage,
  now: () => Date = () => storage.now(),
): RecordingContext {
  const found = contexts.get(storage);
  if (found) return found;
  const users = keyUsers(config);
  const blobsDir = users.blobsDir;
  const key = loadOrCreateKeyFile(config.keyFile, users);
  const tmpDir = runTmpDir(config.dataDir);
  const running = new Set<Promise<unknown>>();
  const context: RecordingContext = {
    storage,
    blobs: localBlobStore(blobsDir, key),
    blobsDir,
    sealed: sealedFiles(key),
    now,
    tmpDir,
    track: (work) => {
      const settled = work.catch(() => undefined).finally(() => running.delete(settled));
      running.add(settled);
    },
    settle: async () => {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
  contexts.set(storage, context);
  return context;
}
