import { DateTime } from 'luxon';
import type { AnswerList } from '../answers/answer-types.js';
import { atWallClock, readInstant, readWallClock, timeZone } from '../calendar/index.js';
import type { Meeting } from '../case/index.js';
import type { Plan, PlanTask } from '../planner/plan-types.js';
import type { CaseHome, HomeMeeting, HomeProgress, HomeStep } from './home-types.js';

// The home page's view of one case, from the plans of its meetings and its answer tracker. Pure: `now` is passed in.

/** How many steps and late answers a list shows before "and N more". */
export const HOME_LIST_LIMIT = 3;
const DEFAULT_ZONE = 'America/Chicago';

export interface CaseHomeInput {
  /** The current instant, ISO 8601 with an offset or Z. */
  now: string;
  meetings: readonly Meeting[];
  /** The plans of the case's meetings (any order). */
  plans: readonly Plan[];
  answers: AnswerList;
}

// Plans write their moments as "2026-11-23T09:00:00.000-06:00": read those without luxon (a home page reads
// thousands); anything else the slow, general way.
const ms = (iso: string) => readInstant(iso) ?? DateTime.fromISO(iso, { setZone: true }).toMillis();

/** A session's wall-clock time ("2026-11-23T09:00") in the meeting's zone, as epoch ms. */
export function meetingTime(local: string, zone: string): number {
  const wall = readWallClock(local);
  return wall !== null ? atWallClock(wall, timeZone(zone)).ms : DateTime.fromISO(local, { zone }).toMillis();
}

/** The zone the case's days are counted in: its first meeting's, else Missouri's (as the answer tracker does). */
export function caseTimeZone(meetings: readonly Meeting[]): string {
  return meetings[0]?.timeZone ?? DEFAULT_ZONE;
}

function todayIn(now: string, zone: string): string {
  return DateTime.fromISO(now, { setZone: true }).setZone(zone).toISODate() ?? now.slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function calendarDaysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return Math.round(b.diff(a, 'days').days);
}

/** The session that has not ended yet and starts soonest, over every meeting. */
export function nextMeetingOf(meetings: readonly Meeting[], now: string): HomeMeeting | null {
  const nowMs = ms(now);
  let best: { meeting: Meeting; start: string; at: number } | null = null;
  for (const meeting of meetings) {
    for (const session of meeting.sessions) {
      const end = meetingTime(session.end, meeting.timeZone);
      const at = meetingTime(session.start, meeting.timeZone);
      if (end < nowMs) continue;
      if (best === null || at < best.at) best = { meeting, start: session.start, at };
    }
  }
  if (best === null) return null;
  const day = best.start.slice(0, 10);
  return {
    meetingId: best.meeting.id,
    start: best.start,
    day,
    daysAway: calendarDaysBetween(todayIn(now, best.meeting.timeZone), day),
  };
}

/**
 * A step still means something: its meeting is not over, or it is a step for after the meeting (a follow-up). A
 * step to prepare for a meeting that is over can no longer be done, so it is neither next nor overdue.
 */
function stillMatters(task: PlanTask, plan: Plan, nowMs: number): boolean {
  return nowMs <= ms(plan.lastSessionEnd) || ms(task.due) >= ms(plan.firstSessionStart);
}

interface Dated {
  step: HomeStep;
  at: number;
}

function stepOf(task: PlanTask, plan: Plan): Dated {
  return {
    step: { meetingId: plan.meetingId, taskId: task.id, title: task.title, due: task.due.slice(0, 10) },
    at: ms(task.due),
  };
}

/** Soonest first; the same moment by meeting, then by title, so the order never depends on the input's order. */
function bySoonest(a: Dated, b: Dated): number {
  return (
    a.at - b.at ||
    a.step.meetingId.localeCompare(b.step.meetingId) ||
    a.step.title.localeCompare(b.step.title) ||
    a.step.taskId.localeCompare(b.step.taskId)
  );
}

/** The plan the count is about: the next meeting's, else the latest meeting's. */
function progressOf(plans: readonly Plan[], next: HomeMeeting | null): HomeProgress | null {
  const focus =
    (next && plans.find((p) => p.meetingId === next.meetingId)) ??
    [...plans].sort((a, b) => ms(b.firstSessionStart) - ms(a.firstSessionStart))[0];
  if (!focus) return null;
  return {
    meetingId: focus.meetingId,
    done: focus.tasks.filter((t) => t.status === 'done').length,
    total: focus.tasks.length,
  };
}

export function summarizeCaseHome(input: CaseHomeInput): CaseHome {
  const nowMs = ms(input.now);
  const timeZone = caseTimeZone(input.meetings);
  const open: Dated[] = [];
  const overdue: Dated[] = [];
  for (const plan of input.plans) {
    for (const task of plan.tasks) {
      if (task.status === 'done' || !stillMatters(task, plan, nowMs)) continue;
      (task.status === 'overdue' ? overdue : open).push(stepOf(task, plan));
    }
  }
  open.sort(bySoonest);
  overdue.sort(bySoonest);
  // The longest late first: what the school has owed longest is what the parent acts on first.
  const late = input.answers.items
    .filter((item) => item.state === 'late' && item.due !== null)
    .sort((a, b) => b.daysLate - a.daysLate || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const nextMeeting = nextMeetingOf(input.meetings, input.now);
  return {
    today: todayIn(input.now, timeZone),
    timeZone,
    nextMeeting,
    nextSteps: open.slice(0, HOME_LIST_LIMIT).map((d) => d.step),
    overdue: overdue.slice(0, HOME_LIST_LIMIT).map((d) => d.step),
    overdueCount: overdue.length,
    late: late
      .slice(0, HOME_LIST_LIMIT)
      .map((item) => ({ id: item.id, title: item.title, due: item.due ?? '', daysLate: item.daysLate })),
    lateCount: late.length,
    progress: progressOf(input.plans, nextMeeting),
  };
}
