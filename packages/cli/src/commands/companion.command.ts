import type { Command } from 'commander';
import { getCompanion } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';

// `iep companion export`: what the parent tapped in a meeting (the agenda, every tap and note, their state), for
// scripts and for `iep letter follow-up --from-companion`.

export function registerCompanionCommand(program: Command, context: CliContext): void {
  const companion = program.command('companion').description("A meeting companion's taps and notes.");
  companion
    .command('export')
    .description('Print the agenda, the taps and notes, and the outcomes of a meeting.')
    .requiredOption('--case <id>', 'the case id')
    .requiredOption('--meeting <id>', 'the meeting id (in the case)')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--json', 'print JSON (the same as the API: agenda, roster, entries, state)')
    .action(async (options: { case: string; meeting: string; user?: string; json?: boolean }) => {
      const result = await withStorage(context, async ({ storage }) =>
        getCompanion(storage, await actingUserId(storage, options.user), options.case, options.meeting),
      );
      if (result.kind !== 'ok') {
        const why = 'message' in result ? result.message : `There is no case with the id ${options.case}.`;
        throw new CliError(why ?? `There is no case with the id ${options.case}.`);
      }
      const value = result.value;
      if (options.json) {
        printJson(value);
        return;
      }
      for (const card of value.state.cards) {
        const outcome = card.outcome ?? 'no outcome yet';
        const promise =
          card.outcome === 'promised'
            ? ` (${card.who ?? 'no one named'}, ${card.due ?? card.dueWords ?? 'no date'})`
            : '';
        console.log(`${card.title}: ${outcome}${promise}${card.pwnQueued ? ', notice asked for' : ''}`);
      }
      for (const note of value.state.notes) console.log(`Note: ${note.voice ? '(voice note)' : note.text}`);
    });
}
