import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Test speech from espeak-ng (Debian), resampled with sox to 16 kHz mono 16-bit: voices that differ (en-us+m3 is a
// low male voice, en-us+f2 a higher female one) make a small synthetic meeting with known words. sox runs with -D
// (no dither): its dither is random noise, which would make the recognized words change from run to run.

export function tempDir(prefix = 'iep-transcription-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Turn {
  voice: string;
  text: string;
}

/** One turn spoken into `<name>.wav` in `dir`: 16 kHz mono 16-bit, with `pauseSec` of silence after it. */
export function speakTurn(
  dir: string,
  turn: Turn,
  name: string,
  options: { speed: number; pauseSec: number },
): string {
  const raw = path.join(dir, `${name}-raw.wav`);
  const part = path.join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-v', turn.voice, '-s', String(options.speed), '-w', raw, turn.text]);
  execFileSync('sox', [
    '-D',
    raw,
    '-r',
    '16000',
    '-c',
    '1',
    '-b',
    '16',
    part,
    'pad',
    '0',
    String(options.pauseSec),
  ]);
  fs.rmSync(raw);
  return part;
}

/** One WAV per turn (with `pauseSec` of silence after it), joined into one file. Returns its path. */
export function speechFile(
  dir: string,
  turns: Turn[],
  options: { speed?: number; pauseSec?: number; name?: string } = {},
): string {
  const parts = turns.map((turn, i) =>
    speakTurn(dir, turn, `turn-${i}`, { speed: options.speed ?? 140, pauseSec: options.pauseSec ?? 0.8 }),
  );
  const out = path.join(dir, options.name ?? 'meeting.wav');
  if (parts.length === 1 && parts[0]) fs.renameSync(parts[0], out);
  else {
    execFileSync('sox', ['-D', ...parts, out]);
    for (const p of parts) fs.rmSync(p);
  }
  return out;
}

/** A short two-voice meeting: four turns, male and female voices taking turns. */
export const TWO_VOICES: Turn[] = [
  { voice: 'en-us+m3', text: 'Good morning everyone. The report is ready.' },
  { voice: 'en-us+f2', text: 'Thank you. I read the report last night.' },
  { voice: 'en-us+m3', text: 'We will meet again on Friday at ten.' },
  { voice: 'en-us+f2', text: 'The school will send the report by Friday.' },
];

/** Reads a 16-bit mono WAV written by sox (44-byte header) as float samples. */
export function readWavSamples(file: string): Float32Array {
  const bytes = fs.readFileSync(file).subarray(44);
  const out = new Float32Array(Math.floor(bytes.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = bytes.readInt16LE(i * 2) / 32768;
  return out;
}

/** A file that passes the ONNX header check but is not a real model (sherpa-onnx cannot load it). */
export function fakeOnnx(file: string, bytes = 64): void {
  const graph = Buffer.alloc(bytes, 0x41);
  const header = Buffer.from([0x08, 0x07, 0x3a]);
  const length = Buffer.from([bytes]);
  fs.writeFileSync(file, Buffer.concat([header, length, graph]));
}
