import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { trackAnswers } from '../answers/track-answers.js';
import type { AnswerList } from '../answers/answer-types.js';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { planMeeting } from '../planner/plan-meeting.js';
import { TASK_IDS, type Plan, type PlanTask, type TaskStatus } from '../planner/plan-types.js';
import { HOME_LIST_LIMIT, calendarDaysBetween, nextMeetingOf, summarizeCaseHome } from './home-summary.js';

// The example case: meeting m1, Monday 2026-12-07 09:00-11:30 Chicago.
function exampleCase(): CaseFile {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting = caseFile.meetings[0] as Meeting;
const noAnswers: AnswerList = { today: '', items: [], counts: { waiting: 0, answered: 0, late: 0 } };

function home(now: string, more: { done?: string[]; sent?: Parameters<typeof planMeeting>[0]['sent'] } = {}) {
  const plan = planMeeting({ meeting, caseFile, now, ...more });
  const answers = trackAnswers({ today: now.slice(0, 10), plans: [plan], marks: [] });
  return { plan, home: summarizeCaseHome({ now, meetings: caseFile.meetings, plans: [plan], answers }) };
}

describe('summarizeCaseHome on the example case', () => {
  it('counts the days to the meeting in its own zone, not the server’s', () => {
    // 23:30 in Chicago on Dec 2 is already Dec 3 in UTC: still 5 days in Missouri.
    const { home: h } = home('2026-12-03T05:30:00Z');
    expect(h.today).toBe('2026-12-02');
    expect(h.nextMeeting).toEqual({
      meetingId: 'm1',
      start: meeting.sessions[0]?.start,
      day: '2026-12-07',
      daysAway: 5,
    });
  });

  it('lists three steps not done and not late, soonest first, with their days', () => {
    const { plan, home: h } = home('2026-11-23T12:00:00-06:00');
    expect(h.nextSteps).toHaveLength(3);
    const open = plan.tasks.filter((t) => t.status === 'upcoming' || t.status === 'due-soon');
    const soonest = [...open].sort((a, b) => Date.parse(a.due) - Date.parse(b.due)).slice(0, 3);
    expect(h.nextSteps.map((s) => s.due)).toEqual(soonest.map((t) => t.due.slice(0, 10)));
    expect(h.nextSteps.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.due))).toBe(true);
  });

  it('a step marked done leaves the list and counts in the progress', () => {
    const before = home('2026-11-23T12:00:00-06:00');
    const first = before.home.nextSteps[0];
    if (!first) throw new Error('no step');
    const after = home('2026-11-23T12:00:00-06:00', { done: [first.taskId] });
    expect(after.home.nextSteps.map((s) => s.taskId)).not.toContain(first.taskId);
    expect(after.home.progress).toEqual({
      meetingId: 'm1',
      done: (before.home.progress?.done ?? 0) + 1,
      total: before.plan.tasks.length,
    });
  });

  it('lists late steps oldest first while the meeting is ahead', () => {
    const { plan, home: h } = home('2026-12-06T12:00:00-06:00');
    const late = plan.tasks.filter((t) => t.status === 'overdue');
    expect(late.length).toBeGreaterThan(0);
    expect(h.overdueCount).toBe(late.length);
    expect(h.overdue.length).toBe(Math.min(late.length, HOME_LIST_LIMIT));
  });

  it('after the meeting, steps to prepare for it are no longer late; the follow-up is', () => {
    const { plan, home: h } = home('2026-12-20T12:00:00-06:00');
    expect(h.nextMeeting).toBeNull();
    const firstStart = Date.parse(plan.firstSessionStart);
    for (const step of [...h.overdue, ...h.nextSteps]) {
      const task = plan.tasks.find((t) => t.id === step.taskId);
      expect(Date.parse(task?.due ?? '')).toBeGreaterThanOrEqual(firstStart);
    }
    // The progress is of the latest meeting's plan when none is ahead.
    expect(h.progress?.meetingId).toBe('m1');
  });

  it('names a records request the school is late with', () => {
    const { home: h } = home('2026-11-30T12:00:00-06:00', {
      sent: [{ kind: 'records-request', sentAt: '2026-11-23T09:00:00-06:00' }],
    });
    expect(h.lateCount).toBeGreaterThanOrEqual(1);
    expect(h.late[0]).toMatchObject({ due: '2026-11-27', daysLate: 3 });
  });

  it('a case with no meeting has no next meeting, no steps and no progress', () => {
    const h = summarizeCaseHome({ now: '2026-12-04T12:00:00Z', meetings: [], plans: [], answers: noAnswers });
    expect(h).toMatchObject({
      nextMeeting: null,
      nextSteps: [],
      overdue: [],
      progress: null,
      timeZone: 'America/Chicago',
    });
  });
});

// Property tests over made-up plans: statuses and days drawn at random, the order checked against a plain sort.
const DAY = 86_400_000;
const BASE = Date.parse('2026-01-05T15:00:00Z');
const STATUSES: TaskStatus[] = ['upcoming', 'due-soon', 'overdue', 'done'];

const taskArb = fc.record({
  offsetHours: fc.integer({ min: -24 * 60, max: 24 * 60 }),
  status: fc.constantFrom(...STATUSES),
  title: fc.constantFrom('Ask for records', 'Send the concerns letter', 'Read the draft', 'Plan what to say'),
});
const planArb = fc.record({
  meetingOffsetDays: fc.integer({ min: -30, max: 60 }),
  tasks: fc.array(taskArb, { maxLength: TASK_IDS.length }),
  zone: fc.constantFrom('America/Chicago', 'America/New_York', 'America/Denver', 'Pacific/Honolulu'),
});
const nowArb = fc.integer({ min: -20 * DAY, max: 20 * DAY }).map((d) => new Date(BASE + d).toISOString());

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

function makePlan(index: number, p: ArbValue<typeof planArb>): Plan {
  const start = DateTime.fromMillis(BASE + p.meetingOffsetDays * DAY, { zone: p.zone });
  const tasks: PlanTask[] = p.tasks.map((t, i) => ({
    id: TASK_IDS[i % TASK_IDS.length] as PlanTask['id'],
    title: `${t.title} ${i}`,
    explanation: '',
    due: start.plus({ hours: t.offsetHours }).toISO() ?? '',
    latest: null,
    status: t.status,
    basis: [],
    deadlines: [],
    checklist: [],
    warnings: [],
  }));
  return {
    meetingId: `m${index}`,
    timeZone: p.zone,
    now: '',
    firstSessionStart: start.toISO() ?? '',
    lastSessionEnd: start.plus({ hours: 2 }).toISO() ?? '',
    tasks,
    warnings: [],
    triggered: [],
    commitments: [],
  };
}

describe('summarizeCaseHome properties', () => {
  it('the next steps are the soonest open ones, in order, never done or late, at most three', () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 4 }), nowArb, (raw, now) => {
        const plans = raw.map((p, i) => makePlan(i, p));
        const h = summarizeCaseHome({ now, meetings: [], plans, answers: noAnswers });
        const all = plans.flatMap((p) => p.tasks.map((t) => ({ t, p })));
        const dueOf = (s: { meetingId: string; taskId: string }) => {
          const hit = all.find(({ t, p }) => p.meetingId === s.meetingId && t.id === s.taskId);
          if (!hit) throw new Error('a step that is in no plan');
          return { at: Date.parse(hit.t.due), status: hit.t.status };
        };
        expect(h.nextSteps.length).toBeLessThanOrEqual(HOME_LIST_LIMIT);
        const chosen = h.nextSteps.map(dueOf);
        for (const c of chosen) expect(['upcoming', 'due-soon']).toContain(c.status);
        for (let i = 1; i < chosen.length; i += 1)
          expect(chosen[i]?.at).toBeGreaterThanOrEqual(chosen[i - 1]?.at ?? 0);
        // No open step that still matters is sooner than the last one chosen and left out.
        const nowMs = Date.parse(now);
        const matters = (t: PlanTask, p: Plan) =>
          nowMs <= Date.parse(p.lastSessionEnd) || Date.parse(t.due) >= Date.parse(p.firstSessionStart);
        const open = all.filter(
          ({ t, p }) => (t.status === 'upcoming' || t.status === 'due-soon') && matters(t, p),
        );
        expect(h.nextSteps.length).toBe(Math.min(open.length, HOME_LIST_LIMIT));
        const last = chosen.at(-1);
        if (last && open.length > HOME_LIST_LIMIT) {
          const picked = new Set(h.nextSteps.map((s) => `${s.meetingId}/${s.taskId}`));
          for (const { t, p } of open)
            if (!picked.has(`${p.meetingId}/${t.id}`))
              expect(Date.parse(t.due)).toBeGreaterThanOrEqual(last.at);
        }
        const overdue = all.filter(({ t, p }) => t.status === 'overdue' && matters(t, p));
        expect(h.overdueCount).toBe(overdue.length);
        const shown = h.overdue.map(dueOf);
        for (let i = 1; i < shown.length; i += 1)
          expect(shown[i]?.at).toBeGreaterThanOrEqual(shown[i - 1]?.at ?? 0);
        // The order does not depend on the order of the plans.
        const reversed = summarizeCaseHome({
          now,
          meetings: [],
          plans: [...plans].reverse(),
          answers: noAnswers,
        });
        expect(reversed.nextSteps).toEqual(h.nextSteps);
        expect(reversed.overdue).toEqual(h.overdue);
      }),
    );
  });

  it('a step’s day is the day of its due moment in its meeting’s zone', () => {
    fc.assert(
      fc.property(planArb, nowArb, (raw, now) => {
        const plan = makePlan(0, raw);
        const h = summarizeCaseHome({ now, meetings: [], plans: [plan], answers: noAnswers });
        for (const step of [...h.nextSteps, ...h.overdue]) {
          const task = plan.tasks.find((t) => t.id === step.taskId);
          expect(step.due).toBe(
            DateTime.fromISO(task?.due ?? '', { setZone: true })
              .setZone(raw.zone)
              .toISODate(),
          );
        }
      }),
    );
  });

  it('the progress counts the done steps of the plan it names', () => {
    fc.assert(
      fc.property(fc.array(planArb, { minLength: 1, maxLength: 4 }), nowArb, (raw, now) => {
        const plans = raw.map((p, i) => makePlan(i, p));
        const h = summarizeCaseHome({ now, meetings: [], plans, answers: noAnswers });
        const plan = plans.find((p) => p.meetingId === h.progress?.meetingId);
        expect(h.progress).toEqual({
          meetingId: plan?.meetingId,
          done: plan?.tasks.filter((t) => t.status === 'done').length,
          total: plan?.tasks.length,
        });
        // With no meeting ahead, it is the latest meeting's plan.
        const latest = Math.max(...plans.map((p) => Date.parse(p.firstSessionStart)));
        expect(Date.parse(plan?.firstSessionStart ?? '')).toBe(latest);
      }),
    );
  });

  it('the next meeting is days away by the calendar of its zone, whatever the hour and zone', () => {
    const zones = [
      'America/Chicago',
      'America/New_York',
      'America/Los_Angeles',
      'Pacific/Honolulu',
      'Asia/Tokyo',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.constantFrom(...zones),
        (days, meetingHour, nowMinute, zone) => {
          const today = DateTime.fromISO('2026-03-01', { zone }).plus({ minutes: nowMinute });
          const day = today.startOf('day').plus({ days }).toISODate() ?? '';
          const start = `${day}T${String(meetingHour).padStart(2, '0')}:00:00`;
          const end = `${day}T23:59:00`;
          const m: Meeting = { id: 'm', kind: 'other', timeZone: zone, sessions: [{ start, end }] };
          const next = nextMeetingOf([m], today.toUTC().toISO() ?? '');
          expect(next).toEqual({ meetingId: 'm', start, day, daysAway: days });
        },
      ),
    );
  });

  it('counts calendar days across daylight saving changes', () => {
    expect(calendarDaysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(calendarDaysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(calendarDaysBetween('2026-12-09', '2026-12-04')).toBe(-5);
  });
});
