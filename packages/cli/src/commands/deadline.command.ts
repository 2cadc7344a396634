import type { Command } from 'commander';
import {
  DEADLINE_RULES,
  DEADLINE_RULE_IDS,
  computeDeadline,
  confidenceWords,
  findSsdPartner,
  isDeadlineRuleId,
  partySentence,
  sourceLine,
  type Closure,
  type DeadlineResult,
} from '@iep/core';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { humanDate, printJson } from '../output.js';
import { checkTimeZone } from '../time-input.js';

interface DeadlineOptions {
  from?: string;
  sentAt?: string;
  plan?: string;
  ssd?: boolean;
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
    .option(
      '--sent-at <time>',
      'when it was sent by email or fax (2026-12-04T18:00): counted from the day it is received',
    )
    .option('--plan <type>', 'the plan type, IEP or 504 (IDEA rules do not apply to a 504 plan)')
    .option('--ssd', 'the district is a partner of the Special School District of St. Louis County')
    .option('--before <date>', 'a meeting date the deadline must come before (idea-records)')
    .option(
      '--case <file>',
      'a case file: its plan type and SSD district unless --plan/--ssd say otherwise; its closed days never move the date, they show what the district may count',
    )
    .option('--tz <zone>', 'time zone for hour rules (default America/Chicago)')
    .option('--list', 'list the rule ids')
    .option('--json', 'print JSON')
    .action(async (rule: string | undefined, options: DeadlineOptions) => {
      if (options.list || rule === undefined) {
        const rules = DEADLINE_RULE_IDS.map((id) => ({
          id,
          title: DEADLINE_RULES[id].title,
          party: DEADLINE_RULES[id].party,
          planTypes: [...DEADLINE_RULES[id].planTypes],
        }));
        if (options.json) printJson({ rules });
        else
          for (const r of rules)
            console.log(
              `${r.id.padEnd(28)} ${r.party.padEnd(9)} ${r.planTypes.join('/').padEnd(8)} ${r.title}`,
            );
        if (rule === undefined && !options.list) process.exitCode = 2;
        return;
      }
      if (!isDeadlineRuleId(rule)) {
        throw new CliError(`There is no deadline rule "${rule}". Run "iep deadline --list" to see them.`, 2);
      }
      if (options.from === undefined && options.sentAt === undefined)
        throw new CliError('Give the start date with --from YYYY-MM-DD (or --sent-at for a letter sent).', 2);
      if (options.plan !== undefined && options.plan !== 'IEP' && options.plan !== '504')
        throw new CliError('Give the plan type as --plan IEP or --plan 504.', 2);
      const caseFile = options.case ? await readCaseFile(options.case) : null;
      const closures: Closure[] = caseFile?.closures ?? [];
      const planType = options.plan ?? caseFile?.student.planType;
      const ssdPartner =
        options.ssd === true || (caseFile !== null && findSsdPartner(caseFile.student.district) !== null);
      const result = computeDeadline(rule, {
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(options.sentAt !== undefined ? { sentAt: options.sentAt } : {}),
        closures,
        ...(options.before !== undefined ? { before: options.before } : {}),
        ...(options.tz !== undefined ? { timeZone: checkTimeZone(options.tz) } : {}),
        ...(planType !== undefined ? { planType } : {}),
        ...(ssdPartner ? { ssdPartner: true } : {}),
      });
      if (options.json) {
        printJson(result);
        return;
      }
      printDeadline(result);
    });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function printDeadline(result: DeadlineResult): void {
  const day = (d: string) => (/T/.test(d) ? d : humanDate(d));
  console.log(`${result.title}`);
  console.log(`Due: ${day(result.due)} (${lowerFirst(result.dueMeans)}). ${partySentence(result)}`);
  if (result.actBy !== null && result.actBy !== result.due)
    console.log(`Act by: ${day(result.actBy)} (offices are closed on the last day)`);
  console.log(`Counted from: ${day(result.from)} (${lowerFirst(result.startsWhen)})`);
  if (result.receipt?.moved) console.log(`  ${result.receipt.moved}`);
  console.log(result.explanation);
  for (const skipped of result.skipped) console.log(`  Not counted: ${skipped.date} (${skipped.reason})`);
  const later = result.districtMayCount;
  if (later !== null) {
    console.log(
      `The district may count these days: ${later.closedDays.map((d) => `${d.date} (${d.reason})`).join(', ')}. ` +
        `Then the date would be ${day(later.due)}. ${later.note} (${later.confidence}: ${confidenceWords(later.confidence)})`,
    );
  }
  for (const note of result.notes) console.log(`  Note: ${note}`);
  console.log(`Source: ${sourceLine(result)}`);
}
