import type { Meeting } from '@iep/core';
import type { LettersOverview, RecordingSummary } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import {
  childSummary,
  daysAwayWords,
  documentsSummary,
  goalsSummary,
  lettersSummary,
  meetingsSummary,
  nextMeeting,
  nextMeetingLine,
  recordingsSummary,
} from './case-overview';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

// 2026-12-04 22:05 UTC is 4:05 PM on Friday, December 4 in Chicago.
const NOW = Date.UTC(2026, 11, 4, 22, 5);

const meeting = (id: string, start: string, timeZone = 'America/Chicago'): Meeting => ({
  id,
  kind: 'annual-review',
  timeZone,
  sessions: [{ start, end: `${start.slice(0, 11)}23:00` }],
});

const recording = (totalMs: number, status: RecordingSummary['status'] = 'ready'): RecordingSummary => ({
  id: `r${totalMs}`,
  meetingId: 'm1',
  createdAt: '2026-12-01T15:00:00.000Z',
  parts: 1,
  totalMs,
  status,
});

const letters = (sent: [string, string][], drafts: [string, string][]): LettersOverview =>
  ({
    sent: sent.map(([kind, meetingId]) => ({ kind, meetingId })),
    drafts: drafts.map(([kind, meetingId]) => ({ kind, meetingId, updatedAt: '2026-12-01T15:00:00.000Z' })),
    files: [],
  }) as unknown as LettersOverview;

describe('the next meeting', () => {
  it('is the soonest session today or later, counted in days in the meeting’s zone', () => {
    const meetings = [
      meeting('past', '2026-11-30T09:00'),
      meeting('far', '2027-01-12T09:00'),
      meeting('soon', '2026-12-08T09:00'),
    ];
    expect(nextMeeting(meetings, NOW)).toMatchObject({ meeting: { id: 'soon' }, daysAway: 4 });
    expect(nextMeeting([meeting('past', '2026-11-30T09:00')], NOW)).toBeNull();
    expect(nextMeeting([], NOW)).toBeNull();
  });

  it('reads "today" in the meeting’s zone, not in UTC', () => {
    // At 22:05 UTC it is already Saturday in Tokyo but still Friday in Chicago.
    expect(nextMeeting([meeting('m', '2026-12-04T18:00')], NOW)?.daysAway).toBe(0);
    expect(nextMeeting([meeting('m', '2026-12-04T18:00', 'Asia/Tokyo')], NOW)).toBeNull();
  });

  it('takes a later session of a meeting that has one still to come', () => {
    const twoDays: Meeting = {
      ...meeting('m', '2026-12-01T09:00'),
      sessions: [
        { start: '2026-12-01T09:00', end: '2026-12-01T10:00' },
        { start: '2026-12-10T09:00', end: '2026-12-10T10:00' },
      ],
    };
    expect(nextMeeting([twoDays], NOW)).toMatchObject({ start: '2026-12-10T09:00', daysAway: 6 });
  });

  it('says the days in words', () => {
    expect(daysAwayWords(0)).toBe('today');
    expect(daysAwayWords(1)).toBe('tomorrow');
    expect(daysAwayWords(12)).toBe('in 12 days');
    expect(nextMeetingLine([meeting('m', '2026-12-08T09:00')], NOW)).toBe(
      'Next meeting: Yearly IEP review in 4 days (Tuesday, December 8).',
    );
    expect(nextMeetingLine([meeting('m', '2027-01-12T09:00')], NOW)).toBe(
      'Next meeting: Yearly IEP review in 39 days (Tuesday, January 12, 2027).',
    );
    expect(nextMeetingLine([], NOW)).toBe('No meeting set yet.');
    expect(nextMeetingLine([meeting('m', '2026-11-30T09:00')], NOW)).toMatch(/^No meeting coming up/);
  });
});

describe('card summaries', () => {
  it('sums up the meetings', () => {
    expect(meetingsSummary([], NOW)).toBe('No meetings yet');
    expect(
      meetingsSummary(
        [
          meeting('a', '2026-11-30T09:00'),
          meeting('b', '2026-12-08T09:00'),
          meeting('c', '2027-01-12T09:00'),
        ],
        NOW,
      ),
    ).toBe('3 meetings, next on Tuesday, December 8');
    expect(meetingsSummary([meeting('a', '2026-11-30T09:00')], NOW)).toBe('1 meeting, none coming up');
    expect(meetingsSummary([meeting('a', '2026-12-04T18:00')], NOW)).toBe('1 meeting, next one today');
  });

  it('sums up the child and team', () => {
    const student = { grade: '4', school: 'Lincoln Elementary' } as never;
    expect(childSummary({ student, parents: [{}, {}] as never, team: [{}, {}, {}] as never })).toBe(
      'Grade 4 at Lincoln Elementary. 2 parents, 3 on the school team.',
    );
    expect(childSummary({ student, parents: [{}] as never, team: [] })).toBe(
      'Grade 4 at Lincoln Elementary. 1 parent, no school team yet.',
    );
  });

  it('sums up goals and services', () => {
    expect(goalsSummary({ goals: [], services: [] })).toBe('No goals or services yet');
    expect(goalsSummary({ goals: [{}, {}] as never, services: [{}] as never })).toBe('2 goals and 1 service');
  });

  it('counts a letter as sent once, and a draft only while its letter has not gone', () => {
    expect(lettersSummary(letters([], []))).toBe('No letters yet');
    expect(lettersSummary(letters([], [['concerns', 'm1']]))).toBe('No letters sent, 1 draft');
    expect(
      lettersSummary(
        letters(
          [
            ['concerns', 'm1'],
            ['concerns', 'm1'],
            ['records-request', ''],
          ],
          [
            ['concerns', 'm1'],
            ['recording-notice', 'm1'],
          ],
        ),
      ),
    ).toBe('2 letters sent, 1 draft');
    expect(lettersSummary(letters([['concerns', 'm1']], [['concerns', 'm1']]))).toBe('1 letter sent');
  });

  it('sums up recordings with their length, leaving empty ones out', () => {
    expect(recordingsSummary([])).toBe('No recordings yet');
    expect(recordingsSummary([recording(0, 'empty')])).toBe('No recordings yet');
    expect(recordingsSummary([recording(20_000)])).toBe('1 recording, under a minute in all');
    expect(recordingsSummary([recording(35 * 60_000), recording(30 * 60_000)])).toBe(
      '2 recordings, 1 hour 5 minutes in all',
    );
    expect(recordingsSummary([recording(120 * 60_000)])).toBe('1 recording, 2 hours in all');
  });

  it('sums up the binder', () => {
    expect(documentsSummary([])).toBe('No papers in the binder yet');
    expect(documentsSummary([{ id: 'd1' }])).toBe('1 paper in the binder');
    expect(documentsSummary([{ id: 'd1' }, { id: 'd2' }])).toBe('2 papers in the binder');
  });

  it('reads at grade 8 or below', () => {
    const lines = [
      meetingsSummary([meeting('a', '2026-12-08T09:00'), meeting('b', '2027-01-12T09:00')], NOW),
      nextMeetingLine([meeting('m', '2026-12-08T09:00')], NOW),
      nextMeetingLine([meeting('m', '2026-11-30T09:00')], NOW),
      childSummary({ student: { grade: '4', school: 'Lincoln Elementary' } as never, parents: [], team: [] }),
      goalsSummary({ goals: [{}, {}] as never, services: [{}] as never }),
      lettersSummary(letters([['concerns', 'm1']], [['recording-notice', 'm1']])),
      recordingsSummary([recording(35 * 60_000), recording(30 * 60_000)]),
      documentsSummary([]),
    ];
    for (const text of lines) expect(readability.fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
  });
});
