// API latency: the server in-process on a loopback port, one user with the example case, and autocannon with
// 100 connections against the case and its plan, per database. Also the time from startServer() to the first
// /api/health answer. Run alone with `npx tsx scripts/bench/api.bench.ts` (after `npm run build` for core).
// PostgreSQL: DATABASE_URL, else the throwaway server (bench-postgres.ts). Where the time goes: profile-api.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadConfig,
  startServer,
  type Config,
  type OpenStorageOptions,
} from '../../packages/server/src/index.js';
import type { BenchResult } from './bench-types.js';
import { withFreshDatabase } from './bench-postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DURATION_S = Number(process.env.IEP_BENCH_SECONDS ?? 5);

interface AutocannonResult {
  latency: { p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its API used here.
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export function benchEnv(dataDir: string, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    IEP_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    IEP_PORT: '0',
    IEP_LOG_LEVEL: 'silent',
    IEP_RATE_LIMIT_PER_MINUTE: '10000000',
    IEP_WEB_DIST: join(dataDir, 'no-web'),
  };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Times startServer() to the first /api/health answer, then signs up and imports the example case. */
export async function prepare(config: Config, options: OpenStorageOptions) {
  const started = performance.now();
  const server = await startServer(config, options);
  const health = await fetch(`${server.url}/api/health`);
  const startMs = performance.now() - started;
  if (!health.ok) throw new Error(`health answered ${health.status}`);

  const signUp = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench', email: 'bench@example.org', password: 'bench password 123' }),
  });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = await json<{ csrfToken: string }>(signUp);
  const example = readFileSync(join(root, 'packages/server/src/test-fixtures/case.example.json'), 'utf8');
  const imported = await fetch(`${server.url}/api/cases/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: example,
  });
  const { id } = await json<{ id: string }>(imported);
  return { server, cookie, caseId: id, startMs };
}

async function measure(
  dialect: string,
  config: Config,
  options: OpenStorageOptions = {},
): Promise<BenchResult[]> {
  const { server, cookie, caseId, startMs } = await prepare(config, options);
  const results: BenchResult[] = [
    {
      name: `${dialect}: startServer() to first /api/health answer (in-process)`,
      value: startMs,
      unit: 'ms',
    },
  ];
  try {
    const targets = [
      { label: 'GET /api/cases/:id', path: `/api/cases/${caseId}` },
      { label: 'GET /api/cases/:id/meetings/m1/plan', path: `/api/cases/${caseId}/meetings/m1/plan` },
    ];
    for (const target of targets) {
      const busyBefore = performance.eventLoopUtilization();
      const r = await autocannon({
        url: `${server.url}${target.path}`,
        connections: 100,
        duration: DURATION_S,
        // The load runs in a worker thread so that it does not take event-loop time from the server it measures.
        workers: 1,
        headers: { cookie },
      });
      const busy = performance.eventLoopUtilization(busyBefore);
      if (r.non2xx > 0 || r.errors > 0)
        throw new Error(`${target.label}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      results.push(
        {
          name: `${dialect}: ${target.label} p99 latency (100 connections)`,
          value: r.latency.p99,
          unit: 'ms',
          target: '< 50 ms',
        },
        { name: `${dialect}: ${target.label} throughput`, value: r.requests.average, unit: 'req/s' },
        {
          // The server's event loop time per answer: less at the mercy of other work on a shared machine than p99.
          name: `${dialect}: ${target.label} server busy time per request`,
          value: (busy.active * 1000) / Math.max(1, r.requests.total),
          unit: 'µs',
        },
      );
    }
  } finally {
    await server.close();
  }
  return results;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'iep-bench-api-'));
  try {
    // Loading the server's modules costs the first start about half a second: pay it before timing any start, so
    // the encrypted and the plain start-up figures below compare the databases only.
    await (await startServer(loadConfig(benchEnv(join(dataDir, 'warm-up'), '')))).close();
    results.push(...(await measure('sqlite (encrypted)', loadConfig(benchEnv(dataDir, '')))));
    // The same code on a plain SQLite file, only to print what encryption costs (the app always encrypts).
    results.push(
      ...(await measure('sqlite (plain, for comparison)', loadConfig(benchEnv(join(dataDir, 'plain'), '')), {
        unencryptedForBenchmark: true,
      })),
    );

    const postgres = await withFreshDatabase((url) =>
      measure('postgres', loadConfig(benchEnv(dataDir, url))),
    );
    if (postgres) results.push(...postgres);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(72)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `  (target ${r.target})` : ''}`,
    );
  }
}
