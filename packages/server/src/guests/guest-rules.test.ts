import { describe, expect, it } from 'vitest';
import type { CompanionEntry } from '@iep/core/contract';
import { GRACE_HOURS, guestCodeExpiry, guestCodeState, meetingMarkedDone } from './guest-rules.js';

const meetings = [
  {
    id: 'm1',
    timeZone: 'America/Chicago',
    sessions: [
      { start: '2026-12-07T09:00', end: '2026-12-07T11:30' },
      { start: '2026-12-08T09:00', end: '2026-12-08T10:00' },
    ],
  },
  { id: 'm2', timeZone: 'America/Chicago', sessions: [] },
] as unknown as Parameters<typeof guestCodeExpiry>[0]['meetings'];

const end = (session: number): CompanionEntry => ({
  id: `end-${session}`,
  seq: session,
  at: '2026-12-07T18:00:00Z',
  atMs: null,
  session,
  action: { type: 'session', session, state: 'end' },
});

describe('guest code rules', () => {
  it("ends GRACE_HOURS after the last session's scheduled end, in the meeting's zone", () => {
    expect(GRACE_HOURS).toBe(4);
    // December 8, 10:00 in Chicago is 16:00 UTC; + 4 hours.
    expect(guestCodeExpiry({ meetings }, 'm1', new Date('2026-12-07T15:00:00Z'))).toBe(
      '2026-12-08T20:00:00.000Z',
    );
  });

  it('gives a meeting with no times 8 hours from the moment the code is made', () => {
    expect(guestCodeExpiry({ meetings }, 'm2', new Date('2026-12-07T15:00:00Z'))).toBe(
      '2026-12-07T23:00:00.000Z',
    );
  });

  it("counts the meeting over only when its last session's end is tapped", () => {
    expect(meetingMarkedDone({ meetings }, 'm1', [end(0)])).toBe(false);
    expect(meetingMarkedDone({ meetings }, 'm1', [end(0), end(1)])).toBe(true);
    expect(meetingMarkedDone({ meetings }, 'm2', [end(0)])).toBe(true);
  });

  it('says ended over expired, expired over joined, and waiting before anyone joined', () => {
    const now = new Date('2026-12-07T16:00:00Z');
    const row = { ended_at: null, expires_at: '2026-12-07T20:00:00Z', used_at: null };
    expect(guestCodeState(row, now, false)).toBe('waiting');
    expect(guestCodeState({ ...row, used_at: '2026-12-07T15:10:00Z' }, now, false)).toBe('joined');
    expect(guestCodeState({ ...row, expires_at: '2026-12-07T16:00:00Z' }, now, false)).toBe('expired');
    expect(guestCodeState({ ...row, expires_at: '2026-12-07T16:00:00Z' }, now, true)).toBe('ended');
    expect(guestCodeState({ ...row, ended_at: '2026-12-07T15:30:00Z' }, now, false)).toBe('ended');
  });
});
