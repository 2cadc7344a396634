// Leave-one-set-out cross-validation of extraction, for the benchmark: the corpus's five sets (train, dev, seen-a,
// seen-b, seen-c: each written at a different time, the seen sets by independent writers who never saw the rules) take
// turns as the scored set while the classifier is trained on the other four (train.ts, the options and null-class
// margins the shipped model was trained with). Scores are pooled over the five rounds (micro), on the text as
// labeled and at 20% and 40% word error rate (noise.ts, seed 1). The rules are not trained, so their rounds are
// their scores on each set; they were written looking at all five sets (each seen set only after it was scored blind),
// so their figures are not blind, and the classifiers' are only as blind as their rule features.
import { CLASSES, prepareModel, type ScoredModel } from '../../packages/core/src/extraction/classifier.js';
import {
  noiseMeetings,
  scoreMeetings,
  type ExtractionScore,
  type LabeledMeeting,
} from '../../packages/core/src/extraction/evaluation.js';
import { EXTRACTION_METHODS, extractionModelInfo } from '../../packages/core/src/extraction/index.js';
import MODEL from '../../packages/core/src/extraction/model/extraction-model.json' with { type: 'json' };
import {
  augmentedExamples,
  CHOSEN_TRAIN_OPTIONS,
  trainLinearModel,
} from '../../packages/core/src/extraction/train.js';
import { loadCorpus, loadSeen } from '../../packages/core/src/test-support/extraction-corpus.js';
import type { BenchResult } from './bench-types.js';

const LEVELS = [0, 0.2, 0.4];
const NOISE_SEED = 1;

interface Pooled {
  tp: number;
  fp: number;
  fn: number;
  due: [number, number];
  who: [number, number];
}

const empty = (): Pooled => ({ tp: 0, fp: 0, fn: 0, due: [0, 0], who: [0, 0] });

function add(p: Pooled, s: ExtractionScore): void {
  p.tp += s.overall.truePositives;
  p.fp += s.overall.falsePositives;
  p.fn += s.overall.falseNegatives;
  p.due = [p.due[0] + s.due.correct, p.due[1] + s.due.total];
  p.who = [p.who[0] + s.who.correct, p.who[1] + s.who.total];
}

function foldModels(training: LabeledMeeting[]): { classifier: ScoredModel; combined: ScoredModel } {
  const shipped = MODEL as unknown as {
    classifier: { noneMargin: number };
    combined: { noneMargin: number };
  };
  const fit = (combined: boolean, noneMargin: number) =>
    prepareModel({
      ...trainLinearModel(augmentedExamples(training, combined), CHOSEN_TRAIN_OPTIONS),
      noneMargin,
    });
  return {
    classifier: fit(false, shipped.classifier.noneMargin),
    combined: fit(true, shipped.combined.noneMargin),
  };
}

/** Rows of pooled precision, recall, F1, dates and owners per method and noise level. */
export function crossValidatedRows(): BenchResult[] {
  const sets: [string, LabeledMeeting[]][] = [
    ['train', loadCorpus('train')],
    ['dev', loadCorpus('dev')],
    ['seen-a', loadSeen('seen-a')],
    ['seen-b', loadSeen('seen-b')],
    ['seen-c', loadSeen('seen-c')],
  ];
  const pooled = new Map<string, Pooled>();
  for (const [name, held] of sets) {
    const training = sets.filter(([other]) => other !== name).flatMap(([, ms]) => ms);
    const models = foldModels(training);
    for (const level of LEVELS) {
      const meetings = level === 0 ? held : noiseMeetings(held, level, NOISE_SEED).meetings;
      for (const method of EXTRACTION_METHODS) {
        const key = `${method}|${level}`;
        const p = pooled.get(key) ?? empty();
        add(p, scoreMeetings(meetings, { method, models }));
        pooled.set(key, p);
      }
    }
  }
  const rows: BenchResult[] = [
    {
      name: `cross-validated: leave one set out (train, dev, seen-a, seen-b, seen-c), ${CLASSES.length - 1} kinds, model v${extractionModelInfo().version}`,
      value: sets.length,
      unit: 'rounds',
    },
  ];
  for (const method of EXTRACTION_METHODS)
    for (const level of LEVELS) {
      const p = pooled.get(`${method}|${level}`) ?? empty();
      const precision = p.tp + p.fp === 0 ? 1 : p.tp / (p.tp + p.fp);
      const recall = p.tp + p.fn === 0 ? 1 : p.tp / (p.tp + p.fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
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
    }
  return rows;
}
