import fs from 'node:fs';
import { MediaError } from './ffmpeg.js';
import { countedDurationMs, type AudioInfo } from './probe.js';

// A file cut short (a copy stopped half-way, a phone that died while saving) still probes as audio: ffprobe reads
// a WAV's length from the bytes that are there, and an MP3's from its header. Such a file must fail the import,
// not become a short "ready" recording. Two checks, both against what the file itself says it holds:
// - WAV: the size its data chunk declares against the bytes after it;
// - every other format with a duration in its header: that duration against the length of the audio packets
//   that are really there (ffprobe counts them without decoding).

export const TRUNCATED_MESSAGE =
  'This file stops before its end, so part of the recording is missing. Copy the whole file from the phone or recorder again, then import it.';

/** Missing more than this (and more than 5% of the file) is a cut file, not rounding in a header. */
const SLACK_MS = 1000;

/** The size a WAV's data chunk declares and the bytes really after it, or null when it is not a plain WAV. */
export function wavDataSizes(file: string): { declared: number; present: number } | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(12);
    if (fs.readSync(fd, head, 0, 12, 0) < 12) return null;
    if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') return null;
    // Walk the chunks (id, 32-bit little-endian size, data padded to an even length) to "data".
    let offset = 12;
    const chunk = Buffer.alloc(8);
    while (offset + 8 <= size) {
      fs.readSync(fd, chunk, 0, 8, offset);
      const id = chunk.toString('latin1', 0, 4);
      const length = chunk.readUInt32LE(4);
      if (id === 'data') return { declared: length, present: size - offset - 8 };
      offset += 8 + length + (length % 2);
    }
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws a MediaError with TRUNCATED_MESSAGE when the file holds less than it says. */
export async function assertNotTruncated(file: string, info: AudioInfo, signal?: AbortSignal): Promise<void> {
  if (/\bwav\b/.test(info.format)) {
    const sizes = wavDataSizes(file);
    // 0 and 0xFFFFFFFF are what recorders write while still streaming: no length was promised.
    if (sizes && sizes.declared !== 0 && sizes.declared !== 0xffffffff && sizes.present < sizes.declared)
      throw new MediaError(
        TRUNCATED_MESSAGE,
        `WAV data chunk declares ${sizes.declared} bytes, ${sizes.present} are present`,
      );
    return;
  }
  const counted = await countedDurationMs(file, signal);
  const missing = info.durationMs - counted;
  if (missing > SLACK_MS && missing > info.durationMs * 0.05)
    throw new MediaError(
      TRUNCATED_MESSAGE,
      `the header says ${info.durationMs} ms, the packets hold ${counted} ms`,
    );
}
