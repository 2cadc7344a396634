import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../calendar/index.js';
import { loadCorpus, loadSeen } from '../test-support/extraction-corpus.js';
import { corpusCounts } from './corpus.js';
import { EXTRACTION_METHODS } from './extract-items.js';
import { formatExtractionScore, formatMistakes, scoreMeetings } from './score.js';

// The labeled corpus (corpus/train; corpus/seen-a to seen-i: held-out sets A to I, each scored blind
// (C twice, E to I once) and trained on since; corpus/dev) and the measured quality of each method on the development
// meetings, with the tables printed so the numbers are visible in the test output. The floors are below today's
// figures (see the benchmark for those): they catch a method that breaks, not a point of F1.

const train = loadCorpus('train');
const dev = loadCorpus('dev');
const seenA = loadSeen('seen-a');
const seenB = loadSeen('seen-b');
const seenC = loadSeen('seen-c');
const seenD = loadSeen('seen-d');
const seenE = loadSeen('seen-e');
const seenF = loadSeen('seen-f');

describe('the labeled corpus', () => {
  it('has at least 420 utterances in train and dev, with every kind and plenty of nulls in both', () => {
    const t = corpusCounts(train);
    const d = corpusCounts(dev);
    expect(t.utterances + d.utterances).toBeGreaterThanOrEqual(420);
    for (const c of [t, d]) {
      for (const kind of ['commitment', 'refusal', 'agreement', 'open-question'] as const)
        expect(c[kind]).toBeGreaterThanOrEqual(5);
      expect(c.none).toBeGreaterThan(c.utterances / 2);
    }
  });

  it('keeps train, the seen sets and dev apart, and each meeting is IEP or 504 with its speakers listed', () => {
    const seen = [...seenA, ...seenB, ...seenC, ...seenD, ...seenE, ...seenF];
    const ids = new Set([...train, ...seen].map((m) => m.id));
    expect(ids.size).toBe(train.length + seen.length);
    expect(seenA.length).toBe(9);
    expect(seenB.length).toBe(8);
    expect(seenC.length).toBe(10);
    expect(seenD.length).toBe(10);
    expect(seenE.length).toBe(10);
    expect(corpusCounts(seenE)).toMatchObject({
      utterances: 519,
      commitment: 65,
      refusal: 25,
      agreement: 26,
      'open-question': 15,
    });
    expect(seenF.length).toBe(10);
    expect(corpusCounts(seenF)).toMatchObject({
      utterances: 691,
      commitment: 77,
      refusal: 21,
      agreement: 27,
      'open-question': 15,
    });
    for (const m of dev) expect(ids.has(m.id)).toBe(false);
    for (const m of [...train, ...seenA, ...seenB, ...dev]) {
      const names = new Set(m.speakers.map((s) => s.name));
      for (const u of m.utterances) expect(u.speaker === null || names.has(u.speaker)).toBe(true);
    }
    expect(new Set([...train, ...dev].map((m) => m.planType))).toEqual(new Set(['IEP', '504']));
  });

  it('labels follow the guide: dates on or after the meeting, who for commitments and refusals only', () => {
    for (const m of [...train, ...seenA, ...seenB, ...dev]) {
      for (const u of m.utterances) {
        if (u.due !== null) {
          expect(isIsoDate(u.due)).toBe(true);
          expect(u.due >= m.meetingDate).toBe(true);
          expect(u.kind === 'commitment' || u.kind === 'agreement').toBe(true);
        }
        if (u.kind === 'refusal') expect(u.who).toBe(u.speaker);
        if (u.kind === 'agreement' || u.kind === 'open-question' || u.kind === null) expect(u.who).toBeNull();
      }
    }
  });
});

// Recall floors per method: the trained methods keep an agreement or an open question only when their score beats
// "no item" by a margin (chosen per kind by cross-validation over writing batches for the best F1), so on dev's 13
// agreements and 7 open questions they find fewer than the rules, which were written looking at dev. Dev has 52
// items, so one item is 0.019 of recall: the model trained through set U (agreement margin 2, chosen over 23
// batches) finds 44 (0.846), one agreement fewer than the model before it; the blind sets' figures are in the notes.
const DEV_RECALL_FLOOR = { rules: 0.85, classifier: 0.8, combined: 0.84 } as const;

describe('extraction quality on the development meetings', () => {
  it.each(EXTRACTION_METHODS)(
    '%s: precision >= 0.8, recall above its floor, dates and owners >= 0.9',
    (method) => {
      const score = scoreMeetings(dev, { method });
      console.log(`${method} on dev\n${formatExtractionScore(score)}\n${formatMistakes(score)}`);
      expect(score.overall.precision).toBeGreaterThanOrEqual(0.8);
      expect(score.overall.recall).toBeGreaterThanOrEqual(DEV_RECALL_FLOOR[method]);
      expect(score.due.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(score.who.accuracy).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('still finds most items when the roles of the speakers are not known (a transcript with names only)', () => {
    const score = scoreMeetings(dev, { hideRoles: true });
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.8);
  });
});
