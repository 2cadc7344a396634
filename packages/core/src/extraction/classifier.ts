import type { ExtractKind } from '../transcripts/transcript-types.js';
import type { UtteranceAnalysis } from './analysis.js';
import { utteranceFeatures } from './features.js';
import MODEL from './model/extraction-model.json' with { type: 'json' };
import { ruleDecisions } from './rules.js';

// The learned methods: multinomial logistic regression over the features of features.ts, trained on the labeled
// corpus's training meetings by scripts/train-extraction.ts (npm run train:extraction; deterministic). Two weight
// sets: 'classifier' (words, parse, context) and 'combined' (the same plus the rules' decisions as features).

export const CLASSES = ['none', 'commitment', 'refusal', 'agreement', 'open-question'] as const;
export type ClassName = (typeof CLASSES)[number];

export interface LinearModel {
  /** Feature names, in the order of the weight rows. */
  features: string[];
  /** One row of CLASSES.length weights per feature, flattened, as whole numbers: divide by `scale`. */
  weights: number[];
  scale: number;
  /** The null class wins unless another class beats it by this much (log-odds); tuned by cross-validation. */
  noneMargin: number;
  /**
   * The same margin for one kind, where that kind's own is better (a kind whose wording varies most between
   * writers, such as agreement, needs a surer score); chosen by cross-validation over writing batches. A kind not
   * named uses noneMargin.
   */
  kindMargins?: Partial<Record<ExtractKind, number>>;
}

export interface ExtractionModel {
  version: number;
  classes: string[];
  trainedOn: { meetings: number; utterances: number; examples: number };
  options: Record<string, number | boolean | string>;
  classifier: LinearModel;
  combined: LinearModel;
}

export interface ScoredModel {
  index: Map<string, number>;
  weights: Float64Array;
  /** The margin each class must beat "none" by, by class index (the first, "none" itself, is unused). */
  margins: number[];
}

/** Each class's margin over "none": its own when the model names one, else the model's noneMargin. */
export function classMargins(model: Pick<LinearModel, 'noneMargin' | 'kindMargins'>): number[] {
  return CLASSES.map((c) => (c === 'none' ? 0 : (model.kindMargins?.[c as ExtractKind] ?? model.noneMargin)));
}

export function prepareModel(model: LinearModel): ScoredModel {
  return {
    index: new Map(model.features.map((f, i) => [f, i])),
    weights: Float64Array.from(model.weights, (w) => w / model.scale),
    margins: classMargins(model),
  };
}

/** Class scores (log-odds up to a constant) for a feature set. */
export function scores(model: ScoredModel, features: readonly string[]): number[] {
  const k = CLASSES.length;
  const out = new Array<number>(k).fill(0);
  for (const f of features) {
    const row = model.index.get(f);
    if (row === undefined) continue;
    for (let c = 0; c < k; c += 1) out[c] = (out[c] ?? 0) + (model.weights[row * k + c] ?? 0);
  }
  return out;
}

/** The predicted class: the best non-null class when it beats "none" by that class's margin, else null. */
export function decide(model: ScoredModel, features: readonly string[]): ExtractKind | null {
  const s = scores(model, features);
  let best = 1;
  for (let c = 2; c < CLASSES.length; c += 1) if ((s[c] ?? 0) > (s[best] ?? 0)) best = c;
  return (s[best] ?? 0) - (s[0] ?? 0) > (model.margins[best] ?? 0) ? (CLASSES[best] as ExtractKind) : null;
}

const shipped = MODEL as unknown as ExtractionModel;
let prepared: { classifier: ScoredModel; combined: ScoredModel } | null = null;

function shippedModels() {
  prepared ??= { classifier: prepareModel(shipped.classifier), combined: prepareModel(shipped.combined) };
  return prepared;
}

/** The shipped model's description (what it was trained on, with which options). */
export function extractionModelInfo(): Pick<ExtractionModel, 'version' | 'trainedOn' | 'options'> {
  return { version: shipped.version, trainedOn: shipped.trainedOn, options: shipped.options };
}

/** One kind (or null) per utterance, by the shipped weights; `combined` adds the rules' decisions as features. */
export function classifierKinds(
  analyses: readonly UtteranceAnalysis[],
  combined: boolean,
  models: { classifier: ScoredModel; combined: ScoredModel } | undefined = undefined,
): (ExtractKind | null)[] {
  models ??= shippedModels();
  const rules = combined ? ruleDecisions(analyses) : null;
  const model = combined ? models.combined : models.classifier;
  return analyses.map((_, i) => decide(model, utteranceFeatures(analyses, i, rules)));
}
