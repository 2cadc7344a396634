import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { readKeyFile } from './key-file.js';

// `iep key export`: a copy of the key file for the operator to keep away from this computer (a USB drive, a
// password manager). The copy is what makes a backup of the data folder restorable. When and where it was last
// made is noted beside the key file (with a fingerprint of the key, so a key that changed later is noticed),
// and `iep doctor` reminds the operator until it has been done.

export class KeyExportError extends Error {
  override name = 'KeyExportError';
}

export interface KeyExportRecord {
  exportedAt: string;
  /** Where the copy was written. */
  to: string;
  /** A one-way fingerprint of the key (not the key). */
  fingerprint: string;
}

export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('iep-ready key fingerprint v1\0').update(key).digest('hex').slice(0, 16);
}

function recordFile(keyFile: string): string {
  return `${keyFile}.exported.json`;
}

export function readKeyExportRecord(keyFile: string): KeyExportRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(recordFile(keyFile), 'utf8')) as Partial<KeyExportRecord>;
    if (typeof record.exportedAt !== 'string' || typeof record.fingerprint !== 'string') return null;
    return { exportedAt: record.exportedAt, to: String(record.to ?? ''), fingerprint: record.fingerprint };
  } catch {
    return null;
  }
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Writes a copy of the key file to `out` (mode 0600, never over an existing file) and notes the export. */
export function exportKeyFile(
  config: Pick<Config, 'keyFile' | 'dataDir'>,
  out: string,
  now: Date,
): KeyExportRecord {
  const target = path.resolve(out);
  if (!fs.existsSync(config.keyFile))
    throw new KeyExportError(
      `There is no key file at ${config.keyFile} yet. Start IEP Ready once ("iep serve") to make it, then export it.`,
    );
  if (inside(config.dataDir, target) || path.dirname(target) === path.dirname(config.keyFile))
    throw new KeyExportError(
      `${target} is inside the data folder: a copy there is lost or stolen together with it. ` +
        'Choose a place away from this computer, such as a USB drive.',
    );
  const key = readKeyFile(config.keyFile);
  let fd: number;
  try {
    fd = fs.openSync(target, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new KeyExportError(`${target} already exists. Choose a new file name; nothing was overwritten.`);
    throw new KeyExportError(`Could not write ${target}: ${(error as Error).message}`, { cause: error });
  }
  try {
    fs.writeSync(fd, fs.readFileSync(config.keyFile));
    fs.fchmodSync(fd, 0o600);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const record: KeyExportRecord = {
    exportedAt: now.toISOString(),
    to: target,
    fingerprint: keyFingerprint(key),
  };
  fs.writeFileSync(recordFile(config.keyFile), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  return record;
}
