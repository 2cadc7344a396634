import fs from 'node:fs';
import path from 'node:path';
import { INFO_FILE, UPLOAD_ID } from './encrypted-upload-store.js';

// Unfinished tus uploads (a tab closed for good, a phone that never came back) would stay in <dataDir>/uploads
// forever. An upload is "touched" when a request for it is handled: the route sets the modification time of its
// folder and info file from the app's clock, so tests can move time. A finished upload's folder is removed as
// soon as its audio is stored, so every folder here is an unfinished upload.
//
// Releases before uploads were encrypted kept them as plain files here (<id> and <id>.json, tus's file store).
// Those are removed at once: a finished one's audio is already stored encrypted (its job reads that copy), and an
// unfinished one starts again from the phone or computer that still has the file.

/** Marks an upload as used now. A missing upload is fine: it may be gone. */
export function touchUpload(directory: string, id: string, now: Date): void {
  if (!UPLOAD_ID.test(id)) return;
  for (const file of [path.join(directory, id, INFO_FILE), path.join(directory, id)]) {
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // Deleted or finished meanwhile: nothing to mark.
    }
  }
}

export interface UploadSweep {
  /** Unfinished uploads not touched for the time allowed. */
  abandoned: string[];
  /** Plain files of a release before uploads were encrypted. */
  plaintext: string[];
}

/** Removes the unfinished uploads not touched for `maxAgeMs`, and any plain file left by an older release. */
export function sweepUploads(directory: string, now: Date, maxAgeMs: number): UploadSweep {
  const swept: UploadSweep = { abandoned: [], plaintext: [] };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return swept;
  }
  for (const entry of entries) {
    const where = path.join(directory, entry.name);
    if (!entry.isDirectory()) {
      fs.rmSync(where, { force: true });
      swept.plaintext.push(entry.name);
      continue;
    }
    const touched = Math.max(mtime(where), mtime(path.join(where, INFO_FILE)));
    if (now.getTime() - touched < maxAgeMs) continue;
    fs.rmSync(where, { recursive: true, force: true });
    swept.abandoned.push(entry.name);
  }
  return swept;
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
