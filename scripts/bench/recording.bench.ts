// Recording: chunk ingest latency with 50 browsers recording at once (2-second chunks of ~32 KB, real time, on
// loopback, SQLite), and the time to the first byte of a Range request at 4:30:00 into a 5-hour recording stored
// encrypted. Run alone with `npx tsx scripts/bench/recording.bench.ts`. IEP_BENCH_SECONDS sets the ingest time.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, openStorage, startServer } from '../../packages/server/src/index.js';
import { createAppContext } from '../../packages/server/src/context/app-context.js';
import {
  ensureRecording,
  insertPart,
  updatePart,
} from '../../packages/server/src/recordings/recordings.repository.js';
import { percentile, type BenchResult } from './bench-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECONDS = Math.max(6, Number(process.env.IEP_BENCH_SECONDS ?? 10));
const RECORDERS = 50;
const CHUNK_BYTES = 32 * 1024;
const CHUNK_EVERY_MS = 2000;
const FIVE_HOURS_S = 5 * 3600;
const SEEK_S = 4.5 * 3600;

/** A 5-hour Opus WebM (mono, 6 kbps, with cues), made once and kept in the temp folder between runs. */
function fiveHourFile(): string {
  const file = join(tmpdir(), 'iep-bench-5h-v1.webm');
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000'],
    ...['-t', String(FIVE_HOURS_S), '-ac', '1', '-c:a', 'libopus', '-b:a', '6k', '-application', 'voip'],
    ...['-compression_level', '0', '-f', 'webm', '-y', partial],
  ]);
  renameSync(partial, file);
  return file;
}

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iep-bench-rec-'));
  const config = loadConfig({
    IEP_DATA_DIR: dataDir,
    DATABASE_URL: '',
    IEP_PORT: '0',
    IEP_LOG_LEVEL: 'silent',
    IEP_RATE_LIMIT_PER_MINUTE: '10000000',
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
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const example = readFileSync(join(root, 'packages/server/src/test-fixtures/case.example.json'), 'utf8');
    const imported = await fetch(`${server.url}/api/cases/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: example,
    });
    const { id: caseId } = (await imported.json()) as { id: string };

    // Ingest: 50 recorders, each starting a part and sending one ~32 KB chunk every 2 s, staggered.
    const latencies: number[] = [];
    let failures = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const recorder = async (n: number) => {
      const made = await fetch(`${server.url}/api/cases/${caseId}/meetings/m1/recording/parts`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          clientPartId: `bench-${n}`,
          startedAt: new Date().toISOString(),
          mimeType: 'audio/webm;codecs=opus',
        }),
      });
      const { id: partId } = (await made.json()) as { id: string };
      await new Promise((r) => setTimeout(r, (n / RECORDERS) * CHUNK_EVERY_MS));
      for (let seq = 0; performance.now() < deadline; seq++) {
        const next = performance.now() + CHUNK_EVERY_MS;
        const started = performance.now();
        const res = await fetch(`${server.url}/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/octet-stream' },
          body: randomBytes(CHUNK_BYTES),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        if (res.status !== 200) failures++;
        await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
      }
    };
    await Promise.all(Array.from({ length: RECORDERS }, (_, n) => recorder(n)));
    if (failures > 0) throw new Error(`${failures} chunk uploads failed`);
    latencies.sort((a, b) => a - b);

    // Seek: store the 5-hour file through the blob store as a ready part, then time a Range request at 4:30:00.
    const made = performance.now();
    const file = fiveHourFile();
    const makeMs = performance.now() - made;
    const storage = await openStorage(config);
    let partId: string;
    let storeMs: number;
    try {
      const ctx = createAppContext(config, storage);
      const storing = performance.now();
      const stored = await ctx.blobs.put(createReadStream(file));
      storeMs = performance.now() - storing;
      const now = new Date().toISOString();
      const recording = await ensureRecording(storage.db, caseId, 'm1', now);
      const { part } = await insertPart(storage.db, {
        recordingId: recording.id,
        clientPartId: 'five-hours',
        source: 'import',
        startedAt: '2026-11-24T14:00:00Z',
        mimeType: 'audio/webm',
        device: null,
        status: 'ready',
        now,
      });
      await updatePart(storage.db, part.id, {
        blob_id: stored.id,
        sha256: stored.sha256,
        bytes: stored.bytes,
        duration_ms: FIVE_HOURS_S * 1000,
      });
      partId = part.id;
    } finally {
      await storage.close();
    }
    // The player finds the byte offset of 4:30:00 from the cues; the file is constant-bitrate, so 90% is close.
    const size = statSync(file).size;
    const offset = Math.floor((size * SEEK_S) / FIVE_HOURS_S);
    const seeks: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/cases/${caseId}/recording-parts/${partId}/audio`, {
        // A bounded range, read to its end, so no half-read answer keeps a connection busy at close.
        headers: { cookie, range: `bytes=${offset + i * 997}-${offset + i * 997 + 256 * 1024}` },
      });
      if (res.status !== 206 || !res.body) throw new Error(`seek answered ${res.status}`);
      const reader = res.body.getReader();
      await reader.read();
      seeks.push(performance.now() - started);
      while (!(await reader.read()).done);
    }
    seeks.sort((a, b) => a - b);

    return [
      {
        name: `sqlite: chunk PUT p99 (${RECORDERS} recorders, 32 KB every 2 s, ${latencies.length} chunks)`,
        value: percentile(latencies, 99),
        unit: 'ms',
        target: '< 50 ms',
      },
      { name: 'sqlite: chunk PUT p50', value: percentile(latencies, 50), unit: 'ms' },
      {
        name: 'seek: first byte of a Range request at 4:30:00 of 5 h (p95 of 20)',
        value: percentile(seeks, 95),
        unit: 'ms',
        target: '< 300 ms',
      },
      {
        name: `5-hour file (${(size / 1e6).toFixed(1)} MB): encrypt into the blob store`,
        value: storeMs,
        unit: 'ms',
      },
      { name: '5-hour file: made with ffmpeg (0 when cached)', value: makeMs, unit: 'ms' },
    ];
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(72)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `  (target ${r.target})` : ''}`,
    );
  }
}
