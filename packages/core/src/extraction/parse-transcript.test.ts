import { describe, expect, it } from 'vitest';
import { applyCorrections, emptyCorrections } from '../transcripts/corrections.js';
import { transcriptToText } from '../transcripts/exports.js';
import { seg } from '../transcripts/test-segments.js';
import { parseTranscriptText, utterancesFromSegments } from './parse-transcript.js';

describe('parseTranscriptText', () => {
  it('reads one utterance per line, with an optional "Speaker Name:"', () => {
    const text = [
      'Ms. Lee: I will send the graphs by Friday.',
      '',
      'Dana Carter: Thank you.',
      'we agreed on this: more OT minutes',
      'Speaker 2: Okay.',
      'PARENT: Can we add a session?',
    ].join('\r\n');
    expect(parseTranscriptText(text)).toEqual([
      { speaker: 'Ms. Lee', text: 'I will send the graphs by Friday.', start: null },
      { speaker: 'Dana Carter', text: 'Thank you.', start: null },
      { speaker: null, text: 'we agreed on this: more OT minutes', start: null },
      { speaker: 'Speaker 2', text: 'Okay.', start: null },
      { speaker: 'PARENT', text: 'Can we add a session?', start: null },
    ]);
  });

  it('reads back our own text export, with times, and skips its header', () => {
    const view = applyCorrections(
      [seg('a', 0, 3, 'S1', 'Good morning.'), seg('b', 3723, 3725, 'S2', 'I will send it by Friday.')],
      { ...emptyCorrections(), speakerNames: { S1: 'Ms. Lee' } },
    );
    const text = transcriptToText(view, {
      title: 'IEP',
      engine: 'pocketsphinx',
      recordedOn: null,
      durationSec: 3730,
    });
    expect(parseTranscriptText(text)).toEqual([
      { speaker: 'Ms. Lee', text: 'Good morning.', start: 0 },
      { speaker: 'Speaker 2', text: 'I will send it by Friday.', start: 3723 },
    ]);
  });
});

describe('utterancesFromSegments', () => {
  const view = applyCorrections(
    [
      seg('a', 0, 5, 'S1', 'Can we add a second session?'),
      seg('b', 5, 10, 'S2', "We're not able to do that."),
      seg('c', 10, 12, 'S2', '  '),
      seg('d', 40, 45, 'S1', 'Okay.'),
    ],
    { ...emptyCorrections(), speakerNames: { S2: 'Mrs. Brooks' } },
  );

  it('puts bookmarks among the segments by time, with their notes', () => {
    const u = utterancesFromSegments(view.segments, [
      { atSec: 11, kind: 'refused', note: 'No second session' },
      { atSec: 2, kind: 'weird', note: 'hmm' },
    ]);
    expect(u).toEqual([
      { speaker: 'Speaker 1', text: 'Can we add a second session?', start: 0 },
      { speaker: null, text: 'hmm', start: 2, bookmark: { kind: 'note' } },
      { speaker: 'Mrs. Brooks', text: "We're not able to do that.", start: 5 },
      { speaker: null, text: 'No second session', start: 11, bookmark: { kind: 'refused' } },
      { speaker: 'Speaker 1', text: 'Okay.', start: 40 },
    ]);
  });

  it('a bookmark without a note takes the words just said', () => {
    const u = utterancesFromSegments(view.segments, [
      { atSec: 12, kind: 'refused', note: '' },
      { atSec: 100, kind: 'promised', note: ' ' },
    ]);
    expect(u.filter((x) => x.bookmark !== undefined)).toEqual([
      {
        speaker: 'Mrs. Brooks',
        text: "We're not able to do that.",
        start: 12,
        bookmark: { kind: 'refused' },
      },
    ]);
  });
});
