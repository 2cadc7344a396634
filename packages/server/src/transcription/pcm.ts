import { PassThrough, Readable } from 'node:stream';
import { BASE_ARGS, inputArgs, runTool } from '../media/ffmpeg.js';
import { NOT_AUDIO_MESSAGE } from '../media/probe.js';

// Audio for recognition: 16 kHz mono 16-bit PCM, streamed from ffmpeg in small chunks (a 5-hour meeting is
// 576 MB of PCM; it never sits in memory). Helpers turn it into float samples and write short WAV files.

export const SAMPLE_RATE = 16_000;

/**
 * Decodes any audio file or stream to s16le mono 16 kHz, chunk by chunk. ffmpeg is killed when the signal aborts
 * or when the reader stops early; a file that is not audio fails with the usual plain message.
 */
export async function* decodeToPcm(
  input: string | NodeJS.ReadableStream,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<Buffer> {
  const source =
    typeof input === 'string' ? input : input instanceof Readable ? input : new Readable().wrap(input);
  const { args, stream } = inputArgs(source);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  if (options.signal?.aborted) stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  // A small buffer: ffmpeg waits (pipe backpressure) while recognition catches up.
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  const running = runTool({
    tool: 'ffmpeg',
    args: [
      ...BASE_ARGS,
      ...args,
      '-vn',
      '-map',
      '0:a:0',
      '-f',
      's16le',
      '-ac',
      '1',
      '-ar',
      String(SAMPLE_RATE),
      'pipe:1',
    ],
    ...(stream ? { input: stream } : {}),
    output,
    signal: stop.signal,
    failMessage: NOT_AUDIO_MESSAGE,
  });
  // Observed below; this keeps an early failure from being reported as unhandled meanwhile.
  running.done.catch(() => undefined);
  let finished = false;
  try {
    for await (const chunk of output) yield chunk as Buffer;
    await running.done;
    finished = true;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!finished) {
      stop.abort();
      output.destroy();
      await running.done.catch(() => undefined);
    }
  }
}

/**
 * Turns s16le chunks (any sizes, even odd byte counts) into float samples in [-1, 1), after dropping the first
 * `skipSamples` samples (resume).
 */
export async function* pcmToFloat(pcm: AsyncIterable<Buffer>, skipSamples = 0): AsyncGenerator<Float32Array> {
  let skipBytes = skipSamples * 2;
  let carry: Buffer | null = null;
  for await (const raw of pcm) {
    let chunk = raw;
    if (skipBytes > 0) {
      const drop = Math.min(skipBytes, chunk.length);
      skipBytes -= drop;
      chunk = chunk.subarray(drop);
    }
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    const whole = chunk.length - (chunk.length % 2);
    if (whole < chunk.length) carry = Buffer.from(chunk.subarray(whole));
    if (whole === 0) continue;
    const out = new Float32Array(whole / 2);
    for (let i = 0; i < out.length; i++) out[i] = chunk.readInt16LE(i * 2) / 32768;
    yield out;
  }
}

/** Float samples to s16le bytes (clipped). */
export function floatToS16(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out.writeInt16LE(Math.round(v < 0 ? v * 32768 : v * 32767), i * 2);
  }
  return out;
}
