import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  LETTER_KIND_INFO,
  LETTER_KINDS,
  followUpFromCompanion,
  isLetterKind,
  type CaseFile,
  type LetterKind,
} from '@iep/core';
import { companionSchema } from '@iep/core/contract';
import {
  EmailNotPossibleError,
  LETTER_FORMATS,
  buildCaseLetter,
  renderLetter,
  renderNotes,
  type LetterFormat,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { printJson } from '../output.js';
import { DEFAULT_TIME_ZONE, parseNow } from '../time-input.js';
import type { CliContext } from '../cli-context.js';

interface LetterOptions {
  case?: string;
  meeting?: string;
  now?: string;
  format: string;
  out?: string;
  answers?: string;
  list?: boolean;
  json?: boolean;
  notes?: boolean;
  fromCompanion?: string;
}

const ANSWERS_LIMIT_BYTES = 1024 * 1024;

function printKinds(json: boolean): void {
  const kinds = LETTER_KINDS.map((k) => LETTER_KIND_INFO[k]);
  if (json) {
    printJson({ kinds });
    return;
  }
  for (const info of kinds) {
    console.log(`${info.kind.padEnd(20)} ${info.title}${info.needsMeeting ? ' (needs --meeting)' : ''}`);
    if (info.summary !== '') console.log(`${' '.repeat(21)}${info.summary}`);
  }
}

/** The answers object in an --answers file: plain JSON, an object. */
async function readAnswers(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    const buffer = await readFile(path);
    if (buffer.byteLength > ANSWERS_LIMIT_BYTES)
      throw new CliError(`The answers file ${path} is larger than 1 MB. Check that it is the right file.`);
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${path}. Check the name and the folder.`);
    throw new CliError(`Could not read ${path}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`The answers file ${path} is not valid JSON.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new CliError(`The answers file ${path} must hold one JSON object, like {"note": "..."}.`);
  return value as Record<string, unknown>;
}

/** The answers the taps give (an `iep companion export --json` file): the follow-up's, or the notice request's. */
async function companionAnswers(kind: LetterKind, path: string): Promise<Record<string, unknown>> {
  if (kind !== 'follow-up' && kind !== 'pwn-request')
    throw new CliError('--from-companion drafts the follow-up or the pwn-request letter only.', 2);
  const parsed = companionSchema.safeParse(await readAnswers(path));
  if (!parsed.success)
    throw new CliError(`${path} is not a companion export. Make one with "iep companion export --json".`, 2);
  const made = followUpFromCompanion(parsed.data.state);
  if (kind === 'follow-up') return made.followUp;
  if (made.pwnRequest === null)
    throw new CliError('No refusal or proposal in this export was marked for a Notice of Action request.', 1);
  return made.pwnRequest;
}

function checkMeeting(caseFile: CaseFile, meetingId: string, path: string): void {
  if (meetingId === '' || caseFile.meetings.some((m) => m.id === meetingId)) return;
  const known = caseFile.meetings.map((m) => m.id).join(', ') || 'none';
  throw new CliError(
    `The case file ${path} has no meeting with the id "${meetingId}". Meetings in it: ${known}.`,
    2,
  );
}

async function writeLetter(kind: LetterKind, options: LetterOptions, context: CliContext): Promise<void> {
  const format = options.format as LetterFormat;
  if (!LETTER_FORMATS.includes(format))
    throw new CliError(`There is no format "${options.format}". Use txt, docx, pdf or eml.`, 2);
  if (options.case === undefined) throw new CliError('Give the case file: --case FILE.', 2);
  if (format !== 'txt' && options.out === undefined) {
    throw new CliError(
      `A ${format} file is not text, so it is not printed here. Add --out FILE.${format} to save it.`,
      2,
    );
  }
  const caseFile = await readCaseFile(options.case);
  const meetingId = options.meeting ?? '';
  checkMeeting(caseFile, meetingId, options.case);
  const zone =
    caseFile.meetings.find((m) => m.id === meetingId)?.timeZone ??
    caseFile.meetings[0]?.timeZone ??
    DEFAULT_TIME_ZONE;
  const now = parseNow(options.now, zone, context.clock);
  // The case file's saved answers, with the --answers file's answers on top (key by key).
  const answers = {
    ...(caseFile.letters?.[kind] ?? {}),
    ...(options.answers === undefined ? {} : await readAnswers(options.answers)),
    ...(options.fromCompanion === undefined ? {} : await companionAnswers(kind, options.fromCompanion)),
  };
  const built = buildCaseLetter(kind, { caseFile, meetingId, answers, now });
  if (!built.ok) {
    throw new CliError(
      `The letter "${LETTER_KIND_INFO[kind].title}" cannot be written yet. Add what is missing:`,
      1,
      built.missing.map((m) => `${m.message} (${m.field})`),
    );
  }
  const warnings = built.letter.warnings;
  if (options.notes === true && format !== 'txt' && format !== 'pdf')
    throw new CliError('The notes page is made as txt or pdf. Use --format txt or --format pdf.', 2);
  let rendered;
  try {
    rendered =
      options.notes === true
        ? await renderNotes(built.letter, format === 'pdf' ? 'pdf' : 'txt', caseFile.student.name)
        : await renderLetter(built.letter, format, caseFile.student.name);
  } catch (error) {
    if (error instanceof EmailNotPossibleError) throw new CliError(error.message);
    throw error;
  }
  const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
  if (options.out === undefined) {
    // Text to stdout; warnings to stderr so that `iep letter ... > letter.txt` keeps only the letter.
    if (options.json) printJson({ letter: built.letter, text: rendered.bytes.toString('utf8'), warnings });
    else process.stdout.write(rendered.bytes.toString('utf8'));
    for (const warning of warnings) console.error(`! ${warning}`);
    return;
  }
  await writeFile(options.out, rendered.bytes);
  if (options.json) {
    printJson({ file: options.out, format, bytes: rendered.bytes.length, sha256, warnings });
    return;
  }
  console.log(`Wrote ${options.out} (${rendered.bytes.length} bytes, SHA-256 ${sha256}).`);
  console.log(`Suggested name: ${rendered.filename}`);
  for (const warning of warnings) console.log(`! ${warning}`);
}

export function registerLetterCommand(program: Command, context: CliContext): void {
  program
    .command('letter')
    .description('Write a letter from a case file (recording notice, records request, concerns, and more).')
    .argument('[kind]', 'the letter kind, for example recording-notice (see --list)')
    .option('--case <file>', 'the case file (JSON, format iep-ready/case@1)')
    .option('--meeting <id>', 'the meeting the letter is about (an id in the case file)')
    .option('--now <time>', 'write the letter as if it were this moment (default: now)')
    .option('--format <format>', 'txt, docx, pdf or eml', 'txt')
    .option('--out <path>', 'save to this file (needed for docx, pdf and eml)')
    .option(
      '--answers <file>',
      "a JSON object of answers for this letter; its keys replace the case file's letters.KIND answers",
    )
    .option(
      '--notes',
      'write the "Notes for you" page (sources, what is sure and what is not) instead of the letter',
    )
    .option(
      '--from-companion <file>',
      'for follow-up or pwn-request: the answers come from the meeting taps (an "iep companion export --json" file)',
    )
    .option('--list', 'list the letter kinds')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      "\nThe answers a letter needs (your requests, the records you want...) come from the case file's optional\n" +
        '"letters" section, by kind, and from --answers. If facts are missing, each one is listed and the exit code is 1.\n' +
        "The .eml file is an email ready to send, with the letter's PDF attached.\n" +
        '\nExamples:\n' +
        '  iep letter --list\n' +
        '  iep letter recording-notice --case case.json --meeting m1\n' +
        '  iep letter records-request --case case.json --format pdf --out records-request.pdf\n' +
        '  iep letter records-request --case case.json --notes        # the notes for you, never sent\n' +
        '  iep letter concerns --case case.json --meeting m1 --answers concerns.json --format docx --out concerns.docx\n' +
        '  iep letter follow-up --case case.json --meeting m1 --from-companion taps.json',
    )
    .action(async (kind: string | undefined, options: LetterOptions) => {
      if (options.list || kind === undefined) {
        printKinds(options.json === true);
        if (kind === undefined && !options.list) process.exitCode = 2;
        return;
      }
      if (!isLetterKind(kind))
        throw new CliError(`There is no letter kind "${kind}". Run "iep letter --list" to see them.`, 2);
      await writeLetter(kind, options, context);
    });
}
