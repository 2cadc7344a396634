import { describe, expect, it } from 'vitest';
import { CLASSES, classMargins, decide, prepareModel } from './classifier.js';
import MODEL from './model/extraction-model.json' with { type: 'json' };
import {
  batchFolds,
  chooseKindMargins,
  DEFAULT_TRAIN_OPTIONS,
  KIND_MARGINS,
  microScore,
  marginsOf,
  trainLinearModel,
  type Example,
  type Margin,
} from './train.js';

// A toy problem the model must learn: one feature per class, plus noise features everywhere.
function toy(): Example[] {
  const out: Example[] = [];
  CLASSES.forEach((_, label) => {
    for (let i = 0; i < 12; i += 1)
      out.push({
        features: ['bias', `cue:${label}`, `noise:${i % 3}`],
        label,
        weight: 1,
        meeting: `m${i % 4}`,
      });
  });
  return out;
}

describe('training the classifier', () => {
  it('is deterministic: the same examples and options give the same weights', () => {
    const a = trainLinearModel(toy(), { ...DEFAULT_TRAIN_OPTIONS, epochs: 50 });
    const b = trainLinearModel(toy(), { ...DEFAULT_TRAIN_OPTIONS, epochs: 50 });
    expect(a).toEqual(b);
    expect(a.weights.every((w) => Number.isInteger(w))).toBe(true);
    expect(a.weights).toHaveLength(a.features.length * CLASSES.length);
  });

  it('learns a separable problem, and the margin trades recall for precision', () => {
    const model = trainLinearModel(toy(), { ...DEFAULT_TRAIN_OPTIONS, epochs: 100, minCount: 1 });
    const scored = prepareModel(model);
    expect(decide(scored, ['bias', 'cue:2'])).toBe('refusal');
    expect(decide(scored, ['bias', 'cue:4'])).toBe('open-question');
    expect(decide(scored, ['bias', 'cue:0'])).toBeNull();
    const margins = marginsOf(model, toy());
    expect(microScore(margins, -5).recall).toBe(1);
    expect(microScore(margins, 0).f1).toBe(1);
    expect(microScore(margins, 1e9).recall).toBe(0);
  });

  it('drops features seen fewer than minCount times', () => {
    const examples = [...toy(), { features: ['bias', 'rare'], label: 1, weight: 1, meeting: 'm9' }];
    expect(
      trainLinearModel(examples, { ...DEFAULT_TRAIN_OPTIONS, epochs: 10, minCount: 2 }).features,
    ).not.toContain('rare');
  });

  it('a kind with its own margin needs a surer score than the others', () => {
    const model = trainLinearModel(toy(), { ...DEFAULT_TRAIN_OPTIONS, epochs: 100, minCount: 1 });
    const strict = prepareModel({ ...model, kindMargins: { refusal: 1e9 } });
    expect(classMargins({ noneMargin: 0.5, kindMargins: { agreement: 2 } })).toEqual([0, 0.5, 0.5, 2, 0.5]);
    expect(decide(strict, ['bias', 'cue:2'])).toBeNull();
    expect(decide(strict, ['bias', 'cue:4'])).toBe('open-question');
  });

  it('chooses a higher margin for a kind whose low scores are mostly wrong, and leaves a clean kind alone', () => {
    // Commitments (1) are right at every margin; agreements (3) below 1.2 are mostly "none" in truth.
    const margins: Margin[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ best: 1, margin: 0.5 + i * 0.2, label: 1 })),
      ...Array.from({ length: 6 }, (_, i) => ({ best: 3, margin: 1.5 + i * 0.2, label: 3 })),
      ...Array.from({ length: 8 }, (_, i) => ({ best: 3, margin: 0.1 + i * 0.1, label: 0 })),
      ...Array.from({ length: 20 }, () => ({ best: 2, margin: -3, label: 0 })),
    ];
    const chosen = chooseKindMargins(margins, margins, 0, [0, 0.5, 1, 1.5], 0.5, 0.3);
    expect(chosen[1]).toBe(0);
    expect(chosen[3]).toBe(1);
    expect(microScore(margins, chosen).precision).toBe(1);
    expect(microScore(margins, 0).precision).toBeLessThan(1);
  });
});

describe("the training script's folds", () => {
  const batches = new Map([
    ['m1', 'seen-b'],
    ['m2', 'seen-a'],
    ['m3', 'seen-b'],
    ['m4', 'train'],
    ['m5', 'seen-c'],
  ]);
  it('keeps every batch whole in one fold and deals the batches in name order', () => {
    const folds = batchFolds(batches, 2);
    expect(folds.get('m1')).toBe(folds.get('m3'));
    expect([...folds.entries()]).toEqual([
      ['m1', 'fold 2'],
      ['m2', 'fold 1'],
      ['m3', 'fold 2'],
      ['m4', 'fold 2'],
      ['m5', 'fold 1'],
    ]);
  });
  it('gives each batch its own fold when k is 0 or at least the number of batches', () => {
    expect(new Set(batchFolds(batches, 0).values()).size).toBe(4);
    expect(new Set(batchFolds(batches, 9).values()).size).toBe(4);
  });
});

describe('the per-kind margins', () => {
  it('are the fixed ones in the shipped model, for both methods (a retrain does not choose them again)', () => {
    expect(MODEL.classifier.kindMargins).toEqual(KIND_MARGINS.classifier);
    expect(MODEL.combined.kindMargins).toEqual(KIND_MARGINS.combined);
    expect(classMargins(MODEL.combined)).toEqual(
      classMargins({ noneMargin: MODEL.combined.noneMargin, kindMargins: KIND_MARGINS.combined }),
    );
  });
});
