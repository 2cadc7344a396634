import { describe, expect, it } from 'vitest';
import { meetingTitle, searchHref, transcriptHref } from './transcript-links';

describe('transcriptHref', () => {
  it('opens a meeting transcript, optionally at a moment with the words searched for', () => {
    expect(transcriptHref('c 1', 'm1')).toBe('/cases/c%201/meetings/m1/transcript');
    expect(transcriptHref('c1', 'm1', { sec: 83.571, q: 'speech therapy' })).toBe(
      '/cases/c1/meetings/m1/transcript?t=83.58&q=speech+therapy',
    );
    // Never before the segment: 6.86 stays 6.86 (no float drift to 6.87).
    expect(transcriptHref('c1', 'm1', { sec: 6.86 })).toBe('/cases/c1/meetings/m1/transcript?t=6.86');
    expect(transcriptHref('c1', 'm1', { sec: -2 })).toBe('/cases/c1/meetings/m1/transcript?t=0');
  });
});

describe('searchHref', () => {
  it('keeps the search and its filters in the address', () => {
    expect(searchHref('c1')).toBe('/cases/c1/transcripts/search');
    expect(searchHref('c1', { q: 'ot', speaker: 'Ms. Carter', bookmark: 'refused' })).toBe(
      '/cases/c1/transcripts/search?q=ot&speaker=Ms.+Carter&bookmark=refused',
    );
  });
});

describe('meetingTitle', () => {
  const meetings = [{ id: 'm1', kind: 'annual-review' as const, sessions: [{ start: '2026-12-07T09:00' }] }];
  it('names the meeting by kind and date', () => {
    expect(meetingTitle(meetings, 'm1')).toBe('Yearly IEP review, December 7, 2026');
    expect(meetingTitle(meetings, 'zz')).toBe('A meeting');
  });
});
