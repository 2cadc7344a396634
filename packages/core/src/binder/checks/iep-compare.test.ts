import { describe, expect, it } from 'vitest';
import { HELD_OUT, MEETING, TUNED, type IepLayout } from '../../test-support/iep-layouts.js';
import { compareIep } from './iep-compare.js';
import { settledPoints } from './settled.js';

const settled = settledPoints(MEETING);

function run(layout: IepLayout) {
  const result = compareIep(
    settled,
    layout.pages.map((text, i) => ({ n: i + 1, text })),
  );
  const ids = (list: { topicId: string }[]) => list.map((f) => f.topicId).sort();
  return {
    result,
    got: { missing: ids(result.missing), differs: ids(result.differs), new: ids(result.new) },
  };
}

describe('what the meeting settled', () => {
  it('takes the meeting over the case and keeps the moment of each', () => {
    const byTopic = Object.fromEntries(settled.map((p) => [p.topicId, p]));
    expect(byTopic.speech?.amount).toEqual({ minutes: 60, per: 'week', setting: null });
    expect(byTopic.speech?.moment).toEqual({
      recordingId: 'rec1',
      atMs: 754_000,
      itemId: 'item-speech',
      entryId: null,
    });
    expect(byTopic.reading?.amount).toEqual({ minutes: 150, per: 'week', setting: 'special' });
    expect(byTopic.reading?.from).toBe('case');
    expect(byTopic.seating?.moment?.entryId).toBe('entry-seat');
    expect(byTopic['extended-time']?.from).toBe('agreement');
  });
});

describe('IEP versus the meeting, tuned layouts', () => {
  it.each(TUNED.map((l) => [l.name, l] as const))('%s', (_name, layout) => {
    expect(run(layout).got).toEqual({
      missing: [...layout.expect.missing].sort(),
      differs: [...layout.expect.differs].sort(),
      new: [...layout.expect.new].sort(),
    });
  });

  it('quotes the page and keeps the moment for a difference in minutes', () => {
    const layout = TUNED[0];
    if (layout === undefined) throw new Error('no layout');
    const speech = run(layout).result.differs[0];
    expect(speech?.what).toBe('minutes');
    expect(speech?.document?.page).toBe(2);
    expect(speech?.document?.quote).toContain('Speech/Language 30 minutes Weekly');
    expect(speech?.settled?.moment?.atMs).toBe(754_000);
    expect(speech?.sentence).toBe(
      'The team agreed in the meeting: 60 minutes a week of speech-language therapy. This document says 30 minutes a week in a special education setting on page 2.',
    );
  });

  it('says "we could not find", never that the school left it out', () => {
    const layout = TUNED[1];
    if (layout === undefined) throw new Error('no layout');
    const { result } = run(layout);
    for (const f of [...result.missing, ...result.new]) expect(f.sentence).toMatch(/We could not find/);
    expect(result.missing[0]?.settled?.moment?.itemId).toBe('item-speech');
  });

  it('finds nothing to check when nothing was settled', () => {
    const result = compareIep([], [{ n: 1, text: 'Speech/Language 30 minutes weekly' }]);
    expect(result.settledCount).toBe(0);
    expect(result.missing).toEqual([]);
    expect(result.new.map((f) => f.topicId)).toEqual(['speech']);
  });
});

// Scored, not tuned on: the test records which layouts come out right, so a change that breaks or mends one shows
// up here. Scored once after the tuned ones passed: 2 of 3. The miss: a grid whose only "minutes per week" is in
// the column heading (rows say "Speech Language Therapy 60"); the check says it could not find the minutes
// (missing-amount) instead of the setting difference. Honest, but less than it should see.
describe('IEP versus the meeting, held-out layouts', () => {
  it('scores the held-out layouts', () => {
    const right = HELD_OUT.filter((layout) => {
      const { got } = run(layout);
      return (
        JSON.stringify(got) ===
        JSON.stringify({
          missing: [...layout.expect.missing].sort(),
          differs: [...layout.expect.differs].sort(),
          new: [...layout.expect.new].sort(),
        })
      );
    }).map((l) => l.name);
    expect(right).toEqual([HELD_OUT[0]?.name, HELD_OUT[2]?.name]);
  });
});
