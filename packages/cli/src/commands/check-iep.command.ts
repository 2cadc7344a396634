import fs from 'node:fs';
import type { Command } from 'commander';
import { compareIep, formatClock, type IepFinding } from '@iep/core';
import { DocumentRefused, readFilePages, settledOfMeeting } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';

// `iep check-iep FILE --case ID --meeting ID`: an IEP or amendment (PDF, Word, photo, text) against what a meeting
// of a stored case settled: what is missing, what differs, what is new. The file is read, not stored.

function printFinding(f: IepFinding): void {
  console.log(`- ${f.sentence}`);
  if (f.document) console.log(`    The document, page ${f.document.page}: "${f.document.quote}"`);
  if (f.settled?.moment)
    console.log(`    In the recording at ${formatClock(f.settled.moment.atMs / 1000)}: "${f.settled.words}"`);
}

export function registerCheckIepCommand(program: Command, context: CliContext): void {
  program
    .command('check-iep')
    .description('Compare an IEP or amendment with what a meeting settled: missing, different and new.')
    .argument('<file>', 'the IEP: a PDF (with or without a text layer), Word file, photo or text file')
    .requiredOption('--case <id>', 'the case id')
    .requiredOption('--meeting <id>', 'the meeting id (in the case)')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--json', 'print {"missing":[],"differs":[],"new":[]} with the quotes and moments')
    .action(
      async (file: string, options: { case: string; meeting: string; user?: string; json?: boolean }) => {
        if (!fs.existsSync(file)) throw new CliError(`There is no file at ${file}.`, 2);
        const comparison = await withStorage(context, async (ctx) => {
          const meeting = await settledOfMeeting(
            ctx.storage,
            await actingUserId(ctx.storage, options.user),
            options.case,
            options.meeting,
          );
          if (meeting.kind !== 'ok') {
            const why = 'message' in meeting ? meeting.message : undefined;
            throw new CliError(why ?? `There is no case with the id ${options.case}.`);
          }
          try {
            return compareIep(meeting.value.settled, await readFilePages(file));
          } catch (error) {
            if (error instanceof DocumentRefused) throw new CliError(error.message);
            throw error;
          }
        });
        if (options.json) {
          printJson(comparison);
          return;
        }
        if (comparison.settledCount === 0)
          console.log('Nothing from this meeting is confirmed yet, and the case has no services to check.');
        const lists: [string, IepFinding[]][] = [
          ['We could not find', comparison.missing],
          ['Different from the meeting', comparison.differs],
          ['New, not from the meeting', comparison.new],
        ];
        for (const [title, list] of lists) {
          console.log(`${title}: ${list.length === 0 ? 'nothing' : ''}`);
          list.forEach(printFinding);
        }
      },
    );
}
