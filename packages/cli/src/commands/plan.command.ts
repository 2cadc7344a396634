import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { planMeeting, sourceLine, type CaseFile, type Meeting, type Plan } from '@iep/core';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { humanDateTime, printJson } from '../output.js';
import {
  DEFAULT_TIME_ZONE,
  checkTimeZone,
  looksLikeDateTime,
  parseLocalDateTime,
  parseNow,
} from '../time-input.js';
import type { CliContext } from '../cli-context.js';

interface PlanOptions {
  case?: string;
  meeting: string;
  tz?: string;
  end?: string;
  now?: string;
  done?: string[];
  json?: boolean;
}

/** A meeting given only by its start time: one session, two hours long unless --end says otherwise. */
function bareMeeting(start: string, end: string | undefined, zone: string): Meeting {
  const startLocal = parseLocalDateTime(start, zone, '--meeting');
  const endLocal =
    end === undefined
      ? DateTime.fromISO(startLocal, { zone }).plus({ hours: 2 }).toFormat("yyyy-LL-dd'T'HH:mm:ss")
      : parseLocalDateTime(end, zone, '--end');
  if (endLocal <= startLocal) throw new CliError('The meeting ends before it starts. Check --end.', 2);
  return { id: 'meeting', kind: 'other', timeZone: zone, sessions: [{ start: startLocal, end: endLocal }] };
}

function findMeeting(caseFile: CaseFile, id: string, path: string): Meeting {
  const meeting = caseFile.meetings.find((m) => m.id === id);
  if (meeting) return meeting;
  const known = caseFile.meetings.map((m) => m.id).join(', ') || 'none';
  throw new CliError(
    `The case file ${path} has no meeting with the id "${id}". Meetings in it: ${known}.`,
    2,
  );
}

export function printPlan(plan: Plan): void {
  const zone = plan.timeZone;
  console.log(`Plan for the meeting on ${humanDateTime(plan.firstSessionStart, zone)}`);
  for (const warning of plan.warnings) console.log(`! ${warning.message}`);
  for (const task of plan.tasks) {
    console.log('');
    console.log(`[${task.status}] ${task.title}`);
    console.log(`  Do it by: ${humanDateTime(task.due, zone)}`);
    if (task.latest !== null) console.log(`  Latest:   ${humanDateTime(task.latest, zone)}`);
    console.log(`  ${task.explanation}`);
    for (const warning of task.warnings) console.log(`  ! ${warning}`);
    for (const basis of task.basis) console.log(`  Why: ${sourceLine(basis)}`);
  }
}

export function registerPlanCommand(program: Command, context: CliContext): void {
  program
    .command('plan')
    .description('Make the dated preparation plan for a meeting.')
    .option('--case <file>', 'a case file (JSON, format iep-ready/case@1)')
    .requiredOption(
      '--meeting <id-or-time>',
      'the meeting id in the case file, or a start time like 2026-12-07T09:00',
    )
    .option('--tz <zone>', `time zone of a bare meeting time (default ${DEFAULT_TIME_ZONE})`)
    .option('--end <time>', 'end time of a bare meeting (default: two hours after the start)')
    .option('--now <time>', 'plan as if it were this moment (default: now)')
    .option('--done <ids...>', 'task ids already done')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  iep plan --case case.json --meeting m1 --now 2026-11-23T12:00 --json\n  iep plan --meeting 2026-12-07T09:00 --now 2026-11-23T12:00',
    )
    .action(async (options: PlanOptions) => {
      let meeting: Meeting;
      let caseFile: CaseFile | undefined;
      if (options.case !== undefined) {
        caseFile = await readCaseFile(options.case);
        meeting = findMeeting(caseFile, options.meeting, options.case);
        if (options.tz !== undefined)
          throw new CliError('--tz is only for a bare meeting time; the case file has the zone.', 2);
      } else {
        if (!looksLikeDateTime(options.meeting)) {
          throw new CliError(
            'Give --case FILE with a meeting id, or --meeting with a start time like 2026-12-07T09:00.',
            2,
          );
        }
        meeting = bareMeeting(options.meeting, options.end, checkTimeZone(options.tz ?? DEFAULT_TIME_ZONE));
      }
      const now = parseNow(options.now, meeting.timeZone, context.clock);
      const plan = planMeeting({ meeting, now, ...(caseFile ? { caseFile } : {}), done: options.done ?? [] });
      if (options.json) printJson(plan);
      else printPlan(plan);
    });
}
