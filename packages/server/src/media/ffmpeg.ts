import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { debuglog } from 'node:util';

// The one place that starts ffmpeg and ffprobe. Everything is streamed through pipes (never a whole file in
// memory); the child is killed when the caller aborts or an input stream fails; ffmpeg's own words (the last
// lines of stderr) go to the log and to MediaError.detail, never into a message shown to the parent.

const log = debuglog('iep-media');

export const INSTALL_HINT =
  'ffmpeg is not installed on the server, so audio cannot be processed. Install it with: apt-get install ffmpeg';

/** A plain message for the person, plus ffmpeg's last stderr lines for the log. */
export class MediaError extends Error {
  override name = 'MediaError';
  constructor(
    message: string,
    readonly detail = '',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Paths are read at each call, so a test (or an admin) can point them elsewhere. Debian's ffmpeg by default. */
export function ffmpegPath(): string {
  return process.env.IEP_FFMPEG_PATH ?? '/usr/bin/ffmpeg';
}
export function ffprobePath(): string {
  return process.env.IEP_FFPROBE_PATH ?? '/usr/bin/ffprobe';
}

/** True when both ffmpeg and ffprobe are present and executable. */
export function ffmpegAvailable(): boolean {
  try {
    fs.accessSync(ffmpegPath(), fs.constants.X_OK);
    fs.accessSync(ffprobePath(), fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws the plain "install ffmpeg" error when it is missing. */
export function requireFfmpeg(): void {
  if (!ffmpegAvailable()) throw new MediaError(INSTALL_HINT);
}

export interface RunOptions {
  tool: 'ffmpeg' | 'ffprobe';
  args: string[];
  /** Fed to stdin; a file path is passed in args instead. */
  input?: Readable;
  /** Receives stdout. Ended when the child ends unless `endOutput` is false. */
  output?: Writable;
  endOutput?: boolean;
  /** Called for each stdout chunk when there is no `output`. */
  onData?: (chunk: Buffer) => void;
  signal?: AbortSignal;
  /** Plain message when the tool fails (a bad file, usually). */
  failMessage: string;
}

export interface Running {
  child: ChildProcess;
  done: Promise<void>;
}

const STDERR_KEEP = 8 * 1024;

/** Starts the tool; `done` resolves when it exits with 0 (and the output has taken everything). */
export function runTool(options: RunOptions): Running {
  requireFfmpeg();
  const file = options.tool === 'ffmpeg' ? ffmpegPath() : ffprobePath();
  const child = spawn(file, options.args, {
    stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
  });
  const tail = () => stderr.trim().split('\n').slice(-6).join('\n');

  let failure: Error | null = null;
  const kill = (error: Error) => {
    failure ??= error;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };

  if (options.input) {
    const input = options.input;
    const stdin = child.stdin;
    // ffprobe stops reading once it knows enough: a closed stdin is normal, not a failure.
    stdin?.on('error', () => undefined);
    input.on('error', (error) => kill(error));
    if (stdin) input.pipe(stdin);
  }
  const output = options.output;
  if (output) {
    output.on('error', (error) => kill(error));
    child.stdout?.pipe(output, { end: options.endOutput ?? true });
  } else if (options.onData) {
    const onData = options.onData;
    child.stdout?.on('data', (chunk: Buffer) => {
      try {
        onData(chunk);
      } catch (error) {
        kill(error as Error);
      }
    });
  } else {
    child.stdout?.resume();
  }

  const onAbort = () => kill(new MediaError('The audio work was stopped.'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => {
      kill(error);
      reject(new MediaError(INSTALL_HINT, error.message, { cause: error }));
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (options.input) options.input.unpipe();
      if (failure) {
        log('%s stopped: %s\n%s', options.tool, failure.message, tail());
        reject(failure);
        return;
      }
      if (code !== 0) {
        log('%s failed (exit %s): %s', options.tool, String(code), tail());
        reject(new MediaError(options.failMessage, tail()));
        return;
      }
      if (output && (options.endOutput ?? true) && !output.writableFinished) {
        output.once('finish', () => resolve());
        output.once('error', reject);
      } else resolve();
    });
  });
  return { child, done };
}

/** ffmpeg's input arguments for a file path or stdin. */
export function inputArgs(input: Readable | string): { args: string[]; stream?: Readable } {
  return typeof input === 'string' ? { args: ['-i', input] } : { args: ['-i', 'pipe:0'], stream: input };
}

export const BASE_ARGS = ['-hide_banner', '-nostdin', '-loglevel', 'error'];
