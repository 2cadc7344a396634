import { describe, expect, it } from 'vitest';
import { CLASSES, decide, prepareModel } from './classifier.js';
import { DEFAULT_TRAIN_OPTIONS, microScore, marginsOf, trainLinearModel, type Example } from './train.js';

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
});
