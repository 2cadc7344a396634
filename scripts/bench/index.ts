// `npm run bench`: runs every benchmark and prints its figures with the target the issue set.
// Needs the build (npm run build) for the start-up figure; uses PostgreSQL when DATABASE_URL is set or the
// throwaway server script can start one.
import { cpus } from 'node:os';
import type { BenchResult } from './bench-types.js';

const suites: { name: string; load: () => Promise<{ run: () => Promise<BenchResult[]> }> }[] = [
  { name: 'planner and deadlines', load: () => import('./planner.bench.js') },
  { name: 'data check', load: () => import('./analysis.bench.js') },
  { name: 'transcript extraction', load: () => import('./extraction.bench.js') },
  { name: 'transcript search', load: () => import('./search.bench.js') },
  { name: 'transcription (speech to text)', load: () => import('./transcription.bench.js') },
  { name: 'imports', load: () => import('./imports.bench.js') },
  { name: 'letters', load: () => import('./letters.bench.js') },
  { name: 'recording', load: () => import('./recording.bench.js') },
  { name: 'import and normalize (media)', load: () => import('./media.bench.js') },
  { name: 'API latency', load: () => import('./api.bench.js') },
  { name: 'start-up', load: () => import('./startup.bench.js') },
];

console.log(
  `IEP Ready benchmarks on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
);
let failed = false;
for (const suite of suites) {
  console.log(`\n## ${suite.name}`);
  try {
    const results = await (await suite.load()).run();
    for (const r of results) {
      const value = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2);
      console.log(
        `${r.name.padEnd(70)} ${value.padStart(10)} ${r.unit}${r.target ? `   (target ${r.target})` : ''}`,
      );
    }
  } catch (error) {
    failed = true;
    console.log(`failed: ${(error as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
