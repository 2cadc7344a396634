// CPU profile of the server under the API latency bench's load, to see where a read's time goes:
//
//   npx tsx scripts/bench/profile-api.ts sqlite plan      (database: sqlite | postgres; route: case | plan)
//
// It starts the server in-process exactly as api.bench.ts does, runs autocannon (100 connections, in a worker
// thread) against one route, and records the main thread (the server) with the V8 profiler for the load only (not
// start-up or sign-up). It prints the heaviest frames by self time and by total time, and the path of the
// .cpuprofile it wrote (in the system temp folder; never commit it).
// Open that file in Chrome DevTools (Performance tab, "Load profile") or speedscope for the flame graph.
// PostgreSQL is DATABASE_URL or the throwaway server (a fresh database, dropped afterwards).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../packages/server/src/index.js';
import { autocannon, benchEnv, prepare } from './api.bench.js';
import { withFreshDatabase } from './bench-postgres.js';

const [database = 'sqlite', route = 'plan'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seconds = Number(process.env.IEP_BENCH_SECONDS ?? 8);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** The server's CPU profile while autocannon loads the route. */
async function underLoad(): Promise<CpuProfile> {
  let profile: CpuProfile | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'iep-profile-api-'));
  const work = async (url: string) => {
    const { server, cookie, caseId } = await prepare(loadConfig(benchEnv(dataDir, url)), {});
    try {
      const path = route === 'case' ? `/api/cases/${caseId}` : `/api/cases/${caseId}/meetings/m1/plan`;
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      const r = await autocannon({
        url: `${server.url}${path}`,
        connections: 100,
        duration: seconds,
        workers: 1,
        headers: { cookie },
      });
      profile = (await session.post('Profiler.stop')).profile as unknown as CpuProfile;
      session.disconnect();
      console.log(
        `${database} ${route}: p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s, non-2xx ${r.non2xx}`,
      );
    } finally {
      await server.close();
    }
  };
  try {
    if (database === 'postgres') {
      if ((await withFreshDatabase(work)) === null) throw new Error('No PostgreSQL to profile on.');
    } else await work('');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!profile) throw new Error('The profiler gave nothing.');
  return profile;
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '~/');
  return `${functionName || '(anonymous)'} ${file ? `${file.replace(/^.*\/packages\//, '')}:${lineNumber + 1}` : ''}`;
}

/** The frames with the most samples of their own, and the most samples in themselves and what they call. */
function summarize(profile: CpuProfile, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at) as ProfileNode);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  const all = profile.samples.length;
  const print = (title: string, counts: Map<string, number>) => {
    console.log(`\n${title} (of ${all} samples)`);
    for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * count) / all).toFixed(1).padStart(5)}%  ${name}`);
  };
  print('Self time', self);
  print('Total time', total);
}

const profile = await underLoad();
const file = join(tmpdir(), `iep-api-${database}-${route}-${Date.now()}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));
summarize(profile);
console.log(`\nFlame graph: load ${file} in Chrome DevTools (Performance) or speedscope; do not commit it.`);
