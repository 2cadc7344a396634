import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../test-support/extraction-corpus.js';
import { addRecognizerNoise, corpusWordErrorRate, noiseMeetings, seededRandom } from './noise.js';

const dev = loadCorpus('dev');

describe('the recognizer error model', () => {
  it('is deterministic: the same seed gives the same words, another seed other words', () => {
    const text = "I'll send you the Notice of Action by Friday, okay?";
    expect(addRecognizerNoise(text, { rate: 0.5, seed: 3 })).toBe(
      addRecognizerNoise(text, { rate: 0.5, seed: 3 }),
    );
    const others = new Set(
      Array.from({ length: 10 }, (_, seed) => addRecognizerNoise(text, { rate: 0.5, seed })),
    );
    expect(others.size).toBeGreaterThan(1);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
  });

  it('changes nothing at rate 0 and keeps a question mark when the last word is dropped or changed', () => {
    expect(addRecognizerNoise('Can he use a calculator?', { rate: 0, seed: 1 })).toBe(
      'Can he use a calculator?',
    );
    for (let seed = 0; seed < 30; seed += 1)
      expect(
        addRecognizerNoise('Can he use a calculator on the test?', { rate: 0.3, seed }).endsWith('?'),
      ).toBe(true);
  });

  it.each([0.2, 0.3, 0.4])(
    'reaches %s word error rate on the dev meetings, measured with wordErrorRate',
    (target) => {
      const noisy = noiseMeetings(dev, target, 1);
      expect(Math.abs(noisy.wer - target)).toBeLessThan(0.01);
      expect(corpusWordErrorRate(dev, noisy.meetings)).toBeCloseTo(noisy.wer, 10);
      // Labels stay as they were; only the words change.
      noisy.meetings.forEach((m, k) =>
        m.utterances.forEach((u, i) => {
          const clean = dev[k]?.utterances[i];
          expect([u.kind, u.who, u.due, u.speaker]).toEqual([
            clean?.kind,
            clean?.who,
            clean?.due,
            clean?.speaker,
          ]);
        }),
      );
    },
  );
});
