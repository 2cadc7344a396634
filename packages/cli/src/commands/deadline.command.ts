import type { Command } from 'commander';
import {
  DEADLINE_RULES,
  DEADLINE_RULE_IDS,
  computeDeadline,
  isDeadlineRuleId,
  type Closure,
} from '@iep/core';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { humanDate, printJson } from '../output.js';
import { checkTimeZone } from '../time-input.js';

interface DeadlineOptions {
  from?: string;
  before?: string;
  case?: string;
  tz?: string;
  list?: boolean;
  json?: boolean;
}

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description('Work out a legal or practical deadline, counting Missouri business days and holidays.')
    .argument('[rule]', 'the rule id, for example sunshine-response (see --list)')
    .option('--from <date>', 'the start date (YYYY-MM-DD), or a date and time for hour rules')
    .option('--before <date>', 'a meeting date the deadline must come before (idea-records)')
    .option('--case <file>', 'a case file whose closure days count as days the school is closed')
    .option('--tz <zone>', 'time zone for hour rules (default America/Chicago)')
    .option('--list', 'list the rule ids')
    .option('--json', 'print JSON')
    .action(async (rule: string | undefined, options: DeadlineOptions) => {
      if (options.list || rule === undefined) {
        const rules = DEADLINE_RULE_IDS.map((id) => ({ id, title: DEADLINE_RULES[id].title }));
        if (options.json) printJson({ rules });
        else for (const r of rules) console.log(`${r.id.padEnd(28)} ${r.title}`);
        if (rule === undefined && !options.list) process.exitCode = 2;
        return;
      }
      if (!isDeadlineRuleId(rule)) {
        throw new CliError(`There is no deadline rule "${rule}". Run "iep deadline --list" to see them.`, 2);
      }
      if (options.from === undefined) throw new CliError('Give the start date with --from YYYY-MM-DD.', 2);
      const closures: Closure[] = options.case ? (await readCaseFile(options.case)).closures : [];
      const result = computeDeadline(rule, {
        from: options.from,
        closures,
        ...(options.before !== undefined ? { before: options.before } : {}),
        ...(options.tz !== undefined ? { timeZone: checkTimeZone(options.tz) } : {}),
      });
      if (options.json) {
        printJson(result);
        return;
      }
      console.log(`${result.title}`);
      console.log(`Due: ${/T/.test(result.due) ? result.due : humanDate(result.due)}`);
      console.log(result.explanation);
      for (const skipped of result.skipped) console.log(`  Not counted: ${skipped.date} (${skipped.reason})`);
      for (const note of result.notes) console.log(`  Note: ${note}`);
      console.log(`Source: ${result.citation} (${result.confidence})`);
    });
}
