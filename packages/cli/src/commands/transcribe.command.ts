import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { formatClock, type MachineSegment } from '@iep/core';
import {
  ENGINE_CLI_HELP,
  EngineUnavailableError,
  loadConfig,
  MediaError,
  ModelError,
  transcribeFile,
  type EngineChoice,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import type { CliContext } from '../cli-context.js';

// `iep transcribe FILE`: speech to text on this machine (nothing leaves it), with speakers grouped. Progress goes
// to stderr (a bar on a terminal, a line every 10% otherwise) so --json output on stdout stays clean.

const ENGINES = ['auto', 'sherpa', 'pocketsphinx'] as const;

/** Where models live: `<data folder>/models`, next to the database. */
export function modelsDirFor(context: CliContext): string {
  return path.join(loadConfig(context.env).dataDir, 'models');
}

/** "S2" -> "Speaker 2"; no label -> "Unknown speaker" (the names the app shows before the parent names anyone). */
export function speakerName(label: string | null): string {
  const m = label ? /^S(\d+)$/.exec(label) : null;
  return m ? `Speaker ${m[1]}` : (label ?? 'Unknown speaker');
}

/** The --json shape. */
export function transcriptJson(engine: string, durationSec: number, segments: MachineSegment[]) {
  return {
    engine,
    durationSec: Math.round(durationSec * 1000) / 1000,
    segments: segments.map((s) => ({
      start: s.start,
      end: s.end,
      speaker: speakerName(s.speaker),
      text: s.text,
      words: s.words,
    })),
  };
}

export function engineErrors<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    // The server's messages are plain sentences for the web app; a terminal also gets the commands that fix it.
    if (error instanceof EngineUnavailableError) throw new CliError(`${error.message}\n${ENGINE_CLI_HELP}`);
    if (error instanceof ModelError || error instanceof MediaError) throw new CliError(error.message);
    throw error;
  });
}

/** A progress reporter on stderr: a bar on a terminal, else a plain line at each tenth. */
export function progressReporter(label: string, useBar: boolean): { update(f: number): void; stop(): void } {
  if (useBar) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | ETA {eta_formatted}`,
      hideCursor: true,
    });
    bar.start(100, 0);
    return { update: (f) => bar.update(Math.round(f * 100)), stop: () => bar.stop() };
  }
  let shown = -1;
  return {
    update(f) {
      const tenth = Math.floor(f * 10);
      if (tenth > shown) {
        shown = tenth;
        process.stderr.write(`${label}: ${tenth * 10}%\n`);
      }
    },
    stop() {
      // Nothing to clear.
    },
  };
}

export function registerTranscribeCommand(program: Command, context: CliContext): void {
  program
    .command('transcribe <file>')
    .description('Turn the speech in an audio file into text with times and speakers, on this computer.')
    .option('--engine <engine>', 'auto, sherpa or pocketsphinx', 'auto')
    .option('--speakers <n>', 'how many people speak, when you know it')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { engine: string; speakers?: string; json?: boolean }) => {
      if (!(ENGINES as readonly string[]).includes(options.engine))
        throw new CliError('--engine must be auto, sherpa or pocketsphinx.', 2);
      let speakers: number | undefined;
      if (options.speakers !== undefined) {
        speakers = Number(options.speakers);
        if (!Number.isInteger(speakers) || speakers < 1 || speakers > 50)
          throw new CliError('--speakers must be a whole number from 1 to 50.', 2);
      }
      if (!fs.existsSync(file) || !fs.statSync(file).isFile())
        throw new CliError(`There is no file at ${file}.`, 2);
      const stop = new AbortController();
      const onInterrupt = () => stop.abort();
      process.once('SIGINT', onInterrupt);
      const progress = progressReporter('Transcribing', Boolean(process.stderr.isTTY) && !options.json);
      try {
        const result = await engineErrors(() =>
          transcribeFile(path.resolve(file), {
            engine: options.engine as EngineChoice,
            ...(speakers !== undefined ? { speakers } : {}),
            modelsDir: modelsDirFor(context),
            onProgress: (f) => progress.update(f),
            signal: stop.signal,
          }),
        );
        progress.stop();
        if (options.json) {
          printJson(transcriptJson(result.engine.label, result.durationSec, result.segments));
          return;
        }
        console.log(`Engine: ${result.engine.label}. ${result.engine.accuracyNote}`);
        if (!result.engine.speakerModel)
          console.log(
            'Speakers were grouped by the basic voice grouping (no speaker model installed): check them.',
          );
        console.log(
          `Length: ${formatClock(result.durationSec)}, ${result.segments.length} stretches of speech.\n`,
        );
        if (result.segments.length === 0) console.log('No speech was found in this file.');
        for (const s of result.segments)
          console.log(`[${formatClock(s.start)}] ${speakerName(s.speaker)}: ${s.text}`);
      } catch (error) {
        progress.stop();
        if (stop.signal.aborted) throw new CliError('Stopped.', 130);
        throw error;
      } finally {
        process.removeListener('SIGINT', onInterrupt);
      }
    });
}
