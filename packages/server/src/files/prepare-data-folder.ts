import type { Config } from '../config.js';
import {
  describeMode,
  ensurePrivateDir,
  findOpenModes,
  fixOpenModes,
  usePrivateUmask,
} from './private-modes.js';
import { sweepStaleTmp } from './private-tmp.js';

const LISTED = 5;

function list(paths: string[]): string {
  const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : '';
  return `${paths.slice(0, LISTED).join(', ')}${more}`;
}

/**
 * Run at every start, before anything is written: private umask, the data folder 0700, modes that are too open
 * tightened, temp files of a process that was killed removed. Returns what to tell the operator, once.
 */
export function prepareDataFolder(config: Pick<Config, 'dataDir' | 'keyFile'>): string[] {
  usePrivateUmask();
  const open = findOpenModes(config.dataDir, [config.keyFile]);
  ensurePrivateDir(config.dataDir);
  const failed = fixOpenModes(open);
  const notices: string[] = [];
  const fixed = open.filter((o) => !failed.some((f) => f.path === o.path));
  if (fixed.length > 0)
    notices.push(
      `Made ${fixed.length} files and folders private that other accounts on this computer could read: ` +
        `${list(fixed.map((o) => `${o.path} (was ${describeMode(o.mode)})`))}.`,
    );
  if (failed.length > 0)
    notices.push(
      `Could not make ${failed.length} files or folders private (they may belong to another account): ` +
        `${list(failed.map((f) => f.path))}. Fix their owner and mode (chown, chmod 600 files, 700 folders).`,
    );
  const stale = sweepStaleTmp(config.dataDir);
  if (stale.length > 0)
    notices.push(
      `Removed temporary files left by a run that was stopped (${list(stale)} in the tmp folder).`,
    );
  return notices;
}
