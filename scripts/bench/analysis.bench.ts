// The data check on a large case: 20 goals with 3 years of weekly probes and 10 services with 3 years of daily
// logs, analyzed in under 100 ms (median of several runs). Run alone: npx tsx scripts/bench/analysis.bench.ts
import { analyzeCase, parseCaseFile, type CaseFileInput } from '../../packages/core/src/index.js';
import type { BenchResult } from './bench-types.js';

const YEARS = 3;
const START = Date.UTC(2024, 7, 19); // Monday 2024-08-19; the bench may use the clock, core may not
const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(START + day * DAY_MS).toISOString().slice(0, 10);

/** A small deterministic generator so every run analyzes the same case. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateCase(): CaseFileInput {
  const random = lcg(42);
  const days = YEARS * 365;
  const goals = Array.from({ length: 20 }, (_, g) => {
    const probes = [];
    for (let week = 1; week * 7 < days; week += 1)
      probes.push({ date: iso(week * 7 + 1), score: Math.round(40 + week * 0.4 + random() * 8) });
    const reports = [];
    for (let day = 63; day < days; day += 63)
      reports.push({
        period: `Report ${reports.length + 1}`,
        date: iso(day),
        status: 'progressing' as const,
        narrative: 'Making good progress, but not yet on track.',
      });
    return {
      id: `g${g + 1}`,
      area: g % 2 === 0 ? 'Reading fluency' : 'Math calculation',
      text: 'Weekly probe goal.',
      baseline: { date: iso(0), score: 40 },
      target: { date: iso(days), score: 120 },
      mastery: { threshold: 110, comparator: '>=' as const, window: 5, required: 4, consecutive: false },
      phases: [
        { id: 'a', label: 'Core', kind: 'intervention' as const, startDate: iso(0) },
        { id: 'b', label: 'Small group', kind: 'intervention' as const, startDate: iso(365) },
      ],
      probes,
      reports,
    };
  });
  const services = Array.from({ length: 10 }, (_, s) => {
    const log = [];
    for (let day = 0; day < days; day += 1) {
      if (day % 7 >= 5) continue; // weekends
      const r = random();
      const status = r < 0.8 ? ('delivered' as const) : r < 0.95 ? ('missed' as const) : ('make-up' as const);
      log.push({
        date: iso(day),
        minutes: status === 'missed' ? 0 : 30,
        status,
        ...(status === 'missed' ? { reason: r < 0.87 ? 'student-absent' : 'provider-absent' } : {}),
      });
    }
    return {
      id: `s${s + 1}`,
      name: `Service ${s + 1}`,
      minutes: [150, 30, 600, 5400][s % 4] ?? 150,
      per: (['week', 'day', 'month', 'year'] as const)[s % 4] ?? 'week',
      start: iso(0),
      end: iso(days),
      scheduledMinutesPerWeek: 120,
      log,
    };
  });
  return {
    format: 'iep-ready/case@1',
    student: {
      name: 'Bench Student',
      dateOfBirth: '2012-01-01',
      grade: '7',
      school: 'School',
      district: 'District',
      planType: 'IEP',
    },
    parents: [{ name: 'Parent' }],
    goals,
    services,
    assessments: [
      { program: 'MAP', schoolYear: '2025-26', subject: 'English Language Arts', level: 'Basic' },
    ],
    closures: [0, 1, 2].map((y) => ({
      from: iso(y * 365 + 124),
      to: iso(y * 365 + 135),
      reason: 'Winter break',
    })),
  };
}

export async function run(): Promise<BenchResult[]> {
  const parsed = parseCaseFile(generateCase());
  if (!parsed.ok)
    throw new Error(`the generated case is invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const asOf = iso(YEARS * 365 - 10);
  const times: number[] = [];
  let findings = 0;
  // Two warm-up runs let the JIT compile the code, as it will be in a running server.
  for (let i = 0; i < 2; i += 1) analyzeCase(parsed.value, { asOf });
  for (let i = 0; i < 9; i += 1) {
    const started = performance.now();
    findings = analyzeCase(parsed.value, { asOf }).findings.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: `analyzeCase, 20 goals x ${YEARS} y weekly probes + 10 services x ${YEARS} y daily logs (median of 9 after 2 warm-up runs)`,
      value: times[4] ?? Number.NaN,
      unit: 'ms',
      target: '< 100 ms',
    },
    { name: 'findings in the generated case', value: findings, unit: 'findings' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run())
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
