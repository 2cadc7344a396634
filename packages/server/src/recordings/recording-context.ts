import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Storage } from '../db/open-storage.js';
import { loadOrCreateBlobKey } from '../blobs/blob-key.js';
import { localBlobStore, type BlobStore } from '../blobs/blob-store.js';

// What the recording services share: the database, the blob store, the clock, a private temp folder, and the
// background work in flight (finalizing parts), so closing the app can wait for it instead of cutting it off.

export interface RecordingContext {
  storage: Storage;
  blobs: BlobStore;
  blobsDir: string;
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
 * BlobKeyError when the key file is missing next to stored blobs.
 */
export function recordingContext(
  config: Pick<Config, 'dataDir' | 'keyFile'>,
  storage: Storage,
  now: () => Date = () => storage.now(),
): RecordingContext {
  const found = contexts.get(storage);
  if (found) return found;
  const blobsDir = path.join(config.dataDir, 'blobs');
  const key = loadOrCreateBlobKey(config.keyFile, blobsDir);
  const tmpDir = path.join(config.dataDir, 'tmp', 'recordings');
  fs.mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
  const running = new Set<Promise<unknown>>();
  const context: RecordingContext = {
    storage,
    blobs: localBlobStore(blobsDir, key),
    blobsDir,
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
