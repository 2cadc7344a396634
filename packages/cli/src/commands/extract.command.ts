import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { extractItems, parseTranscriptText, type ExtractedItem, type Utterance } from '@iep/core';
import { readCaseFile } from '../case-file-io.js';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';

// `iep extract FILE`: finds promises, refusals, agreements and open questions in a meeting transcript. The file is a
// plain text transcript (one line per utterance, "Name: text" when the speaker is known) or JSON from
// `iep transcribe --json` (or a transcript export with segments).

interface JsonSegment {
  start?: unknown;
  speaker?: unknown;
  speakerName?: unknown;
  text?: unknown;
}

/** Utterances from transcribe's JSON (or an export): one per segment with text. */
export function utterancesFromJson(value: unknown): Utterance[] {
  const segments = (value as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(segments))
    throw new CliError('This JSON file has no "segments". Use the output of `iep transcribe --json`.', 2);
  return (segments as JsonSegment[]).flatMap((s) => {
    if (typeof s?.text !== 'string' || s.text.trim() === '') return [];
    const speaker =
      typeof s.speakerName === 'string' ? s.speakerName : typeof s.speaker === 'string' ? s.speaker : null;
    return [{ speaker, text: s.text, start: typeof s.start === 'number' ? s.start : null }];
  });
}

export function readUtterances(file: string): Utterance[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`There is no file at ${file}.`, 2);
  }
  if (path.extname(file).toLowerCase() === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError('This JSON file cannot be read. Use the output of `iep transcribe --json`.', 2);
    }
    return utterancesFromJson(parsed);
  }
  return parseTranscriptText(text);
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract <file>')
    .description('Find promises, refusals, agreements and open questions in a transcript (.txt or .json).')
    .requiredOption('--meeting-date <date>', 'the meeting day, YYYY-MM-DD (to turn "by Friday" into a date)')
    .option(
      '--case <file>',
      'a case file: its school closures are skipped when counting "in ten school days"',
    )
    .option('--json', 'print JSON')
    .action(async (file: string, options: { meetingDate: string; case?: string; json?: boolean }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.meetingDate) || !DateTime.fromISO(options.meetingDate).isValid)
        throw new CliError('--meeting-date must be a date like 2026-12-07.', 2);
      const utterances = readUtterances(file);
      // The same calendar the server counts on: the case's closures (winter break, teacher workdays).
      const closures = options.case ? (await readCaseFile(options.case)).closures : [];
      const items: ExtractedItem[] = extractItems(utterances, { meetingDate: options.meetingDate, closures });
      if (options.json) {
        printJson({
          items: items.map(({ kind, text, who, due, start }) => ({ kind, text, who, due, start })),
        });
        return;
      }
      if (items.length === 0) {
        console.log(
          'Nothing to follow up was found. Read the transcript yourself too: this finds only clear cases.',
        );
        return;
      }
      for (const item of items) {
        const details = [item.who ? `who: ${item.who}` : null, item.due ? `by ${item.due}` : null]
          .filter(Boolean)
          .join(', ');
        console.log(`- ${item.kind}: ${item.text}${details ? ` (${details})` : ''}`);
      }
    });
}
