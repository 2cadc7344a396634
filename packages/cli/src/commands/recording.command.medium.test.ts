import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeAudio } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';
import { parseClipTime } from './recording.command.js';

const ffmpeg = (args: string[]) =>
  execFileSync('/usr/bin/ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'pipe' });

describe('parseClipTime', () => {
  it('reads HH:MM:SS, MM:SS and seconds', () => {
    expect(parseClipTime('00:12:30')).toBe(750_000);
    expect(parseClipTime('1:02:03')).toBe(3_723_000);
    expect(parseClipTime('12:30')).toBe(750_000);
    expect(parseClipTime('90')).toBe(90_000);
    expect(parseClipTime('1:75:00')).toBeNull();
    expect(parseClipTime('soon')).toBeNull();
  });
});

describe('iep recording on the SQLite data folder (real ffmpeg)', () => {
  const fx = useCliCase('recording');

  it('imports a 3-hour file with the right duration, lists it, and cuts a clip of the right length', async () => {
    const long = join(fx.dir, 'three-hours.wav');
    ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '10800', '-c:a', 'pcm_u8', long]);
    const imported = await runCli(
      ['recording', 'import', long, '--case', fx.caseId, '--meeting', 'm1', '--json'],
      fx.env,
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Importing [');
    const part = JSON.parse(imported.stdout) as { status: string; durationMs: number };
    expect(part.status).toBe('ready');
    expect(Math.abs(part.durationMs - 10_800_000)).toBeLessThan(1000);
    // The user's own file is left where it was.
    expect(fs.existsSync(long)).toBe(true);

    const listed = await runCli(['recording', 'list', '--case', fx.caseId, '--json'], fx.env);
    const { recordings } = JSON.parse(listed.stdout) as { recordings: { id: string; totalMs: number }[] };
    expect(recordings).toHaveLength(1);
    const id = recordings[0]?.id ?? '';

    const out = join(fx.dir, 'clip.m4a');
    const clip = await runCli(
      ['recording', 'export-clip', '--recording', id, '--from', '00:12:30', '--to', '00:14:00', '--out', out],
      fx.env,
    );
    expect(clip.code).toBe(0);
    const info = await probeAudio(out);
    expect(info.codec).toBe('aac');
    expect(Math.abs(info.durationMs - 90_000)).toBeLessThan(150);
  }, 180_000);

  it('refuses a WAV cut to 1,000 bytes and an MP3 cut to 3,000 bytes, and still takes the whole files', async () => {
    for (const [name, keep] of [
      ['cut.wav', 1000],
      ['cut.mp3', 3000],
    ] as const) {
      const whole = join(fx.dir, `whole-${name}`);
      ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=5', whole]);
      const cut = join(fx.dir, name);
      fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, keep));
      const refused = await runCli(
        ['recording', 'import', cut, '--case', fx.caseId, '--meeting', 'm1'],
        fx.env,
      );
      expect(refused.code, name).toBe(1);
      expect(refused.stderr).toContain('This file stops before its end');
      const taken = await runCli(
        ['recording', 'import', whole, '--case', fx.caseId, '--meeting', 'm1', '--json'],
        fx.env,
      );
      expect(taken.code, taken.stderr).toBe(0);
      expect(JSON.parse(taken.stdout)).toMatchObject({ status: 'ready' });
    }
  }, 60_000);

  it('gives plain errors for bad files, bad times and unknown recordings', async () => {
    const text = join(fx.dir, 'notes.mp3');
    fs.writeFileSync(text, 'not audio at all\n'.repeat(40));
    const bad = await runCli(['recording', 'import', text, '--case', fx.caseId, '--meeting', 'm1'], fx.env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('This file is not audio we can read');
    const missing = await runCli(
      ['recording', 'import', join(fx.dir, 'nope.mp3'), '--case', fx.caseId, '--meeting', 'm1'],
      fx.env,
    );
    expect(missing.stderr).toContain('There is no file');
    const time = await runCli(
      [
        'recording',
        'export-clip',
        '--recording',
        'x',
        '--from',
        'noon',
        '--to',
        '10',
        '--out',
        join(fx.dir, 'c.m4a'),
      ],
      fx.env,
    );
    expect(time.code).toBe(2);
    expect(time.stderr).toContain('--from must be a time like 00:12:30');
    const unknown = await runCli(
      [
        'recording',
        'export-clip',
        '--recording',
        'no-such',
        '--from',
        '0',
        '--to',
        '10',
        '--out',
        join(fx.dir, 'c.m4a'),
      ],
      fx.env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('This recording was not found');
    expect(fs.existsSync(join(fx.dir, 'c.m4a'))).toBe(false);
  });
});
