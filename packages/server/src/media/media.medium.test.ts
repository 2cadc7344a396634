import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computePeaks,
  cutClip,
  ffmpegAvailable,
  INSTALL_HINT,
  MediaError,
  NOT_AUDIO_MESSAGE,
  normalizeToWebmOpus,
  probeAudio,
  remuxWebm,
} from './index.js';
import { badFiles, longWav, tempDir, tone } from './media.test-helper.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const toFile = (file: string) => fs.createWriteStream(file);

describe('media (real ffmpeg)', () => {
  it('reads duration, format and codec of the accepted formats, from a path and from a stream', async () => {
    const cases: [string, string[], string][] = [
      ['a.m4a', ['-c:a', 'aac'], 'aac'],
      ['a.mp3', [], 'mp3'],
      ['a.wav', [], 'pcm_s16le'],
      ['a.ogg', ['-c:a', 'libvorbis'], 'vorbis'],
      ['a.webm', ['-c:a', 'libopus'], 'opus'],
      ['a.aac', ['-c:a', 'aac'], 'aac'],
    ];
    for (const [name, extra, codec] of cases) {
      const file = tone(path.join(dir, name), 3, extra);
      const fromPath = await probeAudio(file);
      expect(fromPath.codec, name).toBe(codec);
      expect(Math.abs(fromPath.durationMs - 3000), name).toBeLessThan(100);
      if (name !== 'a.m4a') {
        const fromStream = await probeAudio(fs.createReadStream(file));
        expect(Math.abs(fromStream.durationMs - 3000), `${name} as a stream`).toBeLessThan(100);
      }
    }
  });

  it('reads the recorder creation_time tag when there is one', async () => {
    const file = tone(path.join(dir, 'tagged.m4a'), 2, ['-metadata', 'creation_time=2026-10-01T14:00:00Z']);
    expect((await probeAudio(file)).creationTime).toBe('2026-10-01T14:00:00.000Z');
  });

  it('rejects a truncated file, an empty file and text named .mp3 with the plain message', async () => {
    const bad = badFiles(dir);
    for (const file of [bad.truncated, bad.empty, bad.text]) {
      const error = await probeAudio(file).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(MediaError);
      expect((error as MediaError).message).toBe(NOT_AUDIO_MESSAGE);
      // ffmpeg's words stay out of the message.
      expect((error as MediaError).message).not.toMatch(/moov|Invalid|ffmpeg/);
    }
  });

  it('gives the browser WebM (no duration in its header) a duration by remuxing', async () => {
    const raw = path.join(dir, 'browser.webm');
    // Written to a pipe, like MediaRecorder: the header carries no duration.
    const piped = new PassThrough();
    const done = new Promise<void>((resolve) => piped.pipe(toFile(raw)).on('finish', resolve));
    await normalizeToWebmOpus(tone(path.join(dir, 'src.wav'), 4), piped, { tmpDir: dir });
    await done;
    const remuxed = path.join(dir, 'remuxed.webm');
    await remuxWebm(fs.createReadStream(raw), toFile(remuxed), { tmpDir: dir });
    const info = await probeAudio(remuxed);
    expect(info.format).toContain('webm');
    expect(Math.abs(info.durationMs - 4000)).toBeLessThan(100);
  });

  it('normalizes to mono 48 kHz Opus and computes peaks with an exact duration', async () => {
    const src = tone(path.join(dir, 'stereo.mp3'), 6, ['-ac', '2']);
    const out = path.join(dir, 'norm.webm');
    await normalizeToWebmOpus(src, toFile(out), { tmpDir: dir });
    const info = await probeAudio(out);
    expect(info).toMatchObject({ codec: 'opus', sampleRate: 48000, channels: 1 });
    const { durationMs, peaks } = await computePeaks(fs.createReadStream(out), { peaksPerSecond: 10 });
    expect(Math.abs(durationMs - 6000)).toBeLessThan(100);
    expect(peaks.length).toBeGreaterThanOrEqual(59);
    expect(peaks.length).toBeLessThanOrEqual(61);
    // A full-scale sine from lavfi is at 1/8 amplitude; silence would be 0.
    expect(Math.min(...peaks.slice(1, -1))).toBeGreaterThan(0.05);
  });

  it('gets the duration of a 3-hour file right', async () => {
    const long = longWav(path.join(dir, 'long.wav'), 3 * 3600);
    const info = await probeAudio(long);
    expect(Math.abs(info.durationMs - 3 * 3600 * 1000)).toBeLessThan(1000);
  });

  it('cuts a clip across two parts with a gap, at the right length, in m4a and mp3', async () => {
    const a = tone(path.join(dir, 'p1.webm'), 10, ['-c:a', 'libopus']);
    const b = tone(path.join(dir, 'p2.webm'), 10, ['-c:a', 'libopus']);
    for (const format of ['m4a', 'mp3'] as const) {
      const out = path.join(dir, `clip.${format}`);
      await cutClip(
        [
          { source: fs.createReadStream(a), offsetMs: 0, durationMs: 10_000 },
          { source: fs.createReadStream(b), offsetMs: 12_000, durationMs: 10_000 },
        ],
        { fromMs: 8_000, toMs: 15_500, format },
        toFile(out),
        { tmpDir: dir },
      );
      const info = await probeAudio(out);
      expect(info.codec).toBe(format === 'm4a' ? 'aac' : 'mp3');
      expect(Math.abs(info.durationMs - 7_500), format).toBeLessThan(120);
      // 8-10 s of part 1 (tone), the 2 s break (silence), then 0-3.5 s of part 2 (tone).
      const { peaks } = await computePeaks(out, { peaksPerSecond: 10 });
      expect(Math.min(...peaks.slice(2, 18)), `${format} part 1`).toBeGreaterThan(0.05);
      expect(Math.max(...peaks.slice(23, 38)), `${format} break`).toBeLessThan(0.01);
      expect(Math.min(...peaks.slice(43, 72)), `${format} part 2`).toBeGreaterThan(0.05);
    }
  });

  it('stops ffmpeg when the caller aborts', async () => {
    const long = path.join(dir, 'long.wav');
    const controller = new AbortController();
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    setTimeout(() => controller.abort(), 50);
    await expect(
      normalizeToWebmOpus(long, sink, { signal: controller.signal, tmpDir: dir }),
    ).rejects.toThrow();
  });

  it('says plainly how to install ffmpeg when it is missing', async () => {
    const before = process.env.IEP_FFMPEG_PATH;
    process.env.IEP_FFMPEG_PATH = path.join(dir, 'no-ffmpeg-here');
    try {
      expect(ffmpegAvailable()).toBe(false);
      await expect(probeAudio(path.join(dir, 'a.mp3'))).rejects.toThrow(INSTALL_HINT);
    } finally {
      if (before === undefined) delete process.env.IEP_FFMPEG_PATH;
      else process.env.IEP_FFMPEG_PATH = before;
    }
    expect(INSTALL_HINT).toContain('apt-get install ffmpeg');
  });
});
