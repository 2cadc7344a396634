import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Test audio made with ffmpeg's own generators, so the tests need nothing but Debian's ffmpeg.

export function tempDir(prefix = 'iep-media-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function ffmpeg(args: string[]): void {
  execFileSync('/usr/bin/ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'pipe' });
}

/** A sine tone of the given length in the format the extension names. */
export function tone(file: string, seconds: number, extra: string[] = []): string {
  ffmpeg(['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, ...extra, file]);
  return file;
}

/** Hours of silence as 8 kHz 8-bit WAV: a long file that takes well under a second to make. */
export function longWav(file: string, seconds: number): string {
  ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', String(seconds), '-c:a', 'pcm_u8', file]);
  return file;
}
/** The three bad files of the issue: cut in half (an M4A loses its index), empty, and text named .mp3. */
export function badFiles(dir: string): { truncated: string; empty: string; text: string } {
  const whole = tone(path.join(dir, 'whole.m4a'), 5);
  const truncated = path.join(dir, 'truncated.m4a');
  const bytes = fs.readFileSync(whole);
  fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const empty = path.join(dir, 'empty.mp3');
  fs.writeFileSync(empty, '');
  const text = path.join(dir, 'notes.mp3');
  fs.writeFileSync(text, 'Meeting notes: ask about the reading goal.\n'.repeat(50));
  return { truncated, empty, text };
}
