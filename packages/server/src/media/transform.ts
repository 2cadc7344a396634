import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BASE_ARGS, inputArgs, runTool } from './ffmpeg.js';
import { NOT_AUDIO_MESSAGE } from './probe.js';

// WebM (Matroska) and MP4 write their duration and seek index after the audio, which needs a seekable output:
// ffmpeg writes to a file in the private temp folder (<data>/tmp, 0700), which is then streamed to the caller's
// Writable (the encrypted blob store) and removed at once.

export interface MediaOptions {
  signal?: AbortSignal;
  /** The private temp folder (AppContext.tmpDir) where a short-lived file may go; never the system one. */
  tmpDir: string;
}

async function viaTempFile(
  ext: string,
  output: Writable,
  options: MediaOptions,
  write: (file: string) => Promise<void>,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(options.tmpDir, 'media-'));
  const file = path.join(dir, `${randomBytes(8).toString('hex')}.${ext}`);
  try {
    await write(file);
    await pipeline(fs.createReadStream(file), output, options.signal ? { signal: options.signal } : {});
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function opt(options: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}

/**
 * Runs ffmpeg from any audio input to a WebM file: `before` goes ahead of the input (input flags), `codec` after the
 * first audio stream is mapped. Both WebM writers below differ only in these flags.
 */
async function toWebm(
  input: Readable | string,
  output: Writable,
  options: MediaOptions,
  flags: { before: string[]; codec: string[] },
): Promise<void> {
  const { args, stream } = inputArgs(input);
  await viaTempFile('webm', output, options, async (file) => {
    await runTool({
      tool: 'ffmpeg',
      args: [
        ...BASE_ARGS,
        ...flags.before,
        ...args,
        '-map',
        '0:a:0',
        ...flags.codec,
        '-f',
        'webm',
        '-y',
        file,
      ],
      ...(stream ? { input: stream } : {}),
      failMessage: NOT_AUDIO_MESSAGE,
      ...opt(options),
    }).done;
  });
}

/** Rewrites a finished browser WebM without re-encoding (`-c copy`) so it gets a duration and seek cues. */
export async function remuxWebm(
  input: Readable | string,
  output: Writable,
  options: MediaOptions,
): Promise<void> {
  await toWebm(input, output, options, { before: ['-fflags', '+genpts'], codec: ['-c', 'copy'] });
}

/** Any audio to mono 48 kHz Opus at about 32 kbps in WebM: small, seekable, plays in every browser. */
export async function normalizeToWebmOpus(
  input: Readable | string,
  output: Writable,
  options: MediaOptions,
): Promise<void> {
  await toWebm(input, output, options, {
    before: [],
    codec: [
      ...['-vn', '-ac', '1', '-ar', '48000', '-c:a', 'libopus', '-b:a', '32k', '-application', 'voip'],
      // The lowest encoder complexity is three times faster (a 5-hour import in about a minute on two
      // cores instead of three) and the difference is not audible on speech at 32 kbps.
      ...['-compression_level', '0'],
    ],
  });
}

const PEAK_RATE = 8000;

/**
 * Waveform peaks: the loudest sample (0..1) in each window, from 8 kHz mono PCM streamed out of ffmpeg, so memory
 * stays flat whatever the length. The duration comes from the number of samples decoded, so it is exact.
 */
export async function computePeaks(
  input: Readable | string,
  { peaksPerSecond, signal }: { peaksPerSecond: number; signal?: AbortSignal },
): Promise<{ durationMs: number; peaks: number[] }> {
  if (!(peaksPerSecond > 0 && peaksPerSecond <= 100)) throw new RangeError('peaksPerSecond must be 1..100');
  const window = Math.max(1, Math.round(PEAK_RATE / peaksPerSecond));
  const peaks: number[] = [];
  let samples = 0;
  let inWindow = 0;
  let max = 0;
  let carry: Buffer | null = null;
  const { args, stream } = inputArgs(input);
  await runTool({
    tool: 'ffmpeg',
    args: [
      ...BASE_ARGS,
      ...args,
      '-map',
      '0:a:0',
      '-ac',
      '1',
      '-ar',
      String(PEAK_RATE),
      '-f',
      's16le',
      'pipe:1',
    ],
    ...(stream ? { input: stream } : {}),
    onData: (chunk) => {
      // Chunks may split a 2-byte sample: keep the odd byte for the next one.
      const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const whole = data.length - (data.length % 2);
      carry = whole < data.length ? data.subarray(whole) : null;
      for (let i = 0; i < whole; i += 2) {
        const v = Math.abs(data.readInt16LE(i));
        if (v > max) max = v;
        if (++inWindow === window) {
          peaks.push(Math.round((max / 32768) * 1000) / 1000);
          inWindow = 0;
          max = 0;
        }
      }
      samples += whole / 2;
    },
    failMessage: NOT_AUDIO_MESSAGE,
    ...(signal ? { signal } : {}),
  }).done;
  if (inWindow > 0) peaks.push(Math.round((max / 32768) * 1000) / 1000);
  return { durationMs: Math.round((samples / PEAK_RATE) * 1000), peaks };
}
