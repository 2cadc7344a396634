import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { debuglog } from 'node:util';
import { sherpaModulePath, type SherpaRecognizerConfig, type SherpaSpeakerConfig } from './sherpa-addon.js';

// onnxruntime (inside sherpa-onnx) aborts the whole process on some bad model files instead of throwing, which
// would take the server down with it. So a model is first loaded (and run on half a second of silence) in a
// short-lived child process; only when that works is it loaded in this process. Results are remembered per file
// set (paths, sizes, modification times) for the life of the process.

const log = debuglog('iep-transcription');
const PROBE_TIMEOUT_MS = 5 * 60_000;

export type ProbeJob =
  | { kind: 'asr'; config: SherpaRecognizerConfig; files: string[] }
  | { kind: 'speaker'; config: SherpaSpeakerConfig; files: string[] };

// Plain JavaScript run with `node -e` (the same code in development and in the build; nothing to compile).
const SCRIPT = `
const sherpa = require(process.argv[1]);
const job = JSON.parse(process.argv[2]);
try {
  if (job.kind === 'asr') {
    const r = new sherpa.OfflineRecognizer(job.config);
    const s = r.createStream();
    s.acceptWaveform({ samples: new Float32Array(8000), sampleRate: 16000 });
    r.decode(s);
    r.getResult(s);
  } else {
    const e = new sherpa.SpeakerEmbeddingExtractor(job.config);
    const s = e.createStream();
    s.acceptWaveform({ samples: new Float32Array(24000), sampleRate: 16000 });
    s.inputFinished();
    if (e.isReady(s)) e.compute(s);
  }
  process.stdout.write('ok');
  process.exit(0);
} catch (error) {
  process.stderr.write(String(error && error.message));
  process.exit(3);
}
`;

const cache = new Map<string, Promise<string | null>>();

function signature(job: ProbeJob): string {
  const files = job.files.map((f) => {
    try {
      const s = fs.statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    } catch {
      return `${f}:missing`;
    }
  });
  return `${job.kind}|${JSON.stringify(job.config)}|${files.join('|')}`;
}

function runProbe(job: ProbeJob): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-e', SCRIPT, sherpaModulePath(), JSON.stringify({ kind: job.kind, config: job.config })],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr = (stderr + t).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(`the test load could not start (${error.message})`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && stdout === 'ok') return resolve(null);
      log('model test load failed (exit %s, signal %s): %s', String(code), String(signal), stderr);
      if (code === 3)
        return resolve('sherpa-onnx did not accept its files (a file is missing or of the wrong kind)');
      if (signal === 'SIGKILL') return resolve('it took too long to load');
      resolve('its files are damaged or are not a model sherpa-onnx can load');
    });
  });
}

/** Null when the model loads and runs in a child process, else a plain reason. */
export function probeModel(job: ProbeJob): Promise<string | null> {
  const key = signature(job);
  let result = cache.get(key);
  if (!result) {
    result = runProbe(job);
    cache.set(key, result);
  }
  return result;
}
