// Transcription: word error rate, speed and memory of each speech engine installed here, on espeak-ng speech made
// from known text in several voices. WER is scored with sctk's sclite (the standard tool) and, as a cross-check,
// with core's wordErrorRate (sclite weighs its alignment differently, so the two can differ a little). Memory is
// the peak RSS of the whole pipeline, this Node process plus its children (ffmpeg, pocketsphinx), sampled from
// /proc, for 1 minute of audio and for BENCH_LONG_MINUTES (default 60) made by joining speech with sox: a flat
// figure means the audio is streamed, never held. First, per engine, the side-by-side comparison of the engine
// alone and the app's pipeline on a six-voice meeting, with speaker purity (transcription-compare.ts). Set
// BENCH_COMPARE_ONLY=1 for that part alone. Run alone: npx tsx --conditions source scripts/bench/transcription.bench.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeWords, wordErrorRate } from '../../packages/core/src/index.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { listEngines } from '../../packages/server/src/transcription/engines.js';
import { transcribeFile } from '../../packages/server/src/transcription/transcribe.js';
import type { EngineName } from '../../packages/server/src/transcription/transcriber.js';
import type { BenchResult } from './bench-types.js';
import { rssNow, type Rss } from './rss.js';
import { compareOnMeeting } from './transcription-compare.js';

const VOICES = ['en-us', 'en-us+m3', 'en-us+f2', 'en-gb'];
const SPEED = 140;
const LONG_MINUTES = Math.max(2, Number(process.env.BENCH_LONG_MINUTES ?? 60));

const SENTENCES = [
  'Good morning everyone, thank you for coming to the meeting today.',
  'The report from the school psychologist is ready for you to read.',
  'We would like to talk about the reading goal first.',
  'She has made good progress in math since the last meeting.',
  'Can we add speech therapy two times a week?',
  'I will send the new plan to the family by Friday.',
  'We do not agree with the change in minutes for the aide.',
  'Please write that down in the notes for this meeting.',
  'The next meeting will be in the spring after the test results come back.',
  'Thank you all, we can stop here for today.',
];

function sox(args: string[]): void {
  execFileSync('sox', ['-D', ...args], { stdio: 'pipe' });
}

/** Each sentence spoken by `voice`, 0.8 s apart, in one 16 kHz mono WAV. */
function speak(dir: string, voice: string, sentences: string[], name: string): string {
  const parts = sentences.map((text, i) => {
    const raw = path.join(dir, `${name}-${i}-raw.wav`);
    const part = path.join(dir, `${name}-${i}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', String(SPEED), '-w', raw, text]);
    sox([raw, '-r', '16000', '-c', '1', '-b', '16', part, 'pad', '0', '0.8']);
    fs.rmSync(raw);
    return part;
  });
  const out = path.join(dir, `${name}.wav`);
  sox([...parts, out]);
  for (const p of parts) fs.rmSync(p);
  return out;
}

const seconds = (file: string) => Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }));

/** The sclite program (Debian puts it outside PATH, behind the `sctk` wrapper). */
function sclitePath(): string | null {
  for (const candidate of ['/usr/lib/sctk/bin/sclite', '/usr/bin/sclite'])
    if (fs.existsSync(candidate)) return candidate;
  return null;
}

/** sclite's Sum/Avg error rate (percent) for reference and hypothesis lines keyed by speaker. */
function scliteWer(
  dir: string,
  rows: { speaker: string; reference: string; hypothesis: string }[],
): number | null {
  const sclite = sclitePath();
  if (!sclite) return null;
  const trn = (text: string, speaker: string) => `${normalizeWords(text).join(' ')} (${speaker}_0001)\n`;
  const ref = path.join(dir, 'ref.trn');
  const hyp = path.join(dir, 'hyp.trn');
  fs.writeFileSync(ref, rows.map((r) => trn(r.reference, r.speaker)).join(''));
  fs.writeFileSync(hyp, rows.map((r) => trn(r.hypothesis, r.speaker)).join(''));
  const out = execFileSync(sclite, ['-r', ref, 'trn', '-h', hyp, 'trn', '-i', 'rm', '-o', 'sum', 'stdout'], {
    encoding: 'utf8',
  });
  const line = out.split('\n').find((l) => l.includes('Sum/Avg'));
  // "| Sum/Avg|  4  436 | 40.1  48.2  11.7  4.1  64.0  100.0 |": Corr Sub Del Ins Err S.Err.
  const numbers = line?.split('|')[3]?.trim().split(/\s+/).map(Number);
  return numbers?.[4] ?? null;
}

type Peak = Rss;

/** Samples this process's RSS and its children's every 100 ms while `work` runs; the peak of each. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: Peak }> {
  const peak: Peak = { nodeMb: 0, childrenMb: 0, totalMb: 0 };
  const sample = () => {
    const now = rssNow();
    peak.nodeMb = Math.max(peak.nodeMb, now.nodeMb);
    peak.childrenMb = Math.max(peak.childrenMb, now.childrenMb);
    peak.totalMb = Math.max(peak.totalMb, now.totalMb);
  };
  const timer = setInterval(sample, 100);
  try {
    const value = await work();
    sample();
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-transcription-bench-'));
  const modelsDir = process.env.IEP_MODELS_DIR ?? path.join(loadConfig(process.env).dataDir, 'models');
  const results: BenchResult[] = [];
  try {
    const engines = (await listEngines({ modelsDir })).filter((e) => e.available);
    if (engines.length === 0) throw new Error('no speech engine is installed here');
    for (const engine of engines) results.push(...(await compareOnMeeting(dir, engine, modelsDir)));
    if (process.env.BENCH_COMPARE_ONLY === '1') return results;
    const voiceFiles = VOICES.map((voice, i) => ({
      voice,
      file: speak(dir, voice, SENTENCES, `voice-${i}`),
    }));
    // One minute: the sentences in turn by the four voices, until at least 60 s.
    const minuteParts: string[] = [];
    let total = 0;
    for (let i = 0; total < 60; i++) {
      const part = speak(
        dir,
        VOICES[i % VOICES.length] ?? 'en-us',
        [SENTENCES[i % SENTENCES.length] ?? ''],
        `m-${i}`,
      );
      total += seconds(part);
      minuteParts.push(part);
    }
    const minute = path.join(dir, 'one-minute.wav');
    sox([...minuteParts, minute]);
    const long = path.join(dir, 'long.wav');
    sox([...Array.from({ length: LONG_MINUTES }, () => minute), long]);

    for (const engine of engines) {
      const name: EngineName = engine.name;
      const label = engine.label;
      // Word error rate per voice, and overall.
      const rows: { speaker: string; reference: string; hypothesis: string }[] = [];
      let errors = 0;
      let words = 0;
      let audioSec = 0;
      let workSec = 0;
      for (const [i, { voice, file }] of voiceFiles.entries()) {
        const started = performance.now();
        const result = await transcribeFile(file, { engine: name, modelsDir });
        workSec += (performance.now() - started) / 1000;
        audioSec += result.durationSec;
        const reference = SENTENCES.join(' ');
        const hypothesis = result.segments.map((s) => s.text).join(' ');
        const score = wordErrorRate(reference, hypothesis);
        errors += score.substitutions + score.deletions + score.insertions;
        words += score.referenceWords;
        rows.push({ speaker: `v${i + 1}`, reference, hypothesis });
        results.push({
          name: `${label}: WER, voice ${voice} (core wordErrorRate)`,
          value: score.wer * 100,
          unit: '%',
        });
      }
      const sclite = scliteWer(dir, rows);
      if (sclite !== null)
        results.push({ name: `${label}: WER, all voices (sclite Sum/Avg)`, value: sclite, unit: '%' });
      results.push({
        name: `${label}: WER, all voices (core wordErrorRate)`,
        value: (errors / Math.max(1, words)) * 100,
        unit: '%',
      });
      results.push({
        name: `${label}: real-time factor (work / audio)`,
        value: workSec / audioSec,
        unit: 'x',
        target: '< 1',
      });

      // Memory: one minute, then the long file.
      for (const [file, what] of [
        [minute, '1 min'],
        [long, `${LONG_MINUTES} min`],
      ] as const) {
        global.gc?.();
        const started = performance.now();
        const { value, peak } = await withPeakRss(() => transcribeFile(file, { engine: name, modelsDir }));
        const rtf = (performance.now() - started) / 1000 / value.durationSec;
        results.push({
          name: `${label}: peak RSS, node + children, ${what} of audio`,
          value: peak.totalMb,
          unit: 'MB',
          target: 'flat with length',
        });
        results.push({
          name: `${label}: peak RSS, node process alone, ${what}`,
          value: peak.nodeMb,
          unit: 'MB',
        });
        results.push({
          name: `${label}: peak RSS, children (ffmpeg, pocketsphinx), ${what}`,
          value: peak.childrenMb,
          unit: 'MB',
        });
        results.push({ name: `${label}: real-time factor, ${what}`, value: rtf, unit: 'x' });
        results.push({ name: `${label}: segments found, ${what}`, value: value.segments.length, unit: '' });
      }
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run())
    console.log(
      `${r.name.padEnd(80)} ${(Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2)).padStart(10)} ${r.unit}`,
    );
}
