// Import and normalize a 5-hour file through the real import service (probe, encrypt the original, normalize to
// Opus WebM, peaks) while sampling this Node process's RSS and the ffmpeg children's peak RSS (VmHWM from
// /proc). Target: the server process stays under 300 MB, i.e. the file is streamed, never held in memory.
// Run alone: npx tsx scripts/bench/media.bench.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../packages/server/src/config.js';
import { openStorage } from '../../packages/server/src/db/open-storage.js';
import { importRecording } from '../../packages/server/src/recordings/import.service.js';
import { createAppContext } from '../../packages/server/src/context/app-context.js';
import { importCaseFile } from '../../packages/server/src/cases/cases.service.js';
import { createUser } from '../../packages/server/src/accounts/users.service.js';
import type { BenchResult } from './bench-types.js';

const HOURS = 5;

/** Peak RSS (VmHWM, kB) of the live children of this process, read from /proc. */
function childPeaksKb(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      if (!new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) continue;
      const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status);
      if (hwm?.[1]) out.set(Number(entry), Number(hwm[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-media-bench-'));
  try {
    const file = path.join(dir, 'five-hours.wav');
    // A tone keeps the encoder honest (silence encodes faster than speech would).
    execFileSync('/usr/bin/ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
      ...['-i', `sine=frequency=220:sample_rate=8000:duration=${HOURS * 3600}`, '-c:a', 'pcm_u8', file],
    ]);
    const config = loadConfig({ IEP_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' });
    const storage = await openStorage(config);
    try {
      const user = await createUser(storage, {
        email: 'bench@example.org',
        name: 'Bench',
        password: 'bench pass 123',
      });
      const example = JSON.parse(
        fs.readFileSync(
          new URL('../../packages/server/src/test-fixtures/case.example.json', import.meta.url),
          'utf8',
        ),
      ) as unknown;
      const imported = await importCaseFile(storage, user.id, example);
      if (!imported.ok) throw new Error('bench case did not import');
      const caseId = imported.id;
      const ctx = createAppContext(config, storage);
      global.gc?.();
      let peakRss = process.memoryUsage().rss;
      let ffmpegPeakKb = 0;
      const timer = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        for (const kb of childPeaksKb().values()) ffmpegPeakKb = Math.max(ffmpegPeakKb, kb);
      }, 100);
      const started = performance.now();
      const part = await importRecording(
        ctx,
        {
          caseId,
          meetingId: 'm1',
          file,
          originalName: 'five-hours.wav',
          uploadedAt: new Date(),
        },
        null,
      );
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      if (part.status !== 'ready') throw new Error(`import ended ${part.status}: ${part.error ?? ''}`);
      const durationError = Math.abs((part.duration_ms ?? 0) - HOURS * 3600 * 1000);
      return [
        { name: `import + normalize a ${HOURS}-hour file: time`, value: seconds, unit: 's' },
        {
          name: `import + normalize a ${HOURS}-hour file: peak RSS of the server process`,
          value: Math.round(peakRss / 1e6),
          unit: 'MB',
          target: '< 300 MB',
        },
        {
          name: 'import + normalize: peak RSS of one ffmpeg child',
          value: Math.round(ffmpegPeakKb / 1000),
          unit: 'MB',
        },
        {
          name: 'import: duration found vs. true length',
          value: durationError,
          unit: 'ms',
          target: '< 1000 ms',
        },
      ];
    } finally {
      await storage.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const r of await run()) console.log(r.name, r.value, r.unit, r.target ?? '');
}
