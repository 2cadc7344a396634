import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { debuglog } from 'node:util';
import type { TranscriptWord } from '@iep/core';
import { floatToS16, SAMPLE_RATE } from './pcm.js';
import type { Recognizer, SegmentText } from './recognizer.js';
import type { EngineInfo } from '@iep/core/contract';
import type { SpeechSegment } from './vad.js';

// The fallback engine: Debian's pocketsphinx 0.8 (`pocketsphinx_continuous -infile F -time yes`), which needs
// no download. Starting it costs about a second (it loads its model), so segments are sent in batches: one PCM
// stream per batch through its standard input, with 0.3 s of silence between segments, and the word times are
// mapped back to each segment.

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
function runPocketsphinx(setup: PocketsphinxSetup, pcm: Buffer[], signal?: AbortSignal): Promise<string> {
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
          '-logfn',
          '/dev/null',
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
    child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-4000)));
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
      } else resolve(stdout);
    });
    // A batch is at most about a minute of audio (2 MB): the socket queues what the pipe cannot take yet.
    for (const block of pcm) input.write(block);
    input.end();
  });
}

export function pocketsphinxRecognizer(setup: PocketsphinxSetup): Recognizer {
  return {
    info: pocketsphinxInfo({ available: true, reason: null, setup }),
    async recognize(segments: SpeechSegment[], signal?: AbortSignal): Promise<SegmentText[]> {
      if (segments.length === 0) return [];
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
      const output = await runPocketsphinx(setup, pcm, signal);
      const words = output
        .split('\n')
        .map(parseWordLine)
        .filter((w): w is TranscriptWord => w !== null);
      return mapWords(words, placed).map((list) => ({
        text: list.map((w) => w.text).join(' '),
        words: list,
      }));
    },
    async close() {
      // Nothing stays open between batches.
    },
  };
}
