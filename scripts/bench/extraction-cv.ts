// Leave-one-set-out cross-validation of extraction, for the benchmark: the corpus's hundred and twenty-six sets (train,
// dev, seen-a to seen-zzzz, seen-r38a to seen-r43e: each written at a different time, the seen sets by independent
// writers who never saw the rules) take turns as the scored set while the classifier is trained on the other sets
// (train.ts, the options, shared null-class margin and fixed per-kind margins the shipped model was trained with;
// EXTRACTION_CV_KIND_MARGINS=chosen chooses the margin per kind on the other sets' out-of-fold scores, as the training
// script did until the fixed margins, never on the scored set; =off uses the shared margin for every kind). Scores
// are pooled over the hundred and twenty-six rounds (micro), per kind on the plain text, on the text as labeled and at
// 20% and 40% word error rate (noise.ts, seed 1). The rules are not trained, so their rounds are their scores on each
// set; they were written looking at all hundred and twenty-six sets (each seen set only after it was scored blind),
// so their figures are not blind, and the classifiers' are only as blind as their rule features.
import { pathToFileURL } from 'node:url';
import {
  CLASSES,
  classMargins,
  prepareModel,
  type ExtractionModel,
  type LinearModel,
  type ScoredModel,
} from '../../packages/core/src/extraction/classifier.js';
import {
  noiseMeetings,
  scoreMeetings,
  type ExtractionScore,
  type LabeledMeeting,
} from '../../packages/core/src/extraction/evaluation.js';
import {
  EXTRACTION_METHODS,
  extractionModelInfo,
  type ExtractionMethod,
} from '../../packages/core/src/extraction/index.js';
import MODEL from '../../packages/core/src/extraction/model/extraction-model.json' with { type: 'json' };
import {
  augmentedExamples,
  CHOSEN_TRAIN_OPTIONS,
  chooseKindMargins,
  examplesFrom,
  KIND_MARGIN_CHOICE,
  KIND_MARGINS,
  marginsOf,
  trainLinearModel,
} from '../../packages/core/src/extraction/train.js';
import { loadCorpus, loadSeen, SEEN_SETS } from '../../packages/core/src/test-support/extraction-corpus.js';
import { EXTRACT_KINDS, type ExtractKind } from '../../packages/core/src/transcripts/transcript-types.js';
import type { BenchResult } from './bench-types.js';

const LEVELS = [0, 0.2, 0.4];
const NOISE_SEED = 1;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Pooled extends Counts {
  due: [number, number];
  who: [number, number];
  perKind: Record<ExtractKind, Counts>;
}

const empty = (): Pooled => ({
  tp: 0,
  fp: 0,
  fn: 0,
  due: [0, 0],
  who: [0, 0],
  perKind: Object.fromEntries(EXTRACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ExtractKind,
    Counts
  >,
});

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function add(p: Pooled, s: ExtractionScore): void {
  p.tp += s.overall.truePositives;
  p.fp += s.overall.falsePositives;
  p.fn += s.overall.falseNegatives;
  for (const k of EXTRACT_KINDS) {
    p.perKind[k].tp += s.perKind[k].truePositives;
    p.perKind[k].fp += s.perKind[k].falsePositives;
    p.perKind[k].fn += s.perKind[k].falseNegatives;
  }
  p.due = [p.due[0] + s.due.correct, p.due[1] + s.due.total];
  p.who = [p.who[0] + s.who.correct, p.who[1] + s.who.total];
}

interface FoldModels {
  classifier: LinearModel;
  combined: LinearModel;
}

/**
 * The methods scored: all by default; EXTRACTION_CV_METHODS=rules,combined leaves the classifier out (half the
 * training on two cores).
 */
function methods(): ExtractionMethod[] {
  const env = process.env['EXTRACTION_CV_METHODS'];
  if (env === undefined || env === '') return [...EXTRACTION_METHODS];
  return EXTRACTION_METHODS.filter((m) => env.split(',').includes(m));
}

function foldModels(training: LabeledMeeting[], withClassifier: boolean): FoldModels {
  const fit = (combined: boolean) =>
    trainLinearModel(augmentedExamples(training, combined), CHOSEN_TRAIN_OPTIONS);
  const combined = fit(true);
  return { classifier: withClassifier ? fit(false) : combined, combined };
}

/**
 * A fold's model scores with the shipped shared margin and, per kind, the fixed margins or those chosen on the other
 * folds.
 */
function withMargins(model: LinearModel, shared: number, kindMargins: number[] | null): ScoredModel {
  if (kindMargins === null) return prepareModel({ ...model, noneMargin: shared });
  return prepareModel({
    ...model,
    noneMargin: shared,
    kindMargins: Object.fromEntries(CLASSES.slice(1).map((c, k) => [c, kindMargins[k + 1] ?? shared])),
  });
}

/** Rows of pooled precision, recall, F1, dates and owners per method and noise level. */
export function crossValidatedRows(): BenchResult[] {
  const sets: [string, LabeledMeeting[]][] = [
    ['train', loadCorpus('train')],
    ['dev', loadCorpus('dev')],
    ...SEEN_SETS.map((set): [string, LabeledMeeting[]] => [set, loadSeen(set)]),
  ];
  const shipped = MODEL as unknown as ExtractionModel;
  const kindMode = process.env['EXTRACTION_CV_KIND_MARGINS'] ?? 'fixed';
  const perKind = kindMode === 'chosen';
  const scored = methods();
  const folds = sets.map(([name, held]) => {
    const models = foldModels(
      sets.filter(([other]) => other !== name).flatMap(([, ms]) => ms),
      scored.includes('classifier'),
    );
    // Out-of-fold margins of this set, for choosing the other folds' per-kind margins (never this fold's own).
    const noisy = noiseMeetings(held, KIND_MARGIN_CHOICE.noise.wer, KIND_MARGIN_CHOICE.noise.seed).meetings;
    const oof = (combined: boolean) => ({
      plain:
        perKind && (combined || scored.includes('classifier'))
          ? marginsOf(combined ? models.combined : models.classifier, examplesFrom(held, combined))
          : [],
      noisy:
        perKind && (combined || scored.includes('classifier'))
          ? marginsOf(combined ? models.combined : models.classifier, examplesFrom(noisy, combined))
          : [],
    });
    return { name, held, models, oof: { classifier: oof(false), combined: oof(true) } };
  });
  const pooled = new Map<string, Pooled>();
  for (const fold of folds) {
    const { name, held } = fold;
    const others = folds.filter((f) => f.name !== name);
    const fitted = (which: 'classifier' | 'combined'): ScoredModel => {
      const shared = shipped[which].noneMargin;
      const chosen = perKind
        ? chooseKindMargins(
            others.flatMap((f) => f.oof[which].plain),
            others.flatMap((f) => f.oof[which].noisy),
            shared,
            KIND_MARGIN_CHOICE.candidates,
            KIND_MARGIN_CHOICE.beta,
            KIND_MARGIN_CHOICE.noisyWeight,
          )
        : kindMode === 'off'
          ? null
          : classMargins({ noneMargin: shared, kindMargins: KIND_MARGINS[which] });
      return withMargins(fold.models[which], shared, chosen);
    };
    const models = { classifier: fitted('classifier'), combined: fitted('combined') };
    for (const level of LEVELS) {
      const meetings = level === 0 ? held : noiseMeetings(held, level, NOISE_SEED).meetings;
      for (const method of scored) {
        const score = scoreMeetings(meetings, { method, models });
        for (const key of [`${method}|${level}`, `${method}|${level}|${name}`]) {
          const p = pooled.get(key) ?? empty();
          add(p, score);
          pooled.set(key, p);
        }
      }
    }
  }
  const rows: BenchResult[] = [
    {
      name: `cross-validated: leave one set out (train, dev, ${SEEN_SETS.join(', ')}), ${CLASSES.length - 1} kinds, model v${extractionModelInfo().version}`,
      value: sets.length,
      unit: 'rounds',
    },
  ];
  for (const method of scored)
    for (const level of LEVELS) {
      const p = pooled.get(`${method}|${level}`) ?? empty();
      const { precision, recall, f1 } = prf(p);
      const name = `cv | ${method} | ${level === 0 ? 'plain' : `${level * 100}% WER`}`;
      rows.push(
        { name: `${name}: precision`, value: precision * 100, unit: '%', target: '>= 90 %' },
        { name: `${name}: recall`, value: recall * 100, unit: '%', target: '>= 85 %' },
        { name: `${name}: F1`, value: f1 * 100, unit: '%' },
        {
          name: `${name}: due dates right (${p.due[0]}/${p.due[1]})`,
          value: p.due[1] === 0 ? 100 : (p.due[0] / p.due[1]) * 100,
          unit: '%',
          target: '>= 90 %',
        },
        {
          name: `${name}: owner right (${p.who[0]}/${p.who[1]})`,
          value: p.who[1] === 0 ? 100 : (p.who[0] / p.who[1]) * 100,
          unit: '%',
          target: '>= 90 %',
        },
      );
      // Per kind, plain and at 20% WER: where precision is lost.
      if (level <= 0.2)
        for (const k of EXTRACT_KINDS) {
          const c = p.perKind[k];
          const s = prf(c);
          rows.push({
            name: `${name} | ${k} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}): P ${(s.precision * 100).toFixed(1)} R ${(s.recall * 100).toFixed(1)} F1`,
            value: s.f1 * 100,
            unit: '%',
          });
        }
      // Each set as the held-out one: how much a new writer's wording moves the figures.
      if (level <= 0.2)
        for (const [set] of sets) {
          const c = pooled.get(`${method}|${level}|${set}`) ?? empty();
          const s = prf(c);
          rows.push({
            name: `${name} | held out ${set}: P ${(s.precision * 100).toFixed(1)} R ${(s.recall * 100).toFixed(1)} F1`,
            value: s.f1 * 100,
            unit: '%',
          });
        }
    }
  return rows;
}

// Run alone: `npx tsx scripts/bench/extraction-cv.ts` (the same rows as the benchmark's cross-validation).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of crossValidatedRows())
    console.log(`${r.name.padEnd(100)} ${r.value.toFixed(1).padStart(7)} ${r.unit}`);
}
