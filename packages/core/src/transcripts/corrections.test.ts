import { describe, expect, it } from 'vitest';
import { applyCorrections, emptyCorrections } from './corrections.js';
import { seg } from './test-segments.js';
import type { TranscriptCorrections } from './transcript-types.js';

const machine = [
  seg('a', 0, 4, 'S1', 'Good morning everyone.'),
  seg('b', 4, 20, 'S2', 'Thanks for having me. I will send the graphs by Friday.'),
  seg('c', 20, 24, 'S3', 'Can we add a second speech session?'),
  seg('d', 24, 27, null, 'Mm-hm.'),
  seg('e', 27, 30, 'S2', 'We are not able to add that.'),
];

const corrections = (over: Partial<TranscriptCorrections>): TranscriptCorrections => ({
  ...emptyCorrections(),
  ...over,
});

describe('applyCorrections', () => {
  it('with no corrections, names speakers "Speaker N" from their labels and null as unknown', () => {
    const view = applyCorrections(machine, emptyCorrections());
    expect(view.segments.map((s) => s.speakerName)).toEqual([
      'Speaker 1',
      'Speaker 2',
      'Speaker 3',
      'Unknown speaker',
      'Speaker 2',
    ]);
    expect(view.segments.every((s) => !s.edited && s.machineText === null)).toBe(true);
    expect(view.speakers.map((s) => [s.label, s.name, s.named, s.segmentCount, s.seconds])).toEqual([
      ['S1', 'Speaker 1', false, 1, 4],
      ['S2', 'Speaker 2', false, 2, 19],
      ['S3', 'Speaker 3', false, 1, 4],
    ]);
  });

  it('uses the sample of the longest segment, at most 10 seconds of it', () => {
    const view = applyCorrections(machine, emptyCorrections());
    expect(view.speakers.find((s) => s.label === 'S2')?.sample).toEqual({ start: 4, end: 14 });
    expect(view.speakers.find((s) => s.label === 'S1')?.sample).toEqual({ start: 0, end: 4 });
  });

  it('renaming a speaker once renames them everywhere', () => {
    const view = applyCorrections(machine, corrections({ speakerNames: { S2: 'Ms. Lee' } }));
    expect(view.segments.filter((s) => s.speakerName === 'Ms. Lee').map((s) => s.id)).toEqual(['b', 'e']);
    expect(view.speakers.find((s) => s.label === 'S2')).toMatchObject({ name: 'Ms. Lee', named: true });
  });

  it('merges speakers, following chains, and keeps other speakers\u2019 numbers', () => {
    const view = applyCorrections(
      machine,
      corrections({ speakerMerges: { S3: 'S2', S2: 'S1' }, speakerNames: { S2: 'Ms. Lee' } }),
    );
    expect(view.segments.map((s) => s.speaker)).toEqual(['S1', 'S1', 'S1', null, 'S1']);
    // The name given to S2 carries over to the speaker it was merged into, which had none.
    expect(view.speakers).toHaveLength(1);
    expect(view.speakers[0]).toMatchObject({ label: 'S1', name: 'Ms. Lee', segmentCount: 4 });
  });

  it('a merge loop makes its speakers one: the first in label order', () => {
    const view = applyCorrections(machine, corrections({ speakerMerges: { S1: 'S2', S2: 'S3', S3: 'S1' } }));
    expect(view.segments.map((s) => s.speaker)).toEqual(['S1', 'S1', 'S1', null, 'S1']);
  });

  it('edits text and moves a segment to another speaker by id', () => {
    const view = applyCorrections(
      machine,
      corrections({
        segments: { c: { start: 20, end: 24, text: 'Can we add a second session?', speaker: 'S1' } },
      }),
    );
    const c = view.segments.find((s) => s.id === 'c');
    expect(c).toMatchObject({
      text: 'Can we add a second session?',
      edited: true,
      machineText: 'Can we add a second speech session?',
      speaker: 'S1',
      speakerName: 'Speaker 1',
    });
    expect(c?.words).toHaveLength(7);
  });

  it('a text "edit" equal to the machine text is not an edit', () => {
    const view = applyCorrections(
      machine,
      corrections({ segments: { a: { start: 0, end: 4, text: 'Good morning everyone.' } } }),
    );
    expect(view.segments[0]).toMatchObject({ edited: false, machineText: null });
  });

  it('finds its segment by time after recognition is re-run with new ids', () => {
    const rerun = [
      seg('x1', 0.1, 4.2, 'S1', 'Good morning, everyone.'),
      seg('x2', 4.2, 19.5, 'S2', 'Thanks for having me. I will send the graphs Friday.'),
      seg('x3', 19.5, 21, 'S2', 'Can we'),
    ];
    const view = applyCorrections(
      rerun,
      corrections({
        segments: {
          b: { start: 4, end: 20, text: 'Thanks for having me. I will send the graphs by Friday.' },
          // Overlaps x3 by 1 s of its 4 s: too little, so it is not pasted onto the short piece.
          c: { start: 20, end: 24, text: 'Can we add a second session?' },
        },
      }),
    );
    expect(view.segments.map((s) => s.edited)).toEqual([false, true, false]);
    expect(view.segments[1]?.text).toBe('Thanks for having me. I will send the graphs by Friday.');
  });

  it('sorts segments by start time', () => {
    const view = applyCorrections(
      [machine[2], machine[0]].filter((s) => s !== undefined),
      emptyCorrections(),
    );
    expect(view.segments.map((s) => s.id)).toEqual(['a', 'c']);
  });
});
