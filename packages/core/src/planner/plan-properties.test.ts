import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../case/index.js';
import { isBusinessDay } from '../calendar/index.js';
import { planAtMoment, planMeeting, planMeetingUntil } from './plan-meeting.js';
import { TASK_IDS } from './plan-types.js';

const ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/Denver',
  'Europe/London',
  'Australia/Lord_Howe',
];
const pad = (n: number) => String(n).padStart(2, '0');
const local = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;

const wallClock = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2040-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const meetingArb = fc
  .tuple(
    wallClock,
    fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 15, max: 600 })), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom(...ZONES),
  )
  .map(([start, sessions, timeZone]): Meeting => ({
    id: 'm',
    kind: 'other',
    timeZone,
    sessions: sessions.map(([dayOffset, minutes]) => {
      const s = new Date(start.getTime() + dayOffset * 86_400_000);
      return { start: local(s), end: local(new Date(s.getTime() + minutes * 60_000)) };
    }),
  }));
const nowArb = fc.date({
  min: new Date('2019-06-01T00:00:00Z'),
  max: new Date('2041-06-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('planner properties', () => {
  it('never throws, has every task once, sorted by due, with the recording notice latest exactly 24 h before', () => {
    fc.assert(
      fc.property(meetingArb, nowArb, fc.subarray([...TASK_IDS]), (meeting, now, done) => {
        const plan = planMeeting({ meeting, now: now.toISOString(), done });
        expect(plan.tasks.map((t) => t.id).sort()).toEqual([...TASK_IDS].sort());
        const dues = plan.tasks.map((t) => Date.parse(t.due));
        expect(dues).toEqual([...dues].sort((a, b) => a - b));
        const first = Date.parse(plan.firstSessionStart);
        const recording = plan.tasks.find((t) => t.id === 'recording-notice');
        expect(Date.parse(recording?.latest ?? '')).toBe(first - 24 * 3_600_000);
        expect(Date.parse(plan.tasks.find((t) => t.id === 'follow-up')?.due ?? '')).toBe(
          Date.parse(plan.lastSessionEnd) + 24 * 3_600_000,
        );
        for (const t of plan.tasks) {
          if (done.includes(t.id)) expect(t.status).toBe('done');
          else if (Date.parse(t.latest ?? t.due) < now.getTime()) expect(t.status).toBe('overdue');
          else expect(['upcoming', 'due-soon']).toContain(t.status);
          if (t.latest !== null) expect(Date.parse(t.latest)).toBeGreaterThanOrEqual(Date.parse(t.due));
        }
        const codes = plan.warnings.map((w) => w.code);
        if (now.getTime() > Date.parse(plan.lastSessionEnd)) expect(codes).toEqual(['meeting-past']);
        if (now.getTime() < first && first - now.getTime() < 86_400_000)
          expect(codes).toEqual(['meeting-soon']);
      }),
      { numRuns: 300 },
    );
  });

  it('recommends the records request and recording notice on business days of the case', () => {
    fc.assert(
      fc.property(meetingArb, (meeting) => {
        const chicago = { ...meeting, timeZone: 'America/Chicago' };
        const plan = planMeeting({ meeting: chicago, now: '2019-01-01T00:00:00Z' });
        for (const id of ['records-request', 'recording-notice'] as const) {
          const due = plan.tasks.find((t) => t.id === id)?.due ?? '';
          expect(isBusinessDay(due.slice(0, 10), [])).toBe(true);
        }
        // The date a records request asks the school for is a business day.
        for (const d of plan.tasks.find((t) => t.id === 'records-request')?.deadlines ?? [])
          expect(isBusinessDay(d.byDate ?? '')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a plan read later inside its window', () => {
  it('is the plan planMeeting makes for that later moment (only `now` differs)', () => {
    fc.assert(
      fc.property(
        meetingArb,
        nowArb,
        fc.subarray([...TASK_IDS]),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (meeting, now, done, share) => {
          const { plan, validUntil } = planMeetingUntil({ meeting, now: now.toISOString(), done });
          expect(validUntil).toBeGreaterThan(now.getTime());
          // Any moment of the window, its last millisecond included.
          const later = new Date(
            Math.min(validUntil - 1, now.getTime() + Math.floor(share * (validUntil - now.getTime()))),
          );
          const fresh = planMeeting({ meeting, now: later.toISOString(), done });
          expect(planAtMoment(plan, later.toISOString())).toEqual(fresh);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('ends no later than the first moment the plan reads differently', () => {
    fc.assert(
      fc.property(meetingArb, nowArb, (meeting, now) => {
        const { plan, validUntil } = planMeetingUntil({ meeting, now: now.toISOString() });
        const next = planMeeting({ meeting, now: new Date(validUntil).toISOString() });
        // The window is exact for statuses and warnings: at its end one of them (or the local date) has moved on.
        const same =
          JSON.stringify({ ...next, now: '' }) ===
          JSON.stringify({ ...planAtMoment(plan, next.now), now: '' });
        const dayMoved = next.now.slice(0, 10) !== plan.now.slice(0, 10);
        expect(same && !dayMoved).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
