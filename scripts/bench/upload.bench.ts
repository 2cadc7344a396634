// Resumable upload (tus), with every piece encrypted as it arrives: the rate of the PATCHes (8 MB pieces, as the
// web app sends them), the answer time of a HEAD (the offset a resuming client asks for) once the upload has many
// pieces, and the time of the last PATCH, which decrypts the upload into the temp folder, probes it and stores its
// original encrypted. Loopback, SQLite. Run alone with `npx tsx scripts/bench/upload.bench.ts`;
// IEP_BENCH_UPLOAD_MB sets the size (default 200).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, startServer } from '../../packages/server/src/index.js';
import { percentile, type BenchResult } from './bench-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1024 * 1024;
const SIZE_MB = Math.max(16, Number(process.env.IEP_BENCH_UPLOAD_MB ?? 200));
const PIECE = 8 * MB;
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A WAV of about `mb` megabytes (48 kHz mono 16-bit tone). */
function wavOf(mb: number): Buffer {
  const seconds = Math.ceil((mb * MB) / 96_000);
  return execFileSync(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000'],
      ...['-t', String(seconds), '-ac', '1', '-c:a', 'pcm_s16le', '-f', 'wav', 'pipe:1'],
    ],
    { maxBuffer: (mb + 16) * MB },
  );
}

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iep-bench-upload-'));
  const config = loadConfig({
    IEP_DATA_DIR: dataDir,
    DATABASE_URL: '',
    IEP_PORT: '0',
    IEP_LOG_LEVEL: 'silent',
    IEP_WEB_DIST: join(dataDir, 'no-web'),
  });
  const server = await startServer(config);
  try {
    const signUp = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench', email: 'bench@example.org', password: 'bench password 123' }),
    });
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signUp.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'tus-resumable': '1.0.0' };
    const example = readFileSync(join(root, 'packages/server/src/test-fixtures/case.example.json'), 'utf8');
    const imported = await fetch(`${server.url}/api/cases/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: example,
    });
    const { id: caseId } = (await imported.json()) as { id: string };

    const wav = wavOf(SIZE_MB);
    const created = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: {
        ...headers,
        'upload-length': String(wav.length),
        'upload-metadata': `caseId ${b64(caseId)},meetingId ${b64('m1')},filename ${b64('meeting.wav')}`,
      },
    });
    const location = created.headers.get('location');
    if (created.status !== 201 || location === null) throw new Error(`create answered ${created.status}`);
    const url = `${server.url}${location}`;

    const patch = async (offset: number) => {
      const piece = wav.subarray(offset, Math.min(wav.length, offset + PIECE));
      const answer = await fetch(url, {
        method: 'PATCH',
        headers: {
          ...headers,
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        },
        body: new Uint8Array(piece),
      });
      if (answer.status !== 204) throw new Error(`PATCH answered ${answer.status}`);
      return offset + piece.length;
    };
    let offset = 0;
    const started = performance.now();
    while (wav.length - offset > PIECE) offset = await patch(offset);
    const patchSeconds = (performance.now() - started) / 1000;
    const patchedMb = offset / MB;

    const heads: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const head = await fetch(url, { method: 'HEAD', headers });
      if (head.headers.get('upload-offset') !== String(offset)) throw new Error('HEAD gave another offset');
      heads.push(performance.now() - t0);
    }
    heads.sort((a, b) => a - b);

    const lastStarted = performance.now();
    await patch(offset);
    const lastSeconds = (performance.now() - lastStarted) / 1000;

    return [
      {
        name: `tus upload, encrypted as it arrives: PATCH rate (${Math.round(patchedMb)} MB in 8 MB pieces)`,
        value: patchedMb / patchSeconds,
        unit: 'MB/s',
      },
      {
        name: `tus HEAD (offset) p95 with ${Math.round(offset / PIECE)} pieces stored`,
        value: percentile(heads, 95),
        unit: 'ms',
      },
      {
        name: `tus last PATCH of ${SIZE_MB} MB: decrypt, probe, store the original encrypted`,
        value: lastSeconds,
        unit: 's',
      },
    ];
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}`);
}
