import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { describeMode, findOpenModes, fixOpenModes } from '../files/private-modes.js';
import { keyFingerprint, readKeyExportRecord } from '../keys/key-export.js';
import { encryptedWithTheKey, KeyFileError, keyUsers, readKeyFile } from '../keys/key-file.js';
import { ok, problem, warning, type Check } from './check.js';

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const LISTED = 5;

/** Files and folders under the data folder that other accounts could read; `fix` tightens them first. */
export function modeChecks(config: Pick<Config, 'dataDir' | 'keyFile'>, fix: boolean): Check[] {
  const topic = 'File modes';
  let open = findOpenModes(config.dataDir, [config.keyFile]);
  const fixed = fix ? open.length : 0;
  if (fix) {
    fixOpenModes(open);
    open = findOpenModes(config.dataDir, [config.keyFile]);
  }
  if (open.length === 0)
    return [
      ok(
        topic,
        `Everything in the data folder ${config.dataDir} is private to this account (files 0600, folders 0700)` +
          `${fixed > 0 ? `; ${fixed} were tightened just now` : ''}.`,
      ),
    ];
  const list = open
    .slice(0, LISTED)
    .map((o) => `${o.path} (${o.kind} ${describeMode(o.mode)})`)
    .join(', ');
  const more = open.length > LISTED ? ` and ${open.length - LISTED} more` : '';
  return [
    problem(
      topic,
      `Other accounts on this computer can read ${open.length} ${open.length === 1 ? 'entry' : 'entries'} in the ` +
        `data folder: ${list}${more}. ` +
        (fix
          ? 'They could not be changed: check who owns them (chown).'
          : 'Run "iep doctor --fix", or start IEP Ready, to make them private.'),
    ),
  ];
}

/** The key file: there, valid, readable only by this account; and whether a copy was exported. */
export function keyChecks(config: Pick<Config, 'dataDir' | 'keyFile' | 'database'>): Check[] {
  const topic = 'Key file';
  const file = config.keyFile;
  if (!fs.existsSync(file)) {
    const locked = encryptedWithTheKey(keyUsers(config));
    return [
      locked.length > 0
        ? problem(
            topic,
            `The key file ${file} is missing, but ${locked.join(' and ')}: they cannot be opened without it. ` +
              'Restore it from your copy (made with "iep key export"), or set IEP_KEY_FILE to where it is.',
          )
        : warning(topic, `There is no key file at ${file} yet. It is made at the first start.`),
    ];
  }
  const checks: Check[] = [];
  let key: Buffer | null = null;
  try {
    key = readKeyFile(file);
  } catch (error) {
    checks.push(
      problem(topic, error instanceof KeyFileError ? error.message : `Cannot read ${file}: ${String(error)}`),
    );
  }
  const stat = fs.statSync(file);
  const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if ((stat.mode & 0o077) !== 0 || !mine)
    checks.push(
      problem(
        topic,
        `The key file ${file} ${mine ? `has mode ${describeMode(stat.mode & 0o777)}: other accounts can read it` : 'belongs to another account'}. ` +
          'Make it readable by the account that runs IEP Ready only (chmod 600).',
      ),
    );
  else if (key) checks.push(ok(topic, `The key file ${file} is there and only this account can read it.`));
  if (key) checks.push(backupCheck(file, key));
  return checks;
}

function backupCheck(keyFile: string, key: Buffer): Check {
  const topic = 'Key backup';
  const record = readKeyExportRecord(keyFile);
  const how =
    'Run "iep key export --out FILE" with FILE on a USB drive (or put the copy in a password manager) and keep ' +
    'it away from this computer: without the key, a backup of the data folder cannot be opened.';
  if (!record) return warning(topic, `The key file has never been exported. ${how}`);
  const when = record.exportedAt.slice(0, 10);
  if (record.fingerprint !== keyFingerprint(key))
    return warning(topic, `The key file changed after it was last exported (${when}). ${how}`);
  return ok(topic, `The key file was last exported on ${when}${record.to ? ` to ${record.to}` : ''}.`);
}

/** Free space where recordings are written: a 3-hour meeting takes about 100-200 MB. */
export function diskCheck(dataDir: string): Check {
  const topic = 'Disk space';
  let folder = dataDir;
  while (!fs.existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  const stats = fs.statfsSync(folder);
  const free = stats.bavail * stats.bsize;
  const amount = free >= GB ? `${(free / GB).toFixed(1)} GB` : `${Math.floor(free / MB)} MB`;
  if (free < 300 * MB)
    return problem(
      topic,
      `Only ${amount} is free for the data folder: a meeting recording may not fit (a 3-hour meeting takes about 100-200 MB). Free up space now.`,
    );
  if (free < 2 * GB)
    return warning(
      topic,
      `${amount} is free for the data folder, enough for only a few long meetings (about 100-200 MB for 3 hours). Free up space soon.`,
    );
  return ok(topic, `${amount} is free for the data folder (a 3-hour meeting takes about 100-200 MB).`);
}
