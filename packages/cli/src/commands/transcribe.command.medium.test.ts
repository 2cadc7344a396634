import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

// `iep transcribe` and `iep models` on a real (tiny) data folder, with espeak-ng speech and Debian's pocketsphinx.

function say(dir: string, name: string, voice: string, text: string): string {
  const raw = join(dir, `${name}-raw.wav`);
  const out = join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-v', voice, '-s', '140', '-w', raw, text]);
  execFileSync('sox', ['-D', raw, '-r', '16000', '-c', '1', '-b', '16', out, 'pad', '0', '0.8']);
  return out;
}

describe('iep transcribe and iep models (real tools)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let meeting: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iep-cli-transcribe-'));
    env = { IEP_DATA_DIR: join(dir, 'data'), PATH: process.env.PATH };
    const a = say(dir, 'a', 'en-us+m3', 'Good morning everyone. The report is ready.');
    const b = say(dir, 'b', 'en-us+f2', 'Thank you. I read the report last night.');
    meeting = join(dir, 'meeting.wav');
    execFileSync('sox', ['-D', a, b, meeting]);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints the transcript as JSON with speakers named "Speaker N"', { timeout: 60_000 }, async () => {
    const run = await runCli(['transcribe', meeting, '--json', '--speakers', '2'], env);
    expect(run.stderr).toContain('Transcribing: 100%');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      engine: string;
      durationSec: number;
      segments: { start: number; end: number; speaker: string; text: string; words: unknown[] }[];
    };
    expect(Object.keys(out)).toEqual(['engine', 'durationSec', 'segments']);
    expect(out.engine).toBe('pocketsphinx (en-us)');
    expect(out.durationSec).toBeGreaterThan(5);
    expect(out.segments.map((s) => s.speaker)).toEqual(['Speaker 1', 'Speaker 2']);
    for (const s of out.segments)
      expect(Object.keys(s)).toEqual(['start', 'end', 'speaker', 'text', 'words']);
    expect(out.segments.map((s) => s.text).join(' ')).toMatch(/report/);
  });

  it('prints plain lines with the engine and its accuracy note', { timeout: 60_000 }, async () => {
    const run = await runCli(['transcribe', meeting, '--engine', 'pocketsphinx'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Engine: pocketsphinx (en-us). pocketsphinx is a basic engine with low accuracy',
    );
    expect(run.stdout).toMatch(/^\[0:0\d\] Speaker 1: /m);
  });

  it('says how to get a speech model when sherpa is asked for and none is installed', async () => {
    const run = await runCli(['transcribe', meeting, '--engine', 'sherpa'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No speech model is installed for sherpa-onnx\./);
  });

  it('lists models, adds one from disk, and refuses unknown names', async () => {
    const empty = await runCli(['models', 'list', '--json'], env);
    expect(empty.code).toBe(0);
    const listing = JSON.parse(empty.stdout) as {
      installed: unknown[];
      catalog: { name: string }[];
      vad: { ready: boolean };
      pocketsphinx: { available: boolean };
    };
    expect(listing.installed).toEqual([]);
    expect(listing.catalog.map((e) => e.name)).toContain('whisper-base.en');
    expect(listing.vad.ready).toBe(true);
    expect(listing.pocketsphinx.available).toBe(true);

    const model = join(dir, 'campplus.onnx');
    // A minimal file in ONNX's layout (ir_version, graph): enough for `add`, which does not load it.
    fs.writeFileSync(model, Buffer.concat([Buffer.from([0x08, 0x07, 0x3a, 0x28]), Buffer.alloc(40, 1)]));
    const added = await runCli(['models', 'add', model, '--name', 'voices'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Installed voices (speaker voices, speaker-embedding');
    expect(added.stdout).toMatch(
      /The publisher gives no checksum\. What was installed has sha256 [0-9a-f]{64}/,
    );
    const text = await runCli(['models', 'list'], env);
    expect(text.stdout).toMatch(/^ {2}voices\s+speaker-embedding\s+ready$/m);
    expect(text.stdout).toContain('pocketsphinx (basic engine): installed');

    const unknown = await runCli(['models', 'install', 'whisper-huge'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no model called whisper-huge.');
  });
});
