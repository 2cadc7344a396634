import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  currentSession,
  dueText,
  durationWords,
  nearEnd,
  recordingStamp,
  scheduledEndWords,
  sessionPhase,
} from './companion-time';
import { nextMeetingDay } from './next-meeting';

const session = (n: number, startedAt: string | null, endedAt: string | null = null) => ({
  session: n,
  scheduledStart: null,
  scheduledEnd: null,
  startedAt,
  endedAt,
});

describe('companion times', () => {
  it('waits 1, 2, 4 ... at most 30 seconds between failed sends', () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(backoffMs)).toEqual([0, 1000, 2000, 4000, 16000, 30000, 30000]);
  });

  it('says lengths of time and recording stamps in plain words', () => {
    expect(durationWords(20_000)).toBe('under a minute');
    expect(durationWords(60_000)).toBe('1 minute');
    expect(durationWords(12 * 60_000 + 5000)).toBe('12 minutes');
    expect(durationWords(3600_000)).toBe('1 hour');
    expect(durationWords(65 * 60_000)).toBe('1 hour 5 minutes');
    expect(recordingStamp(null)).toBe('');
    expect(recordingStamp(65_400)).toBe('1:05');
    expect(recordingStamp(3600_000 + 61_000)).toBe('1:01:01');
  });

  it('gives the notice only in the 15 minutes before the scheduled end', () => {
    const end = '2026-12-07T11:30:00-06:00';
    const at = (iso: string) => Date.parse(iso);
    expect(nearEnd(at('2026-12-07T11:14:00-06:00'), end)).toBe(false);
    expect(nearEnd(at('2026-12-07T11:15:00-06:00'), end)).toBe(true);
    expect(nearEnd(at('2026-12-07T11:29:59-06:00'), end)).toBe(true);
    expect(nearEnd(at('2026-12-07T11:30:00-06:00'), end)).toBe(false);
    expect(nearEnd(0, null)).toBe(false);
  });

  it("says the scheduled end in the case's zone, not the device's", () => {
    expect(scheduledEndWords('2026-12-07T17:30:00Z', 'America/Chicago')).toBe(
      'This session is set to end at 11:30 AM, Central Time (Missouri), on Monday, December 7.',
    );
    expect(scheduledEndWords(null, 'America/Chicago')).toBe('');
  });

  it('follows the sessions: not started, running, between, the next one', () => {
    expect(sessionPhase([session(0, null)])).toBe('not-started');
    expect(currentSession([session(0, null)])).toBe(0);
    expect(sessionPhase([session(0, '2026-12-07T15:00:00Z')])).toBe('running');
    const first = session(0, '2026-12-07T15:00:00Z', '2026-12-07T16:00:00Z');
    expect(sessionPhase([first, session(1, null)])).toBe('between');
    const second = [first, session(1, '2026-12-08T15:00:00Z')];
    expect(currentSession(second)).toBe(1);
    expect(sessionPhase(second)).toBe('running');
  });

  it("says a promise's day, or the words when there is none", () => {
    expect(dueText('2026-12-12', null)).toBe('by Saturday, December 12');
    expect(dueText(null, 'at the next meeting')).toBe('at the next meeting');
    expect(dueText(null, null)).toBe('with no date yet');
  });

  it('finds the next meeting after this one', () => {
    const meetings = [
      { id: 'm1', sessions: [{ start: '2026-12-07T09:00', end: '2026-12-08T11:00' }] },
      { id: 'm3', sessions: [{ start: '2027-03-01T09:00', end: '2027-03-01T10:00' }] },
      { id: 'm2', sessions: [{ start: '2027-01-10T09:00', end: '2027-01-10T10:00' }] },
      { id: 'm0', sessions: [{ start: '2026-09-01T09:00', end: '2026-09-01T10:00' }] },
    ];
    expect(nextMeetingDay(meetings, 'm1')).toBe('2027-01-10');
    expect(nextMeetingDay(meetings, 'm3')).toBeNull();
    expect(nextMeetingDay(meetings, 'nope')).toBeNull();
  });
});
