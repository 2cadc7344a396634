// Extraction quality and speed, per method (rules, classifier, combined): precision, recall and F1, due dates and
// owners right, on the corpus's training meetings, seen-a to seen-r43e (held-out sets A to ZZZZ, R38A to R43E: each
// scored blind, now trained and tuned on like train), the development meetings and, when there is one, a held-out set;
// each on the text as labeled and with recognizer errors at 20, 30 and 40% word error rate (noise.ts, seed 1). Then the
// honest figures: leave-one-set-out cross-validation over train, dev and the seen sets (extraction-cv.ts; slow on two
// cores, EXTRACTION_BENCH_CV=off skips it). Then utterances per second on one core.
//
// A held-out set is read only when EXTRACTION_HELD_OUT=/path names one (every .json file in it, one meeting each);
// a blind set lives outside the repository, written by someone who never saw the rules. EXTRACTION_HELD_OUT=off skips it. With EXTRACTION_BENCH_MISTAKES=1
// the mistakes of each method (plain text) on the seen sets and the held-out set go to stderr. A held-out folder whose
// utterances are also in the corpus is reported as such: it is not held out.
// Run alone with `npx tsx scripts/bench/extraction.bench.ts`, or through `npm run bench -- extraction`.
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_EXTRACTION_METHOD,
  EXTRACTION_METHODS,
  extractItems,
  extractionModelInfo,
  type ExtractionMethod,
  type Utterance,
} from '../../packages/core/src/index.js';
import {
  corpusCounts,
  formatMistakes,
  noiseMeetings,
  scoreMeetings,
  type LabeledMeeting,
} from '../../packages/core/src/extraction/evaluation.js';
import {
  corpusOverlap,
  loadCorpus,
  loadMeetings,
  loadSeen,
  SEEN_SETS,
} from '../../packages/core/src/test-support/extraction-corpus.js';
import { crossValidatedRows } from './extraction-cv.js';
import type { BenchResult } from './bench-types.js';

const NOISE_LEVELS = [0.2, 0.3, 0.4];
const NOISE_SEED = 1;
const SPEED_UTTERANCES = 2_000;

function heldOutDir(): string | null {
  const env = process.env['EXTRACTION_HELD_OUT'];
  if (env === undefined || env === '' || env === 'off' || env === 'none') return null;
  return env;
}

function qualityRows(
  method: ExtractionMethod,
  set: string,
  meetings: LabeledMeeting[],
  targets: boolean,
): BenchResult[] {
  const rows: BenchResult[] = [];
  const variants: { label: string; meetings: LabeledMeeting[] }[] = [{ label: 'plain', meetings }];
  for (const level of NOISE_LEVELS) {
    const noisy = noiseMeetings(meetings, level, NOISE_SEED);
    variants.push({
      label: `${Math.round(level * 100)}% WER (measured ${(noisy.wer * 100).toFixed(1)}%)`,
      meetings: noisy.meetings,
    });
  }
  for (const v of variants) {
    const s = scoreMeetings(v.meetings, { method });
    const name = `${method} | ${set} | ${v.label}`;
    const t = (target: string) => (targets ? { target } : {});
    rows.push(
      { name: `${name}: precision`, value: s.overall.precision * 100, unit: '%', ...t('>= 90 %') },
      { name: `${name}: recall`, value: s.overall.recall * 100, unit: '%', ...t('>= 85 %') },
      { name: `${name}: F1`, value: s.overall.f1 * 100, unit: '%' },
      {
        name: `${name}: due dates right (${s.due.correct}/${s.due.total})`,
        value: s.due.accuracy * 100,
        unit: '%',
        ...t('>= 90 %'),
      },
      {
        name: `${name}: owner right (${s.who.correct}/${s.who.total})`,
        value: s.who.accuracy * 100,
        unit: '%',
        ...t('>= 90 %'),
      },
    );
    if (v.label === 'plain') {
      for (const [kind, k] of Object.entries(s.perKind))
        rows.push({
          name: `${name}: ${kind} F1 (P ${(k.precision * 100).toFixed(0)}, R ${(k.recall * 100).toFixed(0)})`,
          value: k.f1 * 100,
          unit: '%',
        });
      if (
        (set.startsWith('held-out') || set.startsWith('seen-')) &&
        process.env['EXTRACTION_BENCH_MISTAKES'] === '1'
      )
        console.error(`\n${name} mistakes:\n${formatMistakes(s)}`);
    }
  }
  return rows;
}

function speedRow(method: ExtractionMethod, meetings: LabeledMeeting[]): BenchResult {
  const base: Utterance[] = meetings.flatMap((m) =>
    m.utterances.map((u) => ({ speaker: u.speaker, text: u.text, start: null })),
  );
  const utterances = Array.from({ length: SPEED_UTTERANCES }, (_, i) => ({
    ...(base[i % base.length] as Utterance),
    start: i * 7.5,
  }));
  const speakers = meetings.flatMap((m) => m.speakers);
  extractItems(utterances.slice(0, 200), { meetingDate: '2026-12-07', method, speakers });
  const startedAt = performance.now();
  extractItems(utterances, { meetingDate: '2026-12-07', method, speakers });
  const seconds = (performance.now() - startedAt) / 1000;
  return {
    name: `${method}: speed (${SPEED_UTTERANCES.toLocaleString('en-US')} utterances, one core)`,
    value: SPEED_UTTERANCES / seconds,
    unit: 'utterances/s',
  };
}

export async function run(): Promise<BenchResult[]> {
  const train = loadCorpus('train');
  const seen = SEEN_SETS.map((set): [string, LabeledMeeting[]] => [set, loadSeen(set)]);
  const dev = loadCorpus('dev');
  const dir = heldOutDir();
  const heldOut = dir === null ? null : loadMeetings(dir);
  const rows: BenchResult[] = [];
  const sets: [string, LabeledMeeting[]][] = [['train', train], ...seen, ['dev', dev]];
  if (heldOut !== null) {
    const known = corpusOverlap(heldOut, [...train, ...seen.flatMap(([, ms]) => ms), ...dev]);
    if (known > 0)
      rows.push({
        name: `held-out folder ${dir}: utterances also in the corpus (not held out; scores below are not blind)`,
        value: known,
        unit: 'utterances',
      });
    sets.push([`held-out (${heldOut.length} meetings)`, heldOut]);
  }
  for (const [name, meetings] of sets) {
    const c = corpusCounts(meetings);
    rows.push({
      name: `${name}: ${c.meetings} meetings; commitment ${c.commitment}, refusal ${c.refusal}, agreement ${c.agreement}, open-question ${c['open-question']}, none ${c.none}`,
      value: c.utterances,
      unit: 'utterances',
    });
  }
  rows.push({
    // The shipped weights may predate the newest seen sets (a retrained model ships only when it keeps dev's floor).
    name: `default method: ${DEFAULT_EXTRACTION_METHOD} (classifier and combined were trained on ${extractionModelInfo().trainedOn.meetings} meetings of train and the seen sets)`,
    value: 0,
    unit: '',
  });
  for (const method of EXTRACTION_METHODS) {
    for (const [name, meetings] of sets)
      rows.push(...qualityRows(method, name, meetings, name.startsWith('held-out')));
    rows.push(speedRow(method, train));
  }
  if (process.env['EXTRACTION_BENCH_CV'] !== 'off') rows.push(...crossValidatedRows());
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(100)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `   (target ${r.target})` : ''}`,
    );
  }
}
