import { describe, expect, it } from 'vitest';
import { applyCorrections, emptyCorrections } from './corrections.js';
import { transcriptToJson, transcriptToSrt, transcriptToText, transcriptToVtt } from './exports.js';
import { seg } from './test-segments.js';

const view = applyCorrections(
  [
    seg('a', 0, 2.5, 'S1', 'Good morning.'),
    seg('b', 62.345, 65, 'S2', 'Reading went <up> & the "plan" --> works.'),
    seg('c', 3725, 3727.5, null, 'Bye.\n\nSee you.'),
  ],
  { ...emptyCorrections(), speakerNames: { S1: 'Ms. Lee' } },
);
const meta = { title: 'IEP meeting', engine: 'pocketsphinx', recordedOn: '2026-12-07', durationSec: 3730 };

describe('transcript exports', () => {
  it('plain text has a header, speakers, and a time and name on every line', () => {
    expect(transcriptToText(view, meta)).toBe(
      [
        'IEP meeting',
        'Recorded on December 7, 2026. Length: 1:02:10. Made on this computer with pocketsphinx. Computer transcripts have mistakes: check the recording before you rely on a word.',
        'Speakers: Ms. Lee, Speaker 2.',
        '',
        '[0:00] Ms. Lee: Good morning.',
        '[1:02] Speaker 2: Reading went <up> & the "plan" --> works.',
        '[1:02:05] Unknown speaker: Bye. See you.',
        '',
      ].join('\n'),
    );
  });

  it('SRT numbers its cues and uses comma milliseconds', () => {
    expect(transcriptToSrt(view)).toBe(
      [
        '1',
        '00:00:00,000 --> 00:00:02,500',
        'Ms. Lee: Good morning.',
        '',
        '2',
        '00:01:02,345 --> 00:01:05,000',
        'Speaker 2: Reading went <up> & the "plan" -> works.',
        '',
        '3',
        '01:02:05,000 --> 01:02:07,500',
        'Unknown speaker: Bye. See you.',
        '',
      ].join('\n'),
    );
  });

  it('WebVTT starts with WEBVTT, names voices, and escapes the text', () => {
    expect(transcriptToVtt(view)).toBe(
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:02.500',
        '<v Ms. Lee>Good morning.',
        '',
        '00:01:02.345 --> 00:01:05.000',
        '<v Speaker 2>Reading went &lt;up&gt; &amp; the "plan" --&gt; works.',
        '',
        '01:02:05.000 --> 01:02:07.500',
        '<v Unknown speaker>Bye. See you.',
        '',
      ].join('\n'),
    );
  });

  it('JSON keeps names, times, words and edits', () => {
    const doc = JSON.parse(transcriptToJson(view, meta)) as Record<string, unknown>;
    expect(doc).toMatchObject({ format: 'iep-ready/transcript@1', title: 'IEP meeting', durationSec: 3730 });
    expect(doc['speakers']).toEqual([
      { label: 'S1', name: 'Ms. Lee', named: true, seconds: 2.5 },
      { label: 'S2', name: 'Speaker 2', named: false, seconds: 2.655 },
    ]);
    const segments = doc['segments'] as { speakerName: string; words: unknown[] }[];
    expect(segments.map((s) => s.speakerName)).toEqual(['Ms. Lee', 'Speaker 2', 'Unknown speaker']);
    expect(segments[0]?.words).toHaveLength(2);
  });

  it('an empty transcript still makes valid files', () => {
    const empty = { segments: [], speakers: [] };
    expect(transcriptToVtt(empty)).toBe('WEBVTT\n');
    expect(transcriptToSrt(empty)).toBe('');
    expect(transcriptToText(empty, { ...meta, recordedOn: null })).toContain('Length: 1:02:10.');
  });
});
