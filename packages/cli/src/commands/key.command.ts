import type { Command } from 'commander';
import { exportKeyFile, KeyExportError, loadConfig } from '@iep/server';
import { CliError } from '../cli-errors.js';
import type { CliContext } from '../cli-context.js';
import { humanDate, printJson } from '../output.js';

export function registerKeyCommand(program: Command, context: CliContext): void {
  const key = program.command('key').description('The key file that encrypts the database and recordings.');
  key
    .command('export')
    .description(
      'Write a copy of the key file (mode 0600) to keep away from this computer. Without it, a backup of the data folder cannot be opened.',
    )
    .requiredOption('--out <file>', 'where to write the copy (a new file, outside the data folder)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  iep key export --out /media/usb/iep-ready.key')
    .action((options: { out: string; json?: boolean }) => {
      let record;
      try {
        record = exportKeyFile(loadConfig(context.env), options.out, context.clock());
      } catch (error) {
        if (error instanceof KeyExportError) throw new CliError(error.message);
        throw error;
      }
      if (options.json) {
        printJson(record);
        return;
      }
      console.log(`Wrote a copy of the key file to ${record.to} on ${humanDate(record.exportedAt)}.`);
      console.log(
        'Keep it somewhere safe and away from this computer (a USB drive in a drawer, a password manager).',
      );
      console.log('Anyone with this file and a copy of the data folder can read everything in it.');
    });
}
