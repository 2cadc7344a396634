import { describe, expect, it } from 'vitest';
import {
  BOOKMARK_BUTTONS,
  bookmarkKindOf,
  bookmarkLabel,
  breakText,
  clipAround,
  clockText,
  locate,
  parseClock,
  saveStatus,
  stoppedStatus,
  spokenDuration,
} from './recording-time';

const timeline = {
  parts: [
    { partId: 'a', offsetMs: 0, durationMs: 60_000 },
    { partId: 'b', offsetMs: 60_000, durationMs: 30_000 },
  ],
  gaps: [{ afterPartId: 'a', gapMs: 45 * 60_000 }],
  totalMs: 90_000,
};

describe('recording times', () => {
  it('writes and reads clock times', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_999)).toBe('1:05');
    expect(clockText(3_729_000)).toBe('1:02:09');
    expect(parseClock('12:30')).toBe(750_000);
    expect(parseClock('1:02:09')).toBe(3_729_000);
    expect(parseClock('95')).toBe(95_000);
    expect(parseClock('1:75')).toBeNull();
    expect(parseClock('soon')).toBeNull();
  });

  it('says durations and breaks in words', () => {
    expect(spokenDuration(3_729_000)).toBe('1 hour 2 minutes 9 seconds');
    expect(spokenDuration(1000)).toBe('1 second');
    expect(breakText(45 * 60_000)).toBe('Break of 45 minutes');
    expect(breakText(26 * 3_600_000)).toBe('Break of 1 day 2 hours');
    expect(breakText(10_000)).toBe('Break of less than a minute');
  });

  it('finds the part and offset of a time on the timeline', () => {
    expect(locate(timeline, 10_000)).toEqual({ index: 0, partId: 'a', offsetInPartMs: 10_000 });
    expect(locate(timeline, 60_000)).toEqual({ index: 1, partId: 'b', offsetInPartMs: 0 });
    expect(locate(timeline, 75_000)).toEqual({ index: 1, partId: 'b', offsetInPartMs: 15_000 });
    expect(locate(timeline, 500_000)).toEqual({ index: 1, partId: 'b', offsetInPartMs: 30_000 });
    expect(locate({ parts: [], gaps: [], totalMs: 0 }, 0)).toBeNull();
  });

  it('clips 30 s before to 60 s after a bookmark, inside the recording', () => {
    expect(clipAround(45_000, 90_000)).toEqual({ fromMs: 15_000, toMs: 90_000 });
    expect(clipAround(10_000, 600_000)).toEqual({ fromMs: 0, toMs: 70_000 });
  });

  it('says how fresh the copies are, and when offline', () => {
    expect(saveStatus({ nowMs: 10_000, online: true, localUpToMs: 8_000, serverUpToMs: 6_000 })).toBe(
      'Saved on this device up to 2 s ago; saved on the server up to 4 s ago.',
    );
    expect(saveStatus({ nowMs: 10_000, online: false, localUpToMs: 9_000, serverUpToMs: null })).toBe(
      'Offline: saving on this device (up to 1 s ago); will upload when back.',
    );
  });
});

describe('bookmark kinds', () => {
  it('reads a kind from the address bar only when it is one of the contract', () => {
    expect(bookmarkKindOf('promised')).toBe('promised');
    expect(bookmarkKindOf('note')).toBe('note');
    expect(bookmarkKindOf('Promised')).toBeUndefined();
    expect(bookmarkKindOf('anything')).toBeUndefined();
    expect(bookmarkKindOf(null)).toBeUndefined();
  });

  it('gives the recorder a button with a key for every kind but the note', () => {
    expect(BOOKMARK_BUTTONS.map((b) => `${b.kind}:${b.key}:${b.label}`)).toEqual([
      'agreed:a:Agreed',
      'refused:r:Refused',
      'promised:p:Promised',
      'question:q:Question',
      'important:i:Important',
    ]);
    expect(bookmarkLabel('note')).toBe('Note');
  });
});

describe('stoppedStatus', () => {
  it('says the length and where the recording is, the server only once it has every chunk', () => {
    const base = { elapsedMs: 42 * 60_000, online: true, localUpToMs: 9_000 };
    expect(stoppedStatus({ ...base, serverUpToMs: 9_000 })).toBe(
      'Saved: 42 minutes, on this device and on the server.',
    );
    expect(stoppedStatus({ ...base, serverUpToMs: 7_000 })).toBe(
      'Saved: 42 minutes, on this device. Sending it to the server now.',
    );
    expect(stoppedStatus({ ...base, online: false, serverUpToMs: null })).toBe(
      'Saved: 42 minutes, on this device. It goes to the server when you are back online.',
    );
  });
});
