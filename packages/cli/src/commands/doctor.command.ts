import type { Command } from 'commander';
import { loadConfig, runDoctor, type CheckLevel } from '@iep/server';
import type { CliContext } from '../cli-context.js';
import { printJson } from '../output.js';

const LABEL: Record<CheckLevel, string> = { ok: 'OK', warning: 'Warning', problem: 'Problem' };

export function registerDoctorCommand(program: Command, context: CliContext): void {
  program
    .command('doctor')
    .description(
      'Check that everything at rest is encrypted and private, the key file is backed up, and there is room and the tools.',
    )
    .option('--fix', 'also make files and folders in the data folder private (0600 / 0700)')
    .option('--json', 'print JSON')
    .action(async (options: { fix?: boolean; json?: boolean }) => {
      const config = loadConfig(context.env);
      const checks = await runDoctor(config, { fix: options.fix ?? false });
      const problems = checks.filter((c) => c.level === 'problem').length;
      const warnings = checks.filter((c) => c.level === 'warning').length;
      // A problem is something to fix now: the exit code says so to scripts and monitoring.
      if (problems > 0) process.exitCode = 1;
      if (options.json) {
        printJson({ dataDir: config.dataDir, ok: problems === 0, checks });
        return;
      }
      console.log(`Checking IEP Ready's data folder ${config.dataDir}`);
      for (const check of checks)
        console.log(`${LABEL[check.level].padEnd(8)} ${check.topic}: ${check.message}`);
      const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      console.log(
        problems === 0 && warnings === 0
          ? 'Everything looks right.'
          : `${count(problems, 'problem')} and ${count(warnings, 'warning')}: see the lines above.`,
      );
    });
}
