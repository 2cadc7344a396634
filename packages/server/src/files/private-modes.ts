import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

// Everything under the data folder is the family's: files 0600 and folders 0700, so another account on the same
// machine can read none of it. New files get it from the umask (set at start) and explicit modes where they are
// made; the start also checks what is already there and tightens what is too open (a folder copied from a
// backup, a database made by an older release), and says so once.

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** From now on, files and folders this process makes are for its own user only. */
export function usePrivateUmask(): void {
  // process.umask() cannot be set from a worker thread; the main thread's setting applies to the whole process.
  if (isMainThread) process.umask(0o077);
}

/** Makes the folder (and its parents) with mode 0700 and tightens it when it already exists. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if ((fs.statSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

export interface OpenMode {
  path: string;
  kind: 'file' | 'folder';
  /** The permission bits found (e.g. 0o644). */
  mode: number;
}

function tooOpen(kind: OpenMode['kind'], mode: number): boolean {
  // Group and others must have nothing; the owner keeps what it has (a model binary may stay executable).
  return kind === 'folder' ? (mode & 0o777) !== PRIVATE_DIR_MODE : (mode & 0o077) !== 0;
}

/**
 * What IEP Ready keeps in the data folder. Only these are walked and tightened: if IEP_DATA_DIR points at a
 * folder that holds other things too (a home folder), those are not IEP Ready's to change.
 */
export function isDataFolderEntry(name: string): boolean {
  return /^iep\.sqlite/.test(name) || ['keys', 'blobs', 'uploads', 'tmp', 'models'].includes(name);
}

/**
 * The data folder itself, everything inside IEP Ready's entries of it (symbolic links not followed) and the extra
 * files (the key file when it lives elsewhere) that someone other than the owner could read.
 */
export function findOpenModes(root: string, extraFiles: readonly string[] = []): OpenMode[] {
  const found: OpenMode[] = [];
  const visit = (file: string, walk: (name: string) => boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      return; // gone in the meantime (a temp file finished)
    }
    const kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : null;
    if (kind === null) return; // links, sockets, pipes: their own rules
    if (tooOpen(kind, stat.mode)) found.push({ path: file, kind, mode: stat.mode & 0o777 });
    if (kind !== 'folder') return;
    let names: string[];
    try {
      names = fs.readdirSync(file);
    } catch {
      return;
    }
    for (const name of names) if (walk(name)) visit(path.join(file, name), () => true);
  };
  if (fs.existsSync(root)) visit(root, isDataFolderEntry);
  const covered = (file: string) => {
    const relative = path.relative(root, file);
    return !relative.startsWith('..') && isDataFolderEntry(relative.split(path.sep)[0] ?? '');
  };
  for (const file of extraFiles) if (!covered(file)) visit(file, () => false);
  return found;
}

/** Sets 0600 / 0700 on what `findOpenModes` found; returns what could not be changed (not ours), with why. */
export function fixOpenModes(found: readonly OpenMode[]): { path: string; error: string }[] {
  const failed: { path: string; error: string }[] = [];
  for (const entry of found) {
    try {
      fs.chmodSync(entry.path, entry.kind === 'folder' ? PRIVATE_DIR_MODE : entry.mode & 0o700);
    } catch (error) {
      failed.push({ path: entry.path, error: (error as Error).message });
    }
  }
  return failed;
}

export function describeMode(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}
