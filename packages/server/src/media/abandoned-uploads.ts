import fs from 'node:fs';
import path from 'node:path';

// Unfinished tus uploads (a tab closed for good, a phone that never came back) would stay in <dataDir>/uploads
// forever, in plain text. An upload is "touched" when a request for it is handled: the route sets its files'
// modification time from the app's clock, so tests can move time. Only uploads that still have their tus info
// file (<id>.json) are unfinished: a finished one's data file belongs to its import job, which removes it.

/** Marks an upload as used now (its data and info files). Missing files are fine: the upload may be gone. */
export function touchUpload(directory: string, id: string, now: Date): void {
  for (const name of [id, `${id}.json`]) {
    try {
      fs.utimesSync(path.join(directory, name), now, now);
    } catch {
      // Deleted or finished meanwhile: nothing to mark.
    }
  }
}

/** Removes the unfinished uploads not touched for `maxAgeMs`; returns the ids removed. */
export function removeAbandonedUploads(directory: string, now: Date, maxAgeMs: number): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    const info = path.join(directory, name);
    const data = path.join(directory, id);
    const touched = Math.max(mtime(info), mtime(data));
    if (now.getTime() - touched < maxAgeMs) continue;
    fs.rmSync(data, { force: true });
    fs.rmSync(info, { force: true });
    removed.push(id);
  }
  return removed;
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
