import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import {
  ACCEPTED_EXTENSIONS,
  exportRecordingClip,
  getStoredCase,
  importRecording,
  listCaseRecordings,
  MediaError,
  type ClipFormat,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';

// `iep recording`: import an audio file into a meeting, list a case's recordings, cut a clip. Runs on the data
// folder directly (the same services as the server, no HTTP), streaming: a 5-hour file never sits in memory.

/** "00:12:30", "12:30" or "750" (seconds) to milliseconds; null when it is none of these. */
export function parseClipTime(text: string): number | null {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d(?:\.\d+)?)$/.exec(t);
  if (!m) return null;
  return Math.round((Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000);
}

function clipTime(text: string, what: string): number {
  const ms = parseClipTime(text);
  if (ms === null) throw new CliError(`${what} must be a time like 00:12:30 or a number of seconds.`, 2);
  return ms;
}

function mediaErrors<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof MediaError) throw new CliError(error.message);
    throw error;
  });
}

export function registerRecordingCommand(program: Command, context: CliContext): void {
  const recording = program
    .command('recording')
    .description('Meeting recordings: import, list, export clips.');

  recording
    .command('import <file>')
    .description('Import an audio file (m4a, mp3, wav, ogg, webm, aac) as a part of a meeting recording.')
    .requiredOption('--case <id>', 'the stored case')
    .requiredOption('--meeting <id>', 'the meeting in that case')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print the part as JSON')
    .action(
      async (file: string, options: { case: string; meeting: string; user?: string; json?: boolean }) => {
        const ext = path.extname(file).slice(1).toLowerCase();
        if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext))
          throw new CliError(
            'This kind of file cannot be imported. Use an MP3, M4A, WAV, OGG, WebM or AAC file.',
            2,
          );
        let size: number;
        try {
          size = fs.statSync(file).size;
        } catch {
          throw new CliError(`There is no file at ${file}.`, 2);
        }
        await withStorage(context, async (ctx) => {
          const { storage } = ctx;
          const ownerId = await actingUserId(storage, options.user);
          const stored = await getStoredCase(storage, ownerId, options.case);
          if (!stored) throw new CliError(`There is no case ${options.case} for this account.`);
          if (!stored.file.meetings.some((m) => m.id === options.meeting))
            throw new CliError(`The case has no meeting ${options.meeting}.`);
          // The bar goes to stderr so --json output on stdout stays clean.
          const bar = new SingleBar({
            stream: process.stderr,
            format: 'Importing [{bar}] {percentage}% | {value}/{total} MB',
            hideCursor: true,
            // Piped to a file or a log: one line every few seconds instead of nothing.
            noTTYOutput: true,
            notTTYSchedule: 5000,
          });
          bar.start(Math.max(1, Math.round(size / 1e6)), 0);
          const part = await mediaErrors(() =>
            importRecording(
              ctx,
              {
                caseId: options.case,
                meetingId: options.meeting,
                file: path.resolve(file),
                originalName: path.basename(file),
                uploadedAt: context.clock(),
                onBytes: (bytes) => bar.update(Math.round(bytes / 1e6)),
              },
              null,
            ),
          ).finally(() => bar.stop());
          if (part.status === 'failed') throw new CliError(part.error ?? 'The file could not be imported.');
          if (options.json) printJson({ id: part.id, status: part.status, durationMs: part.duration_ms });
          else
            console.log(
              `Imported ${path.basename(file)}: ${Math.round((part.duration_ms ?? 0) / 1000)} seconds, part ${part.id}.`,
            );
        });
      },
    );

  recording
    .command('list')
    .description("List a case's recordings.")
    .requiredOption('--case <id>', 'the stored case')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print JSON')
    .action(async (options: { case: string; user?: string; json?: boolean }) => {
      await withStorage(context, async (ctx) => {
        const { storage } = ctx;
        const ownerId = await actingUserId(storage, options.user);
        const result = await listCaseRecordings(ctx, ownerId, options.case);
        if (result.kind !== 'ok') throw new CliError(`There is no case ${options.case} for this account.`);
        if (options.json) printJson(result.value);
        else if (result.value.recordings.length === 0) console.log('No recordings in this case yet.');
        else
          for (const r of result.value.recordings)
            console.log(
              `${r.id}  meeting ${r.meetingId}  ${r.parts} part(s)  ${Math.round(r.totalMs / 1000)} s  ${r.status}`,
            );
      });
    });

  recording
    .command('export-clip')
    .description('Cut part of a recording into an m4a or mp3 file.')
    .requiredOption('--recording <id>', 'the recording')
    .requiredOption('--from <time>', 'start, like 00:12:30 or seconds')
    .requiredOption('--to <time>', 'end, like 00:14:00 or seconds')
    .requiredOption('--out <file>', 'where to write the clip')
    .option('--format <format>', 'm4a or mp3 (default: from --out, else m4a)')
    .option('--user <email>', 'act as this account (default: the owner)')
    .action(
      async (options: {
        recording: string;
        from: string;
        to: string;
        out: string;
        format?: string;
        user?: string;
      }) => {
        const fromMs = clipTime(options.from, '--from');
        const toMs = clipTime(options.to, '--to');
        if (toMs <= fromMs) throw new CliError('--to must be after --from.', 2);
        const format = options.format ?? (path.extname(options.out).toLowerCase() === '.mp3' ? 'mp3' : 'm4a');
        if (format !== 'm4a' && format !== 'mp3') throw new CliError('--format must be m4a or mp3.', 2);
        await withStorage(context, async (ctx) => {
          const { storage } = ctx;
          const ownerId = await actingUserId(storage, options.user);
          const partial = `${options.out}.partial`;
          try {
            await mediaErrors(() =>
              exportRecordingClip(
                ctx,
                ownerId,
                options.recording,
                { fromMs, toMs, format: format as ClipFormat },
                fs.createWriteStream(partial),
              ),
            );
            fs.renameSync(partial, options.out);
          } finally {
            fs.rmSync(partial, { force: true });
          }
          console.log(`Wrote ${options.out} (${Math.round((toMs - fromMs) / 1000)} seconds).`);
        });
      },
    );
}
