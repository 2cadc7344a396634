import { analyzeMeeting } from './extract-items.js';
import { CLASSES, prepareModel, scores, type LinearModel } from './classifier.js';
import type { LabeledMeeting } from './corpus.js';
import { utteranceFeatures } from './features.js';
import { noiseMeetings } from './noise.js';
import { ruleDecisions } from './rules.js';
import { toIsoDate } from '../calendar/index.js';

// Training the classifier: multinomial logistic regression with L2, full-batch AdaGrad from zero weights, so the
// same examples and options always give the same weights (no random start, no shuffling). Pure: the training
// script (scripts/train-extraction.ts) reads the corpus and writes the weights.

export interface Example {
  features: string[];
  /** Index into CLASSES. */
  label: number;
  weight: number;
  /** The meeting it came from (cross-validation keeps a meeting's examples together). */
  meeting: string;
}

export interface TrainOptions {
  l2: number;
  epochs: number;
  learningRate: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  /** 0: every example counts the same; 1: each class counts as much as the others in total. */
  balance: number;
  /** Feature families left out (by prefix: "w:" words, "b:" bigrams, "p:" parse, "next:" the reply...). */
  leaveOut: string[];
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 1,
  epochs: 300,
  learningRate: 0.5,
  minCount: 3,
  balance: 0.5,
  leaveOut: [],
};

/**
 * The options the training script's cross-validation chose (by writing batch, plain and noised; see
 * scripts/train-extraction.ts): the words themselves ("w:", "b:", "start") fit the corpus's wording, while parse and
 * context features carry over to another writer's. The benchmark's leave-one-set-out scores train with these.
 */
export const WORD_FEATURES = ['w:', 'b:', 'start:', 'start2:'];
export const CHOSEN_TRAIN_OPTIONS: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  l2: 10,
  leaveOut: WORD_FEATURES,
};

/** Noised copies used in training (about 15% and 30% word error rate; seeds differ from the benchmark's). */
const TRAIN_NOISE = [
  { wer: 0.15, seed: 7001 },
  { wer: 0.3, seed: 7002 },
];

/**
 * The training examples of some meetings: as labeled, with the speakers' roles hidden (a transcript with names
 * only), and two noised copies, so the model learns what survives a recognizer.
 */
export function augmentedExamples(meetings: readonly LabeledMeeting[], combined: boolean): Example[] {
  return [
    ...examplesFrom(meetings, combined),
    ...examplesFrom(meetings, combined, { hideRoles: true }),
    ...TRAIN_NOISE.flatMap(({ wer, seed }) =>
      examplesFrom(noiseMeetings(meetings, wer, seed).meetings, combined),
    ),
  ];
}

/** Examples from labeled meetings: one per utterance, with the rules' decisions as features when `combined`. */
export function examplesFrom(
  meetings: readonly LabeledMeeting[],
  combined: boolean,
  options: { hideRoles?: boolean } = {},
): Example[] {
  const out: Example[] = [];
  for (const m of meetings) {
    const utterances = m.utterances.map((u, i) => ({ speaker: u.speaker, text: u.text, start: i }));
    const { analyses, positions } = analyzeMeeting(
      utterances,
      toIsoDate(m.meetingDate),
      options.hideRoles === true ? undefined : m.speakers,
    );
    const rules = combined ? ruleDecisions(analyses) : null;
    analyses.forEach((_, k) => {
      const label = m.utterances[positions[k] as number]?.kind ?? null;
      out.push({
        features: utteranceFeatures(analyses, k, rules),
        label: CLASSES.indexOf(label ?? 'none'),
        weight: 1,
        meeting: m.id,
      });
    });
  }
  return out;
}

function classWeights(examples: readonly Example[], balance: number): number[] {
  const counts = CLASSES.map((_, c) => examples.filter((e) => e.label === c).length);
  const n = examples.length;
  return counts.map((k) => (k === 0 ? 1 : (n / (CLASSES.length * k)) ** balance));
}

/** Weights are stored in hundredths: smaller than a hundredth changes no decision a user could see. */
const SCALE = 100;

export function trainLinearModel(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearModel {
  const K = CLASSES.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts.entries()]
    .filter(
      ([f, c]) => (c >= options.minCount || f === 'bias') && !options.leaveOut.some((p) => f.startsWith(p)),
    )
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])));
  const cw = classWeights(examples, options.balance);
  const W = new Float64Array(features.length * K);
  const G = new Float64Array(features.length * K);
  const grad = new Float64Array(features.length * K);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    grad.fill(0);
    examples.forEach((e, i) => {
      const row = rows[i] as number[];
      let max = -Infinity;
      for (let c = 0; c < K; c += 1) {
        let s = 0;
        for (const f of row) s += W[f * K + c] as number;
        p[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < K; c += 1) {
        p[c] = Math.exp((p[c] as number) - max);
        z += p[c] as number;
      }
      const w = e.weight * (cw[e.label] ?? 1);
      for (let c = 0; c < K; c += 1) {
        const g = w * ((p[c] as number) / z - (c === e.label ? 1 : 0));
        if (g === 0) continue;
        for (const f of row) grad[f * K + c] = (grad[f * K + c] as number) + g;
      }
    });
    for (let j = 0; j < W.length; j += 1) {
      const g = (grad[j] as number) + options.l2 * (W[j] as number);
      G[j] = (G[j] as number) + g * g;
      if (G[j] !== 0) W[j] = (W[j] as number) - (options.learningRate * g) / Math.sqrt(G[j] as number);
    }
  }
  // Small weights change nothing a user could see: drop them, and round the rest, so the file stays small.
  const keptFeatures: string[] = [];
  const keptWeights: number[] = [];
  features.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, i * K + K), (w) => Math.round(w * SCALE));
    if (f !== 'bias' && row.every((w) => Math.abs(w) < 2)) return;
    keptFeatures.push(f);
    keptWeights.push(...row);
  });
  return { features: keptFeatures, weights: keptWeights, scale: SCALE, noneMargin: 0 };
}

/** Margins between the best kind and "none" for each example, with the example's label, to choose noneMargin. */
export function marginsOf(
  model: LinearModel,
  examples: readonly Example[],
): { best: number; margin: number; label: number }[] {
  const scored = prepareModel(model);
  return examples.map((e) => {
    const s = scores(scored, e.features);
    let best = 1;
    for (let c = 2; c < CLASSES.length; c += 1) if ((s[c] ?? 0) > (s[best] ?? 0)) best = c;
    return { best, margin: (s[best] ?? 0) - (s[0] ?? 0), label: e.label };
  });
}

/** Micro precision, recall and F1 over the kinds when "none" wins below `noneMargin`. */
export function microScore(
  margins: readonly { best: number; margin: number; label: number }[],
  noneMargin: number,
) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const m of margins) {
    const predicted = m.margin > noneMargin ? m.best : 0;
    if (predicted !== 0 && predicted === m.label) tp += 1;
    else {
      if (predicted !== 0) fp += 1;
      if (m.label !== 0) fn += 1;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
