import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Spawns the built `iep serve` on a fresh data folder and times until /api/health answers. */
async function startOnce(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'iep-bench-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'packages/cli/bin/iep.js'), 'serve'], {
    env: { ...process.env, IEP_DATA_DIR: dataDir, IEP_PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > 20_000) throw new Error('the server did not answer within 20 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(await startOnce());
  times.sort((a, b) => a - b);
  return [
    {
      name: 'start to first response (fresh data folder, median of 3)',
      value: times[1] ?? Number.NaN,
      unit: 'ms',
      target: '< 2000 ms',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit}`);
}
