import type { Config } from '../config.js';
import type { Check } from './check.js';
import { databaseChecks } from './database-checks.js';
import { diskCheck, keyChecks, modeChecks } from './folder-checks.js';
import { ffmpegCheck, speechCheck } from './tool-checks.js';

export type { Check, CheckLevel } from './check.js';

/**
 * `iep doctor`: is everything at rest encrypted and private, is the key backed up, is there room and the tools.
 * It reads only; with `fix`, it also tightens file modes that are too open (what every start does too).
 */
export async function runDoctor(config: Config, options: { fix?: boolean } = {}): Promise<Check[]> {
  return [
    ...(await databaseChecks(config)),
    ...modeChecks(config, options.fix ?? false),
    ...keyChecks(config),
    diskCheck(config.dataDir),
    ffmpegCheck(),
    await speechCheck(config.dataDir),
  ];
}
