import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { debuglog } from 'node:util';
import type { TranscriptWord } from '@iep/core';
import { floatToS16, SAMPLE_RATE } from './pcm.js';
import type { RecognizeOptions, Recognized, Recognizer } from './recognizer.js';
import type { EngineInfo } from '@iep/core/contract';
import type { SpeechSegment } from './vad.js';

// The fallback engine: Debian's pocketsphinx 0.8 (`pocketsphinx_continuous -infile F -time yes`), which needs
// no download. Starting it costs about a second (it loads its model), so segments are sent in batches: one PCM
// stream per batch through its standard input, with 0.3 s of silence between segments, and the word times are
// mapped back to each segment. Each batch starts with the cepstral mean the previous batch ended with
// (-cmninit, through a copy of the model's feat.params, which otherwise overrides it): the model's own starting value (41.0, ...) is far from real rooms and voices (about 60 on the
// bench meeting), so every fresh start misheard its first utterances (six-voice bench meeting: 72.9% WER with
// 40 s batches before, 69.6% after).

const log = debuglog('iep-transcription');

export const POCKETSPHINX_INSTALL = 'Install it with: sudo apt-get install pocketsphinx pocketsphinx-en-us';
export const POCKETSPHINX_NOTE =
  'pocketsphinx is a basic engine with low accuracy: expect many wrong words. A Whisper, Moonshine or Parakeet ' +
  'model gives far better text (see `iep models list`).';
const GAP_SEC = 0.3;

export interface PocketsphinxSetup {
  binary: string;
  hmm: string;
  lm: string;
  dict: string;
}

export interface PocketsphinxStatus {
  available: boolean;
  reason: string | null;
  setup: PocketsphinxSetup | null;
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '/usr/bin:/bin').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/** Whether the binary and the US English model are installed (paths can be moved with IEP_POCKETSPHINX_*). */
export function pocketsphinxStatus(env: NodeJS.ProcessEnv = process.env): PocketsphinxStatus {
  const binary = env.IEP_POCKETSPHINX_PATH ?? onPath('pocketsphinx_continuous', env);
  if (!binary || !fs.existsSync(binary))
    return {
      available: false,
      reason: `pocketsphinx is not installed. ${POCKETSPHINX_INSTALL}`,
      setup: null,
    };
  const modelDir = env.IEP_POCKETSPHINX_MODEL_DIR ?? '/usr/share/pocketsphinx/model/en-us';
  const setup = {
    binary,
    hmm: path.join(modelDir, 'en-us'),
    lm: path.join(modelDir, 'en-us.lm.bin'),
    dict: path.join(modelDir, 'cmudict-en-us.dict'),
  };
  if (![path.join(setup.hmm, 'mdef'), setup.lm, setup.dict].every((f) => fs.existsSync(f)))
    return {
      available: false,
      reason: `The US English model for pocketsphinx is missing. ${POCKETSPHINX_INSTALL}`,
      setup: null,
    };
  return { available: true, reason: null, setup };
}

export function pocketsphinxInfo(status: PocketsphinxStatus): EngineInfo {
  return {
    name: 'pocketsphinx',
    label: 'pocketsphinx (en-us)',
    available: status.available,
    unavailableReason: status.reason,
    accuracyNote: POCKETSPHINX_NOTE,
    speakerModel: false,
  };
}

/** A word line of `-time yes` output: "word start end confidence"; null for the text lines and fillers. */
export function parseWordLine(line: string): TranscriptWord | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 4) return null;
  const [word = '', a = '', b = '', c = ''] = parts;
  const start = Number(a);
  const end = Number(b);
  const confidence = Number(c);
  if (![a, b, c].every((v) => /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(v))) return null;
  // Silence, sentence marks and noise: <s>, </s>, <sil>, [NOISE], [SPEECH], ++GARBAGE++.
  if (/^<.*>$|^\[.*\]$|^\+\+.*\+\+$/.test(word)) return null;
  const text = word.replace(/\(\d+\)$/, '');
  if (!text) return null;
  return { text, start, end, confidence: Math.max(0, Math.min(1, Math.round(confidence * 1000) / 1000)) };
}

interface Placed {
  /** Where the segment sits in the batch (seconds). */
  from: number;
  to: number;
  durationSec: number;
}

/** Gives each word to the segment its middle falls in (or the nearest one), in that segment's time. */
export function mapWords(words: TranscriptWord[], placed: Placed[]): TranscriptWord[][] {
  const out: TranscriptWord[][] = placed.map(() => []);
  const round = (sec: number) => Math.round(sec * 1000) / 1000;
  for (const word of words) {
    const middle = (word.start + word.end) / 2;
    let best = 0;
    let bestDistance = Infinity;
    placed.forEach((p, i) => {
      const distance = middle < p.from ? p.from - middle : middle > p.to ? middle - p.to : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    const p = placed[best];
    if (!p) continue;
    const clamp = (t: number) => round(Math.max(0, Math.min(p.durationSec, t - p.from)));
    out[best]?.push({ ...word, start: clamp(word.start), end: clamp(word.end) });
  }
  return out;
}

/**
 * A pipe whose reading end can be opened by name as /dev/stdin. Node's `stdio: 'pipe'` is a socket, which Linux
 * cannot open through /proc/self/fd (ENXIO), so this is a FIFO made in a private (0700) temp folder, opened at both
 * ends and unlinked at once: from then on it is an unnamed pipe, and it never held data on disk.
 */
function unnamedPipe(): { readFd: number; input: net.Socket } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-sphinx-'));
  try {
    const fifo = path.join(dir, 'pcm');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    const readFd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const writeFd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
    return { readFd, input: new net.Socket({ fd: writeFd, readable: false, writable: true }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs pocketsphinx on raw 16 kHz 16-bit mono PCM through a pipe (`-infile /dev/stdin`: a name without ".wav" is
 * read as raw samples), so no audio is ever written to disk.
 */
/** The last cepstral mean pocketsphinx logged ("cmn_live.c(...): Update to < 60.39 10.08 ... >"), or null. */
export function lastCmn(log: string): string | null {
  let last: string | null = null;
  for (const match of log.matchAll(/Update to\s+<([^>]*)>/g)) {
    const values = (match[1] ?? '').trim().split(/\s+/);
    if (values.length >= 1 && values.every((v) => /^-?\d+(\.\d+)?$/.test(v))) last = values.join(',');
  }
  return last;
}

interface SphinxRun {
  stdout: string;
  /** The cepstral mean at the end, for the next batch's -cmninit. */
  cmn: string | null;
}

/** The model's feat.params with another starting cepstral mean (a few lines of settings, no audio). */
export function featParamsWith(modelParams: string, cmn: string): string {
  const kept = modelParams.split('\n').filter((line) => line.trim() !== '' && !/^-cmninit\b/.test(line));
  return [...kept, `-cmninit ${cmn}`, ''].join('\n');
}

function runPocketsphinx(
  setup: PocketsphinxSetup,
  pcm: Buffer[],
  featParams: string | null,
  signal?: AbortSignal,
): Promise<SphinxRun> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const { readFd, input } = unnamedPipe();
    let child: ChildProcess;
    try {
      child = spawn(
        setup.binary,
        [
          '-infile',
          '/dev/stdin',
          '-time',
          'yes',
          ...(featParams ? ['-featparams', featParams] : []),
          '-hmm',
          setup.hmm,
          '-lm',
          setup.lm,
          '-dict',
          setup.dict,
        ],
        { stdio: [readFd, 'pipe', 'pipe'] },
      );
    } finally {
      fs.closeSync(readFd);
    }
    let stdout = '';
    let stderr = '';
    let cmn: string | null = null;
    child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    // The log (a few KB a batch) is read for the cepstral mean; its tail is kept for a failure report.
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-4000);
      const lines = stderr.lastIndexOf('\n');
      cmn = lastCmn(stderr.slice(0, lines + 1)) ?? cmn;
    });
    // A child that dies early closes the pipe (EPIPE): its exit code tells what happened.
    input.on('error', (error) => log('pocketsphinx input closed: %s', error.message));
    const onAbort = () => {
      input.destroy();
      child.kill('SIGKILL');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      input.destroy();
      reject(new Error(`pocketsphinx could not start. ${POCKETSPHINX_INSTALL}`, { cause: error }));
    });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      input.destroy();
      if (signal?.aborted) reject(signal.reason instanceof Error ? signal.reason : new Error('Stopped.'));
      else if (code !== 0) {
        log('pocketsphinx failed (exit %s): %s', String(code), stderr);
        reject(new Error('pocketsphinx failed on this audio. Try again, or use another engine.'));
      } else resolve({ stdout, cmn: lastCmn(stderr) ?? cmn });
    });
    // A batch is at most about a minute of audio (2 MB): the socket queues what the pipe cannot take yet.
    for (const block of pcm) input.write(block);
    input.end();
  });
}

export function pocketsphinxRecognizer(setup: PocketsphinxSetup): Recognizer {
  let paramsDir: string | null = null;
  let written = 0;
  const modelParams = path.join(setup.hmm, 'feat.params');
  /** A feat.params carrying the given cepstral mean over, or null (none yet: the model's own). */
  const featParams = (cmn: string | null | undefined): string | null => {
    if (!cmn || !fs.existsSync(modelParams)) return null;
    paramsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'iep-sphinx-params-'));
    // One file per batch: two batches may run at once.
    const file = path.join(paramsDir, `feat-${written++}.params`);
    fs.writeFileSync(file, featParamsWith(fs.readFileSync(modelParams, 'utf8'), cmn), { mode: 0o600 });
    return file;
  };
  return {
    info: pocketsphinxInfo({ available: true, reason: null, setup }),
    // One process a batch, one core each: two batches at once use a 2-core machine (the cepstral mean then
    // comes from the batch before the previous one: still close, and the same in every run).
    parallel: 2,
    async recognize(segments: SpeechSegment[], options: RecognizeOptions = {}): Promise<Recognized> {
      if (segments.length === 0) return { texts: [], carry: options.carry ?? null };
      const gap = Math.round(GAP_SEC * SAMPLE_RATE);
      const silence = Buffer.alloc(gap * 2);
      const pcm: Buffer[] = [];
      const placed: Placed[] = [];
      let at = 0;
      for (const segment of segments) {
        pcm.push(silence);
        at += gap;
        pcm.push(floatToS16(segment.samples));
        const durationSec = segment.samples.length / SAMPLE_RATE;
        placed.push({ from: at / SAMPLE_RATE, to: at / SAMPLE_RATE + durationSec, durationSec });
        at += segment.samples.length;
      }
      pcm.push(silence);
      const params = featParams(options.carry);
      let run: SphinxRun;
      try {
        run = await runPocketsphinx(setup, pcm, params, options.signal);
      } finally {
        if (params) fs.rmSync(params, { force: true });
      }
      const words = run.stdout
        .split('\n')
        .map(parseWordLine)
        .filter((w): w is TranscriptWord => w !== null);
      const texts = mapWords(words, placed).map((list) => ({
        text: list.map((w) => w.text).join(' '),
        words: list,
      }));
      return { texts, carry: run.cmn ?? options.carry ?? null };
    },
    async close() {
      // No process stays open between batches; only the settings file goes.
      if (paramsDir) fs.rmSync(paramsDir, { recursive: true, force: true });
      paramsDir = null;
    },
  };
}
