import type { Command } from 'commander';
import { basisWords, plainDate } from '@iep/core';
import { answersOfCase } from '@iep/server';
import { CliError } from '../cli-errors.js';
import type { CliContext } from '../cli-context.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import { DEFAULT_TIME_ZONE, parseNow } from '../time-input.js';

const STATE_WORDS = { late: 'LATE', waiting: 'waiting', answered: 'answered' } as const;

/** `iep answers`: what the school owes on a stored case (the same list as GET /api/cases/:id/answers). */
export function registerAnswersCommand(program: Command, context: CliContext): void {
  program
    .command('answers')
    .description('List what the school owes on a case: waiting, answered or late, with the next step.')
    .requiredOption('--case <id>', 'the case id')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--now <time>', 'as if it were this moment (default: now)')
    .option('--json', 'print JSON (the same as the API: today, items, counts)')
    .addHelpText('after', '\nExample:\n  iep answers --case CASE_ID --json')
    .action(async (options: { case: string; user?: string; now?: string; json?: boolean }) => {
      const now = parseNow(options.now, DEFAULT_TIME_ZONE, context.clock);
      const result = await withStorage(context, async ({ storage }) =>
        answersOfCase(storage, await actingUserId(storage, options.user), options.case, now),
      );
      if (result.kind !== 'ok') throw new CliError(`There is no case with the id ${options.case}.`);
      const list = result.value.list;
      if (options.json) {
        printJson(list);
        return;
      }
      if (list.items.length === 0) console.log('Nothing is owed yet.');
      for (const item of list.items) {
        const due = item.due === null ? 'no last day yet' : `last day ${plainDate(item.due)}`;
        console.log(`[${STATE_WORDS[item.state]}] ${item.title} (${due})`);
        const basis = basisWords(item);
        if (basis) console.log(`  ${basis}`);
        if (item.answer)
          console.log(
            `  Answered ${plainDate(item.answer.answeredOn)}${item.answer.documentTitle ? `: ${item.answer.documentTitle}` : ''}`,
          );
        if (item.next)
          console.log(
            `  Next: ${item.next.words}${item.next.letterKind ? ` (iep letter ${item.next.letterKind})` : ''}`,
          );
      }
    });
}
