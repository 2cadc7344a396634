import type { ClipFormat } from '@iep/core/contract';
import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { BASE_ARGS, inputArgs, MediaError, runTool } from './ffmpeg.js';
import { NOT_AUDIO_MESSAGE } from './probe.js';
import { type MediaOptions } from './transform.js';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export type { ClipFormat };

export interface ClipSource {
  source: Readable | string;
  /** Where this part starts on the meeting timeline. */
  offsetMs: number;
  durationMs: number;
}

const RATE = 48000;
const BYTES_PER_MS = (RATE * 2) / 1000;

/**
 * Cuts [fromMs, toMs) of the meeting timeline into one M4A (AAC) or MP3 file. Each part that overlaps the range
 * is decoded from its own offset (padded to its exact length so later parts stay in place); time that no part
 * covers (a break between days) is silence. One encoder reads the PCM from a pipe, so memory stays flat. MP3 is
 * written straight to `output`; M4A puts its index at the front (faststart), which needs a seekable file: that
 * one is written in the private temp folder and removed as soon as it has been streamed out.
 */
export async function cutClip(
  inputs: ClipSource[],
  range: { fromMs: number; toMs: number; format: ClipFormat },
  output: Writable,
  options: MediaOptions,
): Promise<void> {
  const { fromMs, toMs, format } = range;
  if (!(toMs > fromMs) || fromMs < 0) throw new MediaError('The clip must end after it starts.');
  const pcm = new PassThrough({ highWaterMark: 1 << 20 });
  const streamed = format === 'mp3';
  const dir = streamed ? null : fs.mkdtempSync(path.join(options.tmpDir, 'clip-'));
  const file = dir === null ? null : path.join(dir, `clip.${format}`);
  const encoderArgs =
    format === 'm4a'
      ? ['-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart', '-f', 'mp4']
      : ['-c:a', 'libmp3lame', '-b:a', '96k', '-f', 'mp3'];
  const encoder = runTool({
    tool: 'ffmpeg',
    args: [
      ...BASE_ARGS,
      '-f',
      's16le',
      '-ar',
      String(RATE),
      '-ac',
      '1',
      '-i',
      'pipe:0',
      ...encoderArgs,
      ...(file === null ? ['pipe:1'] : ['-y', file]),
    ],
    input: pcm,
    ...(file === null ? { output } : {}),
    failMessage: 'The clip could not be made.',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const used = new Set<ClipSource>();
  try {
    const feeding = (async () => {
      let cursor = fromMs;
      const sorted = [...inputs].sort((a, b) => a.offsetMs - b.offsetMs);
      for (const part of sorted) {
        const start = Math.max(fromMs, part.offsetMs);
        const end = Math.min(toMs, part.offsetMs + part.durationMs);
        if (end <= start) continue;
        used.add(part);
        if (start > cursor) await silence(pcm, start - cursor);
        await decodeInto(part.source, start - part.offsetMs, end - start, pcm, options.signal);
        cursor = end;
      }
      if (toMs > cursor) await silence(pcm, toMs - cursor);
      pcm.end();
    })();
    // If the encoder dies, stop feeding; if feeding fails, stop the encoder.
    await Promise.all([
      feeding.catch((error: unknown) => {
        encoder.child.kill('SIGKILL');
        throw error;
      }),
      encoder.done,
    ]).catch((error: unknown) => {
      // What was already streamed out is a broken clip: the receiver must not keep it.
      if (streamed) output.destroy(error as Error);
      throw error;
    });
    if (file !== null) await pipeline(fs.createReadStream(file), output);
  } finally {
    for (const part of inputs) if (!used.has(part) && typeof part.source !== 'string') part.source.destroy();
    if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function silence(pcm: PassThrough, ms: number): Promise<void> {
  let left = Math.round(ms * BYTES_PER_MS);
  left -= left % 2;
  const block = Buffer.alloc(64 * 1024);
  while (left > 0) {
    const n = Math.min(left, block.length);
    if (!pcm.write(block.subarray(0, n))) await once(pcm, 'drain');
    left -= n;
  }
}

async function decodeInto(
  source: Readable | string,
  fromMs: number,
  lengthMs: number,
  pcm: PassThrough,
  signal?: AbortSignal,
): Promise<void> {
  const { args, stream } = inputArgs(source);
  // -ss before -i seeks in a file; a pipe cannot seek (the WebM demuxer then loses its place), so there -ss goes
  // after -i: ffmpeg decodes and drops up to the offset. apad + -t gives the exact length even when the part is
  // a little shorter than its recorded duration.
  const seek = ['-ss', (fromMs / 1000).toFixed(3)];
  await runTool({
    tool: 'ffmpeg',
    args: [
      ...BASE_ARGS,
      ...(stream ? [] : seek),
      ...args,
      ...(stream ? seek : []),
      '-map',
      '0:a:0',
      '-af',
      'apad',
      '-t',
      (lengthMs / 1000).toFixed(3),
      '-ac',
      '1',
      '-ar',
      String(RATE),
      '-f',
      's16le',
      'pipe:1',
    ],
    ...(stream ? { input: stream } : {}),
    output: pcm,
    endOutput: false,
    failMessage: NOT_AUDIO_MESSAGE,
    ...(signal ? { signal } : {}),
  }).done;
}
