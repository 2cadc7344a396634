import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fakeOnnx } from '../speech.test-helper.js';
import type { CatalogEntry } from './catalog.js';

// Model test material: a Whisper-shaped folder (files that pass the ONNX header check but are not real weights),
// a .tar.bz2 of it, and a local HTTP server that serves it like the publisher (Range, HEAD) with faults on demand.

export function whisperFolder(dir: string, name = 'sherpa-onnx-whisper-tiny.en'): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  for (const f of [
    'tiny.en-encoder.onnx',
    'tiny.en-decoder.onnx',
    'tiny.en-encoder.int8.onnx',
    'tiny.en-decoder.int8.onnx',
  ])
    fakeOnnx(path.join(folder, f));
  fs.writeFileSync(path.join(folder, 'tiny.en-tokens.txt'), '<|endoftext|> 0\nthe 1\n');
  fs.writeFileSync(path.join(folder, 'README.md'), 'Whisper tiny.en for sherpa-onnx\n');
  fs.mkdirSync(path.join(folder, 'test_wavs'));
  fs.writeFileSync(path.join(folder, 'test_wavs', '0.wav'), 'not needed');
  return folder;
}

export function tarBz2(dir: string, folder: string, archive: string): string {
  execFileSync('tar', ['-cjf', archive, '-C', dir, path.basename(folder)]);
  return archive;
}

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A one-model catalog for the fake publisher (the file's path under the base URL, and its checksum). */
export function fakeCatalog(sha256: string | null): CatalogEntry[] {
  return [
    {
      name: 'whisper-tiny.en',
      kind: 'asr',
      type: 'whisper',
      label: 'Whisper tiny (English)',
      description: 'A fake Whisper for tests.',
      path: 'asr-models/sherpa-onnx-whisper-tiny.en.tar.bz2',
      url: 'http://unused.invalid/',
      sha256,
      approxBytes: 1000,
      speed: { realTimeFactor: null, source: 'unmeasured', note: 'Not measured.' },
    },
  ];
}

export interface FakePublisher {
  baseUrl: string;
  /** Each request: its method and Range header. */
  requests: { method: string; range: string | null }[];
  /** Faults for the next GETs: 'drop' sends half then cuts the connection, 'stall' sends half then waits. */
  faults: ('drop' | 'stall')[];
  /** The server ignores Range (answers 200 with the whole file). */
  ignoreRange: boolean;
  /** Cuts the stalled connections (the client then asks for the rest). */
  dropStalled(): void;
  close(): Promise<void>;
}

/** Serves `file` at /asr-models/<its name> on 127.0.0.1. */
export async function fakePublisher(file: string): Promise<FakePublisher> {
  const body = fs.readFileSync(file);
  const served = `/asr-models/${path.basename(file)}`;
  const stalled: http.ServerResponse[] = [];
  const state: Omit<FakePublisher, 'baseUrl' | 'close' | 'dropStalled'> = {
    requests: [],
    faults: [],
    ignoreRange: false,
  };
  const server = http.createServer((req, res) => {
    state.requests.push({ method: req.method ?? '', range: req.headers.range ?? null });
    if (req.url !== served) {
      res.writeHead(404).end('not here');
      return;
    }
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'content-length': body.length, 'accept-ranges': 'bytes' }).end();
      return;
    }
    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (range && !state.ignoreRange) {
      start = Number(range[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
        return;
      }
      res.writeHead(206, {
        'content-length': body.length - start,
        'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
      });
    } else res.writeHead(200, { 'content-length': body.length, 'accept-ranges': 'bytes' });
    const fault = state.faults.shift();
    if (!fault) {
      res.end(body.subarray(start));
      return;
    }
    const half = start + Math.floor((body.length - start) / 2);
    res.write(body.subarray(start, half), () => {
      if (fault === 'drop') setTimeout(() => res.destroy(), 20);
      else stalled.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${port}`,
    dropStalled: () => {
      for (const res of stalled.splice(0)) res.destroy();
    },
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
