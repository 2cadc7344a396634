import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections.js';
import { transcriptToSrt, transcriptToVtt } from './exports.js';
import { filterRepeats } from './repeats.js';
import { resolveLabel } from './speaker-labels.js';
import { seg } from './test-segments.js';
import type { MachineSegment, TranscriptCorrections } from './transcript-types.js';
import { wordErrorRate } from './word-error-rate.js';

const label = fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S5');
const words = fc.array(
  fc.constantFrom('we', 'will', 'send', 'the', 'plan', 'by', 'Friday.', 'IEP', '42', 'Yes,'),
  {
    maxLength: 12,
  },
);
const text = words.map((w) => w.join(' '));

const segments: fc.Arbitrary<MachineSegment[]> = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 30 }), fc.option(label), text),
    {
      maxLength: 20,
    },
  )
  .map((rows) =>
    rows.map(([start, length, speaker, t], i) => seg(`s${i}`, start, start + length, speaker, t)),
  );

const corrections: fc.Arbitrary<TranscriptCorrections> = fc.record({
  speakerNames: fc.dictionary(label, fc.constantFrom('Ms. Lee', 'Mr. Ortiz', 'Dana Carter')),
  speakerMerges: fc.dictionary(label, label),
  segments: fc.dictionary(
    fc.constantFrom('s0', 's1', 's2', 'gone'),
    fc.record(
      {
        start: fc.integer({ min: 0, max: 600 }),
        end: fc.integer({ min: 0, max: 630 }),
        text,
        speaker: label,
      },
      { requiredKeys: ['start', 'end'] },
    ),
  ),
});

describe('transcript properties', () => {
  it('corrections applied to the same machine output twice give the same view', () => {
    fc.assert(
      fc.property(segments, corrections, (m, c) => {
        expect(applyCorrections(m, c)).toEqual(applyCorrections(m, c));
      }),
    );
  });

  it('merges resolve transitively, never hang on cycles, and a resolved label is a fixed point', () => {
    fc.assert(
      fc.property(fc.dictionary(label, label), label, (merges, l) => {
        const root = resolveLabel(l, merges);
        expect(resolveLabel(root, merges)).toBe(root);
        const next = merges[l];
        if (next === undefined) expect(root).toBe(l);
        else expect(resolveLabel(next, merges)).toBe(root);
      }),
    );
  });

  it('when merges have no cycle, every segment ends on a label that is not merged further', () => {
    const acyclic = fc
      .array(fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 })))
      .map((pairs) =>
        Object.fromEntries(pairs.filter(([a, b]) => b < a).map(([a, b]) => [`S${a}`, `S${b}`])),
      );
    fc.assert(
      fc.property(segments, acyclic, (m, merges) => {
        const view = applyCorrections(m, { speakerNames: {}, speakerMerges: merges, segments: {} });
        for (const s of view.segments) if (s.speaker !== null) expect(merges[s.speaker]).toBeUndefined();
      }),
    );
  });

  it('the view keeps every machine segment, and only corrections change text', () => {
    fc.assert(
      fc.property(segments, corrections, (m, c) => {
        const view = applyCorrections(m, c);
        expect(view.segments.map((s) => s.id).sort()).toEqual(m.map((s) => s.id).sort());
        for (const s of view.segments) {
          const original = m.find((x) => x.id === s.id);
          if (!s.edited) expect(s.text).toBe(original?.text);
          else expect(s.machineText).toBe(original?.text);
        }
        const perSpeaker = view.speakers.reduce((n, s) => n + s.segmentCount, 0);
        expect(perSpeaker).toBe(view.segments.filter((s) => s.speaker !== null).length);
      }),
    );
  });

  it('SRT and WebVTT have one cue per segment', () => {
    fc.assert(
      fc.property(segments, corrections, (m, c) => {
        const view = applyCorrections(m, c);
        expect(transcriptToSrt(view).match(/^\d\d:\d\d:\d\d,\d{3} --> /gm)?.length ?? 0).toBe(m.length);
        expect(transcriptToVtt(view).match(/^\d\d:\d\d:\d\d\.\d{3} --> /gm)?.length ?? 0).toBe(m.length);
      }),
    );
  });

  it('the word error rate of a text with itself is 0, and never below 0', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(wordErrorRate(a, a).wer).toBe(0);
        const r = wordErrorRate(a, b);
        expect(r.wer).toBeGreaterThanOrEqual(0);
        expect(r.substitutions + r.deletions).toBeLessThanOrEqual(r.referenceWords);
      }),
    );
  });

  // The alignment minimizes sclite's weighted cost (substitution 4, deletion and insertion 3), so that cost is
  // the same both ways. The plain count of errors (or of matched words) is not: alignments of equal cost can count
  // differently, and the tie-break follows sclite's order, which depends on which text is the reference. Found by
  // fast-check: "we we by we plan" / "by plan Yes, we" counts 4 errors one way and 5 the other at the same cost.
  it('the weighted alignment cost is symmetric: swapping the texts gives the same cost', () => {
    const cost = (r: ReturnType<typeof wordErrorRate>) =>
      4 * r.substitutions + 3 * (r.deletions + r.insertions);
    expect(cost(wordErrorRate('we we by we plan', 'by plan Yes, we'))).toBe(
      cost(wordErrorRate('by plan Yes, we', 'we we by we plan')),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ab = wordErrorRate(a, b);
        const ba = wordErrorRate(b, a);
        expect(cost(ab)).toBe(cost(ba));
      }),
      { numRuns: 500 },
    );
  });

  it('filtering repeats is idempotent and never adds words', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, times) => {
        const looped = Array.from({ length: times }, () => t).join(' ');
        const once = filterRepeats(looped);
        expect(filterRepeats(once)).toBe(once);
        expect(once.split(' ').length).toBeLessThanOrEqual(Math.max(1, looped.split(' ').length));
      }),
    );
  });
});
