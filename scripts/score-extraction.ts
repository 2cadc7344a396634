// `npm run extraction:score -- --set DIR`: scores the shipped extraction (rules, classifier, combined) on a folder of
// labeled meetings that the project has never seen, once: precision, recall and F1, due dates and owners right, per
// kind, on the text as labeled and with recognizer errors (20% word error rate by default; noise.ts, seed 1, the
// benchmark's). DIR holds one meeting per .json file in the corpus format (packages/core/src/extraction/corpus; the
// blind writer's prompt asks for that format, so a writer's folder is scored as it is). Nothing is trained or tuned
// here.
//
// Options: --wer 0.2,0.4 (the noise levels; 0 or none for plain only), --mistakes (each method's mistakes on the
// plain text, to stderr), --json (the figures as one JSON object instead of tables). A folder whose longer
// utterances are also in the corpus is named as not held out.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  corpusCounts,
  formatMistakes,
  noiseMeetings,
  scoreMeetings,
  type ExtractionScore,
  type LabeledMeeting,
} from '../packages/core/src/extraction/evaluation.js';
import {
  DEFAULT_EXTRACTION_METHOD,
  EXTRACTION_METHODS,
  extractionModelInfo,
} from '../packages/core/src/extraction/index.js';
import {
  corpusOverlap,
  loadCorpus,
  loadMeetings,
  loadSeen,
  SEEN_SETS,
} from '../packages/core/src/test-support/extraction-corpus.js';
import { EXTRACT_KINDS } from '../packages/core/src/transcripts/transcript-types.js';

const NOISE_SEED = 1;
const USAGE = 'Usage: npm run extraction:score -- --set DIR [--wer 0.2] [--mistakes] [--json]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        set: { type: 'string' },
        wer: { type: 'string', default: '0.2' },
        mistakes: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

function noiseLevels(text: string): number[] {
  if (text === 'none' || text === '0' || text === '') return [];
  const levels = text.split(',').map((s) => Number(s.trim()));
  if (levels.some((l) => !Number.isFinite(l) || l <= 0 || l >= 1))
    fail(`--wer takes word error rates between 0 and 1, like 0.2 or 0.2,0.4 (got "${text}").`);
  return levels;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const ratio = (r: { correct: number; total: number }) => `${r.correct}/${r.total}`.padStart(7);

function summary(s: ExtractionScore) {
  return {
    precision: s.overall.precision,
    recall: s.overall.recall,
    f1: s.overall.f1,
    due: { correct: s.due.correct, total: s.due.total },
    who: { correct: s.who.correct, total: s.who.total },
    perKind: Object.fromEntries(
      EXTRACT_KINDS.map((k) => {
        const c = s.perKind[k];
        return [
          k,
          {
            precision: c.precision,
            recall: c.recall,
            f1: c.f1,
            tp: c.truePositives,
            fp: c.falsePositives,
            fn: c.falseNegatives,
          },
        ];
      }),
    ),
  };
}

const args = options();
if (args.help === true) {
  console.log(USAGE);
  process.exit(0);
}
if (args.set === undefined || args.set === '') fail('Name the folder of labeled meetings with --set DIR.');
const dir = path.resolve(args.set);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`No folder at ${dir}.`);
let meetings: LabeledMeeting[];
try {
  meetings = loadMeetings(dir);
} catch (error) {
  fail((error as Error).message);
}
if (meetings.length === 0) fail(`${dir} has no .json meetings.`);
const levels = noiseLevels(args.wer ?? '0.2');

const corpus = [...loadCorpus('train'), ...loadCorpus('dev'), ...SEEN_SETS.flatMap((set) => loadSeen(set))];
const overlap = corpusOverlap(meetings, corpus);
const counts = corpusCounts(meetings);
const variants: { label: string; meetings: LabeledMeeting[] }[] = [{ label: 'plain', meetings }];
for (const level of levels) {
  const noisy = noiseMeetings(meetings, level, NOISE_SEED);
  variants.push({
    label: `${Math.round(level * 100)}% WER (measured ${(noisy.wer * 100).toFixed(1)}%)`,
    meetings: noisy.meetings,
  });
}
const results = EXTRACTION_METHODS.flatMap((method) =>
  variants.map((v) => ({ method, text: v.label, score: scoreMeetings(v.meetings, { method }) })),
);
const model = extractionModelInfo();

if (args.json === true) {
  console.log(
    JSON.stringify(
      {
        set: dir,
        counts,
        utterancesAlsoInCorpus: overlap,
        model: { version: model.version, trainedOn: model.trainedOn },
        defaultMethod: DEFAULT_EXTRACTION_METHOD,
        results: results.map((r) => ({ method: r.method, text: r.text, ...summary(r.score) })),
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `${dir}: ${counts.meetings} meetings, ${counts.utterances} utterances; commitment ${counts.commitment}, refusal ${counts.refusal}, agreement ${counts.agreement}, open-question ${counts['open-question']}, none ${counts.none}`,
  );
  console.log(
    `model v${model.version}, trained on ${model.trainedOn.meetings} meetings (${model.trainedOn.utterances} utterances); default method ${DEFAULT_EXTRACTION_METHOD}`,
  );
  if (overlap > 0)
    console.log(
      `NOT HELD OUT: ${overlap} utterances of eight words or more are word for word in the corpus; these scores are not blind.`,
    );
  console.log('targets: precision >= 90, recall >= 85, due dates >= 90%, owners >= 90%\n');
  console.log(
    `${'method'.padEnd(11)} ${'text'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'dates'.padStart(7)} ${'owners'.padStart(7)}`,
  );
  for (const r of results) {
    const s = r.score;
    console.log(
      `${r.method.padEnd(11)} ${r.text.padEnd(28)} ${pct(s.overall.precision)} ${pct(s.overall.recall)} ${pct(s.overall.f1)}   ${ratio(s.due)} ${ratio(s.who)}`,
    );
  }
  for (const v of variants) {
    console.log(`\nper kind, ${v.label}: P / R / F1 (tp fp fn)`);
    console.log(`${'method'.padEnd(11)} ${EXTRACT_KINDS.map((k) => k.padEnd(27)).join(' ')}`);
    for (const r of results.filter((x) => x.text === v.label)) {
      const cells = EXTRACT_KINDS.map((k) => {
        const c = r.score.perKind[k];
        return `${pct(c.precision).trim()}/${pct(c.recall).trim()}/${pct(c.f1).trim()} (${c.truePositives} ${c.falsePositives} ${c.falseNegatives})`.padEnd(
          27,
        );
      });
      console.log(`${r.method.padEnd(11)} ${cells.join(' ')}`);
    }
  }
}
if (args.mistakes === true)
  for (const r of results.filter((x) => x.text === 'plain'))
    console.error(`\n${r.method} mistakes (plain text):\n${formatMistakes(r.score)}`);
