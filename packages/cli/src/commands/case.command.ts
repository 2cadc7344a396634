import fs from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  BackupDamagedError,
  exportCaseFile,
  importCaseFile,
  listCases,
  prepareCaseBackup,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';
import { registerCaseShareCommands } from './case-share.command.js';

export function registerCaseCommand(program: Command, context: CliContext): void {
  const cases = program.command('case').description('Import, export, list, check and share case files.');
  registerCaseShareCommands(cases, context);

  cases
    .command('import')
    .description('Import a case file into the data folder (or DATABASE_URL). Ids in the file are kept.')
    .argument('<file>', 'the case file (JSON, format iep-ready/case@1)')
    .option('--user <email>', 'the account that will own the case (default: the owner account)')
    .option('--json', 'print JSON ({"id": ...})')
    .action(async (file: string, options: { user?: string; json?: boolean }) => {
      const caseFile = await readCaseFile(file);
      const id = await withStorage(context, async ({ storage }) => {
        const owner = await actingUserId(storage, options.user);
        const result = await importCaseFile(storage, owner, caseFile);
        if (!result.ok) {
          throw new CliError(
            'The case file was refused. Nothing was changed.',
            1,
            result.problems.map((p) => `${p.path}: ${p.message}`),
          );
        }
        return result.id;
      });
      if (options.json) printJson({ id });
      else console.log(`Imported the case for ${caseFile.student.name}. Its id is ${id}.`);
    });

  cases
    .command('export')
    .description('Write a case as a case file (JSON).')
    .argument('<id>', 'the case id')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--out <file>', 'write to this file instead of printing')
    .action(async (id: string, options: { user?: string; out?: string }) => {
      const file = await withStorage(context, async ({ storage }) =>
        exportCaseFile(storage, await actingUserId(storage, options.user), id),
      );
      if (!file) throw new CliError(`There is no case with the id ${id}.`);
      const text = `${JSON.stringify(file, null, 2)}\n`;
      if (options.out !== undefined) {
        await writeFile(options.out, text, { flag: 'w' });
        console.error(`Wrote ${options.out}.`);
      } else process.stdout.write(text);
    });

  cases
    .command('backup')
    .description(
      'Write the whole case as a zip: the case file, letters, timeline and recordings (audio NOT encrypted).',
    )
    .argument('<id>', 'the case id')
    .requiredOption('--out <file>', 'the zip file to write')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--force', 'replace the file if it already exists')
    .action(async (id: string, options: { out: string; user?: string; force?: boolean }) => {
      if (!options.force && fs.existsSync(options.out))
        throw new CliError(
          `${options.out} already exists. Pick another name, or add --force to replace it.`,
          2,
        );
      // Written beside the target and renamed at the end: a backup that fails half way leaves no broken zip.
      const partial = `${options.out}.partial`;
      try {
        await withStorage(context, async (ctx) => {
          const { storage } = ctx;
          const owner = await actingUserId(storage, options.user);
          const backup = await prepareCaseBackup(ctx, owner, id);
          if (backup.kind !== 'ok') throw new CliError(`There is no case with the id ${id}.`);
          await backup.value.write(fs.createWriteStream(partial, { flags: 'w', mode: 0o600 }));
        });
        await rename(partial, options.out);
      } catch (error) {
        await rm(partial, { force: true });
        if (error instanceof BackupDamagedError) throw new CliError(error.message);
        throw error;
      }
      console.error(`Wrote ${options.out}. The audio in it is NOT encrypted: keep the file somewhere safe.`);
    });

  cases
    .command('list')
    .description('List the cases of an account.')
    .option('--user <email>', 'the account (default: the owner account)')
    .option('--json', 'print JSON')
    .action(async (options: { user?: string; json?: boolean }) => {
      const list = await withStorage(context, async ({ storage }) =>
        listCases(storage, await actingUserId(storage, options.user)),
      );
      if (options.json) printJson({ cases: list });
      else if (list.length === 0) console.log('No cases yet.');
      else for (const c of list) console.log(`${c.id}  ${c.studentName} (${c.planType}, ${c.district})`);
    });

  cases
    .command('check')
    .description('Check a case file without importing it. Lists every problem with its place in the file.')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const caseFile = await readCaseFile(file);
      if (options.json) printJson({ ok: true, student: caseFile.student.name });
      else
        console.log(
          `The case file is fine: ${caseFile.student.name}, ${caseFile.meetings.length} meeting(s).`,
        );
    });
}
