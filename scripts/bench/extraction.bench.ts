// Extraction quality and speed: precision, recall and F1 per kind on the labeled meeting (and the held-out 504
// meeting), and the time to extract from 10,000 utterances on one core.
// Run alone with `npx tsx scripts/bench/extraction.bench.ts`, or through `npm run bench`.
import { pathToFileURL } from 'node:url';
import {
  EXTRACT_KINDS,
  extractItems,
  scoreExtraction,
  type Utterance,
} from '../../packages/core/src/index.js';
import { HELD_OUT_UTTERANCES } from '../../packages/core/src/extraction/held-out-utterances.js';
import { LABELED_UTTERANCES } from '../../packages/core/src/extraction/labeled-utterances.js';
import type { BenchResult } from './bench-types.js';

const N = 10_000;

function qualityRows(name: string, set: typeof LABELED_UTTERANCES, targets: boolean): BenchResult[] {
  const score = scoreExtraction(set);
  const rows: BenchResult[] = [];
  for (const kind of EXTRACT_KINDS) {
    const k = score.perKind[kind];
    rows.push(
      { name: `${name}: ${kind} precision`, value: k.precision * 100, unit: '%' },
      { name: `${name}: ${kind} recall`, value: k.recall * 100, unit: '%' },
      { name: `${name}: ${kind} F1`, value: k.f1 * 100, unit: '%' },
    );
  }
  rows.push(
    {
      name: `${name}: overall precision (${set.length} utterances)`,
      value: score.overall.precision * 100,
      unit: '%',
      ...(targets ? { target: '>= 85 %' } : {}),
    },
    {
      name: `${name}: overall recall`,
      value: score.overall.recall * 100,
      unit: '%',
      ...(targets ? { target: '>= 80 %' } : {}),
    },
    { name: `${name}: overall F1`, value: score.overall.f1 * 100, unit: '%' },
    {
      name: `${name}: due dates right (of items of the right kind)`,
      value: score.due.accuracy * 100,
      unit: '%',
    },
  );
  return rows;
}

export async function run(): Promise<BenchResult[]> {
  const base: Utterance[] = LABELED_UTTERANCES.map((l) => ({
    speaker: l.speaker,
    text: l.text,
    start: null,
    ...(l.bookmark === undefined ? {} : { bookmark: l.bookmark }),
  }));
  const utterances: Utterance[] = Array.from({ length: N }, (_, i) => {
    const u = base[i % base.length] as Utterance;
    return { ...u, start: i * 7.5 };
  });
  // Warm up once, as a long-running server would be.
  extractItems(utterances.slice(0, 500), { meetingDate: '2026-12-07' });
  const startedAt = performance.now();
  const items = extractItems(utterances, { meetingDate: '2026-12-07' });
  const ms = performance.now() - startedAt;
  return [
    ...qualityRows('labeled meeting', LABELED_UTTERANCES, true),
    ...qualityRows('held-out 504 meeting', HELD_OUT_UTTERANCES, false),
    { name: `extract from ${N.toLocaleString('en-US')} utterances (one core)`, value: ms, unit: 'ms' },
    { name: `items found in ${N.toLocaleString('en-US')} utterances`, value: items.length, unit: 'items' },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(70)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `   (target ${r.target})` : ''}`,
    );
  }
}
