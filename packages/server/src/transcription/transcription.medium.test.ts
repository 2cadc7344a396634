import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from '../media/ffmpeg.js';
import { decodeToPcm } from './pcm.js';
import { speechFile, tempDir, TWO_VOICES } from './speech.test-helper.js';
import { transcribeFile, transcribePcm, type PipelineOptions } from './transcribe.js';
import type { Checkpoint, RecognizedSegment } from './transcriber.js';

// The whole pipeline with the real tools: ffmpeg decoding, Silero VAD, Debian's pocketsphinx, basic voice grouping,
// on espeak-ng speech with two clearly different voices.

/** Live children of this process with the given command name (from /proc). */
function children(name: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      if (!new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(name)) out.push(Number(entry));
    } catch {
      // Ended meanwhile.
    }
  }
  return out;
}

async function waitFor(test: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const soxSeconds = (file: string) => Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }));

describe('transcription with pocketsphinx on espeak-ng speech', () => {
  let dir: string;
  let meeting: string;
  let modelsDir: string;
  beforeAll(() => {
    dir = tempDir();
    meeting = speechFile(dir, TWO_VOICES);
    modelsDir = path.join(dir, 'models');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('decodes a file or a stream to 16 kHz mono PCM, and refuses what is not audio', async () => {
    const expected = Math.round(soxSeconds(meeting) * 16000) * 2;
    let fromPath = 0;
    for await (const chunk of decodeToPcm(meeting)) fromPath += chunk.length;
    expect(Math.abs(fromPath - expected)).toBeLessThanOrEqual(2 * 16);
    let fromStream = 0;
    for await (const chunk of decodeToPcm(fs.createReadStream(meeting))) fromStream += chunk.length;
    expect(fromStream).toBe(fromPath);
    const text = path.join(dir, 'notes.mp3');
    fs.writeFileSync(text, 'not audio\n'.repeat(100));
    const read = async () => {
      for await (const _ of decodeToPcm(text)) void _;
    };
    await expect(read()).rejects.toThrow(MediaError);
    await expect(read()).rejects.toThrow('This file is not audio we can read');
  });

  it('stops ffmpeg when the reader stops early', async () => {
    const long = path.join(dir, 'long.wav');
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', long, 'synth', '600', 'sine', '300']);
    for await (const chunk of decodeToPcm(long)) {
      expect(chunk.length).toBeGreaterThan(0);
      expect(children('ffmpeg').length).toBe(1);
      break;
    }
    await waitFor(() => children('ffmpeg').length === 0);
  });

  it(
    'finds the four turns in order, recognizes some words, and tells the two voices apart',
    { timeout: 90_000 },
    async () => {
      const progress: number[] = [];
      const result = await transcribeFile(meeting, {
        engine: 'auto',
        modelsDir,
        onProgress: (f) => progress.push(f),
      });
      expect(result.engine).toMatchObject({
        name: 'pocketsphinx',
        label: 'pocketsphinx (en-us)',
        speakerModel: false,
      });
      expect(Math.abs(result.durationSec - soxSeconds(meeting))).toBeLessThan(0.05);
      const { segments } = result;
      expect(segments).toHaveLength(4);
      segments.forEach((s, i) => {
        expect(s.id).toBe(`seg-${Math.round(s.start * 1000)}-${i}`);
        expect(s.end).toBeGreaterThan(s.start);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(segments[i - 1]?.end ?? 0);
        for (const w of s.words) {
          expect(w.start).toBeGreaterThanOrEqual(s.start);
          expect(w.end).toBeLessThanOrEqual(s.end);
          expect(w.confidence).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeLessThanOrEqual(1);
        }
        expect(s.text).toBe(s.words.map((w) => w.text).join(' '));
      });
      // pocketsphinx gets "report" right on these voices (it gets many other words wrong).
      expect(segments.map((s) => s.text).join(' ')).toMatch(/\breport/);
      // The low voice spoke turns 1 and 3, the high voice turns 2 and 4.
      expect(segments.map((s) => s.speaker)).toEqual(['S1', 'S2', 'S1', 'S2']);
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      const known = await transcribeFile(meeting, { engine: 'pocketsphinx', speakers: 2, modelsDir });
      expect(known.segments.map((s) => s.speaker)).toEqual(['S1', 'S2', 'S1', 'S2']);
    },
  );

  it(
    'resumes after a stop with the same segments as a run that never stopped',
    { timeout: 90_000 },
    async () => {
      const base: Omit<PipelineOptions, 'onBatch'> = {
        engine: 'pocketsphinx',
        modelsDir,
        batchSeconds: 2,
        offsetSec: 100,
      };
      const whole: RecognizedSegment[] = [];
      const checkpoints: Checkpoint[] = [];
      await transcribePcm(decodeToPcm(meeting), {
        ...base,
        onBatch: async (segments, checkpoint) => {
          whole.push(...segments);
          checkpoints.push(checkpoint);
        },
      });
      expect(checkpoints.length).toBeGreaterThan(2);
      expect(whole.every((s) => s.start >= 100)).toBe(true);

      // Stop after the first batch is saved (as a crash or a cancel would).
      const saved: RecognizedSegment[] = [];
      let checkpoint: Checkpoint | null = null;
      const stop = new AbortController();
      const first = transcribePcm(decodeToPcm(meeting, { signal: stop.signal }), {
        ...base,
        signal: stop.signal,
        onBatch: async (segments, at) => {
          saved.push(...segments);
          checkpoint = at;
          stop.abort();
        },
      });
      await expect(first).rejects.toThrow();
      expect(checkpoint).not.toBeNull();
      const resumeFrom = checkpoint as unknown as Checkpoint;
      expect(resumeFrom.processedSec).toBeGreaterThan(0);
      expect(resumeFrom.processedSec).toBeLessThan(soxSeconds(meeting));

      const rest: RecognizedSegment[] = [];
      const resumed = await transcribePcm(decodeToPcm(meeting), {
        ...base,
        resume: resumeFrom,
        onBatch: async (segments) => {
          rest.push(...segments);
        },
      });
      expect([...saved, ...rest]).toEqual(whole);
      expect(resumed.segmentCount).toBe(whole.length);
    },
  );

  it('kills pocketsphinx when the run is stopped', { timeout: 60_000 }, async () => {
    const long = speechFile(
      dir,
      Array.from(
        { length: 12 },
        (_, i) => TWO_VOICES[i % 4] ?? { voice: 'en-us', text: 'The report is ready.' },
      ),
      {
        name: 'long.wav',
        pauseSec: 0.6,
      },
    );
    const stop = new AbortController();
    const run = transcribePcm(decodeToPcm(long, { signal: stop.signal }), {
      engine: 'pocketsphinx',
      modelsDir,
      batchSeconds: 60,
      signal: stop.signal,
      onBatch: async () => undefined,
    });
    const stopped = expect(run).rejects.toThrow();
    await waitFor(() => children('pocketsphinx_continuous').length > 0);
    stop.abort();
    await stopped;
    await waitFor(() => children('pocketsphinx_continuous').length === 0 && children('ffmpeg').length === 0);
  });
});
