// Planner and deadline speed: 10,000 plans and 10,000 deadline computations on one core (target: plans < 1 s).
// Run alone with `npx tsx scripts/bench/planner.bench.ts`, or through `npm run bench`.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEADLINE_RULE_IDS,
  DEADLINE_RULES,
  computeDeadline,
  parseCaseFileText,
  planMeeting,
  type Meeting,
} from '../../packages/core/src/index.js';
import type { BenchResult } from './bench-types.js';

const N = 10_000;
const EXAMPLE = fileURLToPath(new URL('../../examples/case.example.json', import.meta.url));

function exampleCase() {
  const parsed = parseCaseFileText(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(`The example case file is invalid: ${parsed.problems[0]?.message ?? ''}`);
  return parsed.value;
}

/** Meetings spread over two years so holiday tables for several years and DST changes are exercised. */
function meetings(base: Meeting, count: number): Meeting[] {
  const out: Meeting[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2026, 0, 5) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const hour = String(8 + (i % 8)).padStart(2, '0');
    out.push({
      ...base,
      id: `m${i}`,
      sessions: [{ start: `${day}T${hour}:00:00`, end: `${day}T${hour}:45:00` }],
    });
  }
  return out;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function run(): Promise<BenchResult[]> {
  const caseFile = exampleCase();
  const base = caseFile.meetings[0];
  if (base === undefined) throw new Error('The example case file has no meeting.');
  const list = meetings(base, N);
  const now = '2025-12-01T12:00:00-06:00';
  const dayRules = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].unit !== 'hours');
  const planAll = () => {
    for (const meeting of list) planMeeting({ meeting, now, caseFile });
  };
  const deadlinesAll = () => {
    for (let i = 0; i < N; i += 1) {
      const from = list[i]?.sessions[0]?.start.slice(0, 10) ?? '2026-01-05';
      computeDeadline(dayRules[i % dayRules.length] ?? 'sunshine-response', {
        from,
        closures: caseFile.closures,
      });
    }
  };
  // Warm up the JIT and the holiday cache once, as a long-running server would be.
  planAll();
  deadlinesAll();
  const planMs = time(planAll);
  const deadlineMs = time(deadlinesAll);
  return [
    {
      name: `${N.toLocaleString('en-US')} meeting plans (example case, one core)`,
      value: planMs,
      unit: 'ms',
      target: '< 1000 ms',
    },
    {
      name: `${N.toLocaleString('en-US')} deadline computations (day rules, with closures)`,
      value: deadlineMs,
      unit: 'ms',
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(60)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `   (target ${r.target})` : ''}`,
    );
  }
}
