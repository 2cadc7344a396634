// `npm run bench`: runs every benchmark and prints its figures with the target the issue set.
// Needs the build (npm run build) for the start-up figure; uses PostgreSQL when DATABASE_URL is set or the
// throwaway server script can start one.
//
// Each suite runs in a fresh Node process: memory figures (peak RSS) must not include what an earlier suite left
// in the heap, and a suite's warm caches must not speed up the next. `npm run bench -- NAME...` runs only the
// suites whose name contains one of the words given.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { BenchResult } from './bench-types.js';

const suites: { name: string; load: () => Promise<{ run: () => Promise<BenchResult[]> }> }[] = [
  { name: 'planner and deadlines', load: () => import('./planner.bench.js') },
  { name: 'data check', load: () => import('./analysis.bench.js') },
  { name: 'transcript extraction', load: () => import('./extraction.bench.js') },
  { name: 'transcript search', load: () => import('./search.bench.js') },
  { name: 'transcription (speech to text)', load: () => import('./transcription.bench.js') },
  { name: 'live transcription', load: () => import('./live-transcription.bench.js') },
  { name: 'imports', load: () => import('./imports.bench.js') },
  { name: 'binder (document text and OCR)', load: () => import('./binder.bench.js') },
  { name: 'letters', load: () => import('./letters.bench.js') },
  { name: 'evidence binder (PDF)', load: () => import('./evidence-binder.bench.js') },
  { name: 'meeting companion', load: () => import('./companion.bench.js') },
  { name: 'recording', load: () => import('./recording.bench.js') },
  { name: 'import and normalize (media)', load: () => import('./media.bench.js') },
  { name: 'upload (tus, encrypted)', load: () => import('./upload.bench.js') },
  { name: 'API latency', load: () => import('./api.bench.js') },
  { name: 'home page (GET /api/home)', load: () => import('./home.bench.js') },
  { name: 'start-up', load: () => import('./startup.bench.js') },
];

const SUITE_FLAG = '--suite';
const RESULT_PREFIX = 'BENCH-RESULTS ';

function print(results: BenchResult[]): void {
  for (const r of results) {
    const value = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2);
    console.log(
      `${r.name.padEnd(70)} ${value.padStart(10)} ${r.unit}${r.target ? `   (target ${r.target})` : ''}`,
    );
  }
}

const flag = process.argv.indexOf(SUITE_FLAG);
if (flag >= 0) {
  // In the child: run one suite, hand the figures back as one JSON line (its own logs go to stderr).
  const suite = suites.find((s) => s.name === process.argv[flag + 1]);
  if (!suite) throw new Error(`No benchmark suite named "${process.argv[flag + 1] ?? ''}".`);
  const results = await (await suite.load()).run();
  console.log(`${RESULT_PREFIX}${JSON.stringify(results)}`);
  process.exit(0);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = wanted.length === 0 ? suites : suites.filter((s) => wanted.some((w) => s.name.includes(w)));
console.log(
  `IEP Ready benchmarks on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
);
let failed = false;
for (const suite of chosen) {
  console.log(`\n## ${suite.name}`);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] ?? '', SUITE_FLAG, suite.name],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = child.stdout.split('\n');
  const resultLine = lines.find((l) => l.startsWith(RESULT_PREFIX));
  for (const line of lines) if (line !== '' && !line.startsWith(RESULT_PREFIX)) console.log(line);
  if (child.status !== 0 || resultLine === undefined) {
    failed = true;
    console.log(`failed (exit ${child.status ?? child.signal ?? 'unknown'})`);
    continue;
  }
  print(JSON.parse(resultLine.slice(RESULT_PREFIX.length)) as BenchResult[]);
}
process.exitCode = failed ? 1 : 0;
