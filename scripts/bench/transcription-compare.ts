// The pipeline against the engine alone, on one six-voice meeting (about 168 s): (a) pocketsphinx run plainly on
// the whole file, (b) the app's pipeline (ffmpeg, voice detector, batches, recognizer, voice grouping). Prints
// wall time, CPU time (this process and its children) and WER of each, and the speaker purity of the pipeline,
// plus purity over 30 minutes of the six voices (detector, voice features and grouping only: recognition does
// not change who spoke).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { wordErrorRate } from '../../packages/core/src/index.js';
import { parseWordLine, pocketsphinxStatus } from '../../packages/server/src/transcription/pocketsphinx.js';
import { decodeToPcm, pcmToFloat } from '../../packages/server/src/transcription/pcm.js';
import { basicEmbedder } from '../../packages/server/src/transcription/speakers.js';
import { groupSpeakers } from '../../packages/server/src/transcription/speakers.js';
import { transcribeFile } from '../../packages/server/src/transcription/transcribe.js';
import type { EngineName } from '../../packages/server/src/transcription/transcriber.js';
import { openVad, SpeechBatcher } from '../../packages/server/src/transcription/vad.js';
import type { BenchResult } from './bench-types.js';
import { SIX_TIMBRES, SIX_VOICES, sixVoiceMeeting, type MeetingTurn } from './six-voice-meeting.js';

/** CPU seconds of this process plus its finished children (from /proc/self/stat: utime stime cutime cstime). */
export function cpuSeconds(): number {
  const fields = (fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1] ?? '').split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return ticks / 100;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallSec: number; cpuSec: number }> {
  const cpu = cpuSeconds();
  const started = performance.now();
  const value = await work();
  return { value, wallSec: (performance.now() - started) / 1000, cpuSec: cpuSeconds() - cpu };
}

/**
 * Duration-weighted purity: each group counts the seconds of its most common true voice (the turn a segment
 * overlaps most); 1 means no group mixes voices.
 */
export function speakerPurity(
  segments: { start: number; end: number; speaker: string | null }[],
  turns: { voice: string; startSec: number; endSec: number }[],
): number {
  const byGroup = new Map<string, Map<string, number>>();
  let total = 0;
  for (const s of segments) {
    if (s.speaker === null) continue;
    let best: string | null = null;
    let bestOverlap = 0;
    for (const t of turns) {
      const overlap = Math.min(s.end, t.endSec) - Math.max(s.start, t.startSec);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = t.voice;
      }
    }
    if (!best) continue;
    const length = s.end - s.start;
    const voices = byGroup.get(s.speaker) ?? new Map<string, number>();
    voices.set(best, (voices.get(best) ?? 0) + length);
    byGroup.set(s.speaker, voices);
    total += length;
  }
  let pure = 0;
  for (const voices of byGroup.values()) pure += Math.max(...voices.values());
  return total > 0 ? pure / total : 0;
}

function plainPocketsphinx(wav: string): string {
  const setup = pocketsphinxStatus().setup;
  if (!setup) throw new Error('pocketsphinx is not installed');
  const out = execFileSync(
    setup.binary,
    [
      '-infile',
      wav,
      '-time',
      'yes',
      '-logfn',
      '/dev/null',
      '-hmm',
      setup.hmm,
      '-lm',
      setup.lm,
      '-dict',
      setup.dict,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return out
    .split('\n')
    .map(parseWordLine)
    .flatMap((w) => (w ? [w.text] : []))
    .join(' ');
}

/** Purity of voice grouping alone over `minutes` of the meeting repeated (the detector's segments). */
async function longPurity(
  dir: string,
  wav: string,
  turns: MeetingTurn[],
  lengthSec: number,
  minutes: number,
) {
  const copies = Math.ceil((minutes * 60) / lengthSec);
  const long = path.join(dir, 'six-voice-long.wav');
  execFileSync('sox', ['-D', ...Array.from({ length: copies }, () => wav), long]);
  const allTurns = Array.from({ length: copies }, (_, k) =>
    turns.map((t) => ({ ...t, startSec: t.startSec + k * lengthSec, endSec: t.endSec + k * lengthSec })),
  ).flat();
  const batcher = new SpeechBatcher(openVad(), { startSample: 0, batchSamples: 1e12, maxBatchSamples: 1e12 });
  const embedder = basicEmbedder();
  const segments: { start: number; end: number; embedding: number[] | null }[] = [];
  const take = (found: { startSample: number; samples: Float32Array }[]) => {
    for (const s of found)
      segments.push({
        start: s.startSample / 16000,
        end: (s.startSample + s.samples.length) / 16000,
        embedding: embedder.embed(s.samples),
      });
  };
  for await (const samples of pcmToFloat(decodeToPcm(long)))
    for (const batch of batcher.push(samples)) take(batch.segments);
  take(batcher.finish()?.segments ?? []);
  const labels = groupSpeakers(
    segments.map((s) => s.embedding),
    SIX_VOICES.length,
  );
  fs.rmSync(long);
  return speakerPurity(
    segments.map((s, i) => ({ ...s, speaker: labels[i] ?? null })),
    allTurns,
  );
}

export async function compareOnMeeting(
  dir: string,
  engine: { name: EngineName; label: string },
  modelsDir: string,
): Promise<BenchResult[]> {
  const { wav, turns, durationSec } = sixVoiceMeeting(dir);
  const reference = turns.map((t) => t.text).join(' ');
  const results: BenchResult[] = [];
  const what = `six-voice meeting (${durationSec.toFixed(0)} s)`;
  if (engine.name === 'pocketsphinx') {
    const plain = await timed(async () => plainPocketsphinx(wav));
    results.push(
      { name: `pocketsphinx alone on the whole file, ${what}: wall time`, value: plain.wallSec, unit: 's' },
      { name: `pocketsphinx alone: CPU time`, value: plain.cpuSec, unit: 's' },
      { name: `pocketsphinx alone: WER`, value: wordErrorRate(reference, plain.value).wer * 100, unit: '%' },
    );
  }
  const piped = await timed(() =>
    transcribeFile(wav, { engine: engine.name, modelsDir, speakers: SIX_VOICES.length }),
  );
  const hypothesis = piped.value.segments.map((s) => s.text).join(' ');
  results.push(
    { name: `${engine.label}, app pipeline, ${what}: wall time`, value: piped.wallSec, unit: 's' },
    { name: `${engine.label}, app pipeline: CPU time`, value: piped.cpuSec, unit: 's' },
    {
      name: `${engine.label}, app pipeline: WER`,
      value: wordErrorRate(reference, hypothesis).wer * 100,
      unit: '%',
      ...(engine.name === 'pocketsphinx' ? { target: 'no worse than alone' } : {}),
    },
    {
      name: `${engine.label}, app pipeline: speaker purity (6 voices known)`,
      value: speakerPurity(piped.value.segments, turns) * 100,
      unit: '%',
    },
  );
  if (engine.name === 'pocketsphinx') {
    results.push({
      name: 'voice grouping alone: speaker purity, 30 min of six voices',
      value: (await longPurity(dir, wav, turns, durationSec, 30)) * 100,
      unit: '%',
    });
    // The same lines read by six voices that differ in timbre (SIX_TIMBRES: three of SIX_VOICES share one).
    const timbres = sixVoiceMeeting(dir, { voices: SIX_TIMBRES, name: 'six-timbre-meeting' });
    results.push({
      name: 'voice grouping alone: speaker purity, 30 min of six voices of distinct timbre',
      value: (await longPurity(dir, timbres.wav, timbres.turns, timbres.durationSec, 30)) * 100,
      unit: '%',
    });
    fs.rmSync(timbres.wav);
  }
  return results;
}
