import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Known speech for Chromium's fake microphone: espeak-ng reads `text`, sox makes it 16 kHz mono 16-bit (what
 * the fake capture plays), with `padSeconds` of silence at the end so the looping microphone pauses between
 * repeats. Returns the WAV's path inside `dir`.
 */
export function makeSpeech(
  dir: string,
  text: string,
  options: { rate?: number; padSeconds?: number } = {},
): string {
  const raw = path.join(dir, 'speech-raw.wav');
  const wav = path.join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', String(options.rate ?? 150), '-w', raw, text]);
  const pad = options.padSeconds ? ['pad', '0', String(options.padSeconds)] : [];
  execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', wav, ...pad]);
  return wav;
}
