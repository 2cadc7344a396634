// Live transcription: a long simulated meeting (the six-voice meeting repeated, BENCH_LIVE_HOURS, default 3) as a
// WebM/Opus stream cut into one-second chunks, uploaded in order to the real app (SQLite, in-process jobs, the
// engine this machine has) BENCH_LIVE_SPEED times faster than real time (default 20: three hours take nine
// minutes to feed). Prints how far the live transcript lags behind the audio received (p50/p95/max), the time from
// the recorder's finish to the complete transcript, the chunk upload latency (recording never waits on
// transcription) and RSS (node + ffmpeg + pocketsphinx) at the start, middle and end and its peak. At 20x the
// engine cannot keep up (pocketsphinx needs about 0.1 s of work per second of speech on 2 cores), so the lag grows
// and the transcript catches up after the stop; at real time (BENCH_LIVE_SPEED=1) it keeps up.
// Run alone: npx tsx --conditions source scripts/bench/live-transcription.bench.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../packages/server/src/app/app.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { openStorage } from '../../packages/server/src/db/open-storage.js';
import { PASSWORD, exampleCase, sessionCookie } from '../../packages/server/src/test-support/test-app.js';
import { percentile, type BenchResult } from './bench-types.js';
import { rssNow, type Rss } from './rss.js';
import { sixVoiceMeeting } from './six-voice-meeting.js';

const HOURS = Number(process.env.BENCH_LIVE_HOURS ?? 3);
const SPEED = Number(process.env.BENCH_LIVE_SPEED ?? 20);
const SAMPLE_MS = 2000;

/**
 * The meeting repeated to `hours`, as Opus in WebM (what Chromium's MediaRecorder makes), cut at 1 s. The WebM is
 * made once and kept in the temp folder between runs (encoding three hours takes minutes).
 */
function meetingChunks(dir: string, hours: number): { chunks: Buffer[]; seconds: number } {
  const seconds = Math.round(hours * 3600);
  const webm = path.join(os.tmpdir(), `iep-bench-live-${seconds}s-v1.webm`);
  if (!fs.existsSync(webm)) {
    const { wav, durationSec } = sixVoiceMeeting(dir);
    const copies = Math.ceil(seconds / durationSec);
    const partial = `${webm}.partial`;
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-stream_loop', String(copies - 1), '-i', wav],
      ...['-t', String(seconds), '-ac', '1', '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', '-y', partial],
    ]);
    fs.renameSync(partial, webm);
  }
  const bytes = fs.readFileSync(webm);
  // Cut at even byte offsets, one a second (MediaRecorder's blobs need not end at frame edges).
  const cuts = Array.from({ length: seconds + 1 }, (_, i) => Math.round((bytes.length * i) / seconds));
  return { chunks: cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end)), seconds };
}

export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-live-bench-'));
  const dataDir = path.join(dir, 'data');
  const config = loadConfig({
    IEP_DATA_DIR: dataDir,
    DATABASE_URL: '',
    IEP_LOG_LEVEL: 'silent',
    IEP_RATE_LIMIT_PER_MINUTE: '10000000',
    IEP_WEB_DIST: path.join(dataDir, 'no-web'),
    IEP_LIVE_TRANSCRIPTION: 'true',
  });
  const storage = await openStorage(config);
  const app = await buildApp(config, storage);
  try {
    const { chunks, seconds } = meetingChunks(dir, HOURS);
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Bench', email: 'live-bench@example.org', password: PASSWORD },
    });
    const headers = {
      cookie: sessionCookie(signUp),
      'x-csrf-token': signUp.json<{ csrfToken: string }>().csrfToken,
    };
    const made = await app.inject({
      method: 'POST',
      url: '/api/cases/import',
      headers,
      payload: exampleCase(),
    });
    const caseId = made.json<{ id: string }>().id;
    const part = (
      await app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/meetings/m1/recording/parts`,
        headers,
        payload: {
          clientPartId: 'bench',
          startedAt: new Date().toISOString(),
          mimeType: 'audio/webm;codecs=opus',
        },
      })
    ).json<{ id: string }>();
    const transcriptRow = () =>
      storage.db
        .selectFrom('transcripts')
        .select(['status', 'processed_sec', 'segment_count'])
        .where('case_id', '=', caseId)
        .executeTakeFirst();

    const lags: number[] = [];
    const uploadMs: number[] = [];
    const memory: { atSec: number; rss: Rss }[] = [];
    let fed = 0;
    let feeding = true;
    const began = performance.now();
    const sampler = setInterval(() => {
      if (feeding)
        void transcriptRow().then((row) => {
          lags.push(Math.max(0, fed - Number(row?.processed_sec ?? 0)));
        });
      memory.push({ atSec: (performance.now() - began) / 1000, rss: rssNow() });
    }, SAMPLE_MS);

    // Feed at SPEED times real time, on a fixed schedule (a slow answer is not made up by sending faster).
    for (let seq = 0; seq < chunks.length; seq++) {
      const due = began + (seq * 1000) / SPEED;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sent = performance.now();
      const res = await app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${part.id}/chunks/${seq}`,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        payload: chunks[seq],
      });
      uploadMs.push(performance.now() - sent);
      if (res.statusCode !== 200) throw new Error(`chunk ${seq}: ${res.statusCode} ${res.body}`);
      fed = seq + 1;
    }
    feeding = false;
    const fedSec = (performance.now() - began) / 1000;
    const atEnd = await transcriptRow();
    const behindAtEnd = seconds - Number(atEnd?.processed_sec ?? 0);
    const stopped = performance.now();
    await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/recording-parts/${part.id}/finish`,
      headers,
      payload: { lastSeq: chunks.length - 1 },
    });
    let partReadySec: number | null = null;
    for (;;) {
      const row = await transcriptRow();
      if (partReadySec === null) {
        const p = await storage.db
          .selectFrom('recording_parts')
          .select('status')
          .where('id', '=', part.id)
          .executeTakeFirst();
        if (p?.status === 'ready') partReadySec = (performance.now() - stopped) / 1000;
      }
      if (row?.status === 'done' || row?.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const completeSec = (performance.now() - stopped) / 1000;
    clearInterval(sampler);
    memory.push({ atSec: (performance.now() - began) / 1000, rss: rssNow() });
    const final = await transcriptRow();
    if (final?.status !== 'done') throw new Error('the live transcript did not finish');

    const sorted = [...lags].sort((a, b) => a - b);
    const sortedUploads = [...uploadMs].sort((a, b) => a - b);
    const at = (fraction: number) =>
      memory[Math.min(memory.length - 1, Math.floor(fraction * memory.length))];
    const what = `${HOURS} h meeting fed at ${SPEED}x`;
    return [
      { name: `live: ${what}: feeding took`, value: fedSec, unit: 's' },
      { name: 'live: lag behind the audio received, p50', value: percentile(sorted, 50), unit: 's' },
      { name: 'live: lag, p95', value: percentile(sorted, 95), unit: 's' },
      { name: 'live: lag, max', value: sorted.at(-1) ?? Number.NaN, unit: 's' },
      { name: 'live: audio not yet transcribed when the recorder stopped', value: behindAtEnd, unit: 's' },
      {
        name: 'live: stop to part file ready (remux, hash, peaks)',
        value: partReadySec ?? Number.NaN,
        unit: 's',
      },
      {
        name: 'live: stop to complete transcript (catch-up)',
        value: completeSec,
        unit: 's',
        ...(SPEED === 1 ? { target: '< 120 after a 3 h recording' } : {}),
      },
      { name: 'live: segments', value: Number(final.segment_count), unit: '' },
      { name: 'live: chunk upload latency p50', value: percentile(sortedUploads, 50), unit: 'ms' },
      { name: 'live: chunk upload latency p95', value: percentile(sortedUploads, 95), unit: 'ms' },
      { name: 'live: chunk upload latency max', value: sortedUploads.at(-1) ?? Number.NaN, unit: 'ms' },
      { name: 'live: RSS node + children, start', value: at(0.02)?.rss.totalMb ?? Number.NaN, unit: 'MB' },
      { name: 'live: RSS node + children, middle', value: at(0.5)?.rss.totalMb ?? Number.NaN, unit: 'MB' },
      { name: 'live: RSS node + children, end', value: memory.at(-1)?.rss.totalMb ?? Number.NaN, unit: 'MB' },
      {
        name: 'live: RSS node + children, peak',
        value: Math.max(...memory.map((m) => m.rss.totalMb)),
        unit: 'MB',
        target: 'flat',
      },
      { name: 'live: RSS node alone, peak', value: Math.max(...memory.map((m) => m.rss.nodeMb)), unit: 'MB' },
    ];
  } finally {
    await app.close();
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run())
    console.log(
      `${r.name.padEnd(70)} ${(Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2)).padStart(10)} ${r.unit}`,
    );
}
