import { MEDIATION_RECORDING_WARNING, recordingNoticeOffered } from '../rules/recording-law.js';
import { planCommitments } from './commitments.js';
import { sentForMeeting, tasksDoneBySent, triggeredDeadlines } from './letter-triggers.js';
import { atInstant, atWallClock, DAY_MS, timeZone, wallClockMs } from '../calendar/index.js';
import { buildContext, iso, readNow, type DraftTask, type PlanContext } from './plan-context.js';
import { followUpTask, meetingChecklistTask, pwnRequestTask } from './meeting-tasks.js';
import {
  concernsLetterTask,
  dataReviewTask,
  recordingNoticeTask,
  recordsRequestTask,
  supportPersonTask,
} from './prepare-tasks.js';
import {
  TASK_IDS,
  type Plan,
  type PlanInput,
  type PlanTask,
  type PlanWarning,
  type TaskStatus,
} from './plan-types.js';

const DUE_SOON_MS = 3 * 24 * 60 * 60 * 1000;

function statusOf(task: DraftTask, nowMs: number, done: ReadonlySet<string>): TaskStatus {
  if (done.has(task.id)) return 'done';
  const dueMs = task.due.ms;
  const lastMs = task.latest === null ? dueMs : task.latest.ms;
  if (nowMs > lastMs) return 'overdue';
  return nowMs >= dueMs - DUE_SOON_MS ? 'due-soon' : 'upcoming';
}

function timingWarnings(ctx: PlanContext): PlanWarning[] {
  const now = ctx.now.ms;
  const first = ctx.first.ms;
  if (now > ctx.lastEnd.ms) {
    return [
      {
        code: 'meeting-past',
        message:
          ctx.planType === '504'
            ? 'This meeting is over. Send your follow-up email now, and ask for written notice of anything the school refused.'
            : 'This meeting is over. Send your follow-up email now, and ask for a Notice of Action for anything the school refused.',
      },
    ];
  }
  if (now >= first) {
    return [
      {
        code: 'meeting-underway',
        message:
          'The meeting has started. Use the meeting day checklist, and send your follow-up email after it ends.',
      },
    ];
  }
  if (first - now < DAY_MS) {
    return [
      {
        code: 'meeting-soon',
        message:
          'The meeting is less than a day away, so there is not time for every step. ' +
          (recordingNoticeOffered(ctx.meetingKind) ? 'Send your recording notice now. ' : '') +
          'Bring your concerns in writing. Ask to see the records at the meeting, or ask to move it.',
      },
    ];
  }
  return [];
}

function meetingWarnings(ctx: PlanContext): PlanWarning[] {
  const out = timingWarnings(ctx);
  // Mediation is confidential (34 CFR 300.506(b)(8); missouri-rules.md §16.3): warn, and offer no recording notice.
  if (!recordingNoticeOffered(ctx.meetingKind))
    out.push({ code: 'mediation-confidential', message: MEDIATION_RECORDING_WARNING });
  return out;
}

/** The dated preparation plan for one meeting. Never reads a clock: `now` is passed in. */
export function planMeeting(input: PlanInput): Plan {
  return planMeetingUntil(input).plan;
}

/**
 * The plan, and the first moment (epoch ms) at which the plan of the same input could read differently other than
 * in its `now`: a status turning due-soon or overdue, a warning changing at the meeting's start, end or the day
 * before, or the local date moving on (commitments, triggered deadlines and the records request count days). Until
 * then `planAtMoment(plan, later)` is what planMeeting would give for `later` (a property test checks it), so a
 * server computes a meeting's plan once per such window instead of once per second.
 */
export function planMeetingUntil(input: PlanInput): { plan: Plan; validUntil: number } {
  const ctx = buildContext(input);
  const sent = sentForMeeting(input.sent ?? [], input.meeting.id);
  const done = new Set([...(input.done ?? []), ...tasksDoneBySent(sent)]);
  const nowMs = ctx.now.ms;
  const drafts = [
    recordsRequestTask(ctx),
    ...(recordingNoticeOffered(ctx.meetingKind) ? [recordingNoticeTask(ctx)] : []),
    dataReviewTask(ctx),
    concernsLetterTask(ctx),
    supportPersonTask(ctx),
    meetingChecklistTask(ctx),
    followUpTask(ctx),
    pwnRequestTask(ctx),
  ];
  // Sort by due moment; equal moments keep the order of TASK_IDS so the list is stable.
  const order = (t: DraftTask) => TASK_IDS.indexOf(t.id);
  drafts.sort((a, b) => a.due.ms - b.due.ms || order(a) - order(b));
  const tasks: PlanTask[] = drafts.map((d) => ({
    ...d,
    due: iso(d.due),
    latest: d.latest === null ? null : iso(d.latest),
    status: statusOf(d, nowMs, done),
  }));
  const plan: Plan = {
    meetingId: input.meeting.id,
    timeZone: ctx.zone,
    now: iso(ctx.now),
    firstSessionStart: iso(ctx.first),
    lastSessionEnd: iso(ctx.lastEnd),
    tasks,
    warnings: meetingWarnings(ctx),
    triggered: triggeredDeadlines(sent, ctx),
    commitments: planCommitments(input.commitments ?? [], ctx),
  };
  return { plan, validUntil: nextChange(ctx, drafts, done) };
}

/** The soonest moment after `ctx.now` at which statusOf, timingWarnings or the local date reads differently. */
function nextChange(ctx: PlanContext, drafts: readonly DraftTask[], done: ReadonlySet<string>): number {
  const now = ctx.now.ms;
  const day = Math.floor(wallClockMs(ctx.now) / DAY_MS);
  const changes = [atWallClock((day + 1) * DAY_MS, ctx.now.zone).ms];
  const after = (at: number) => {
    if (at > now) changes.push(at);
  };
  for (const d of drafts) {
    if (done.has(d.id)) continue;
    after(d.due.ms - DUE_SOON_MS); // due-soon from this moment on (>=)
    after((d.latest === null ? d.due.ms : d.latest.ms) + 1); // overdue once past it (>)
  }
  after(ctx.lastEnd.ms + 1);
  after(ctx.first.ms);
  after(ctx.first.ms - DAY_MS + 1);
  return Math.min(...changes);
}

/** A plan made for an earlier moment, read at `now` (inside its window from planMeetingUntil). */
export function planAtMoment(plan: Plan, now: string): Plan {
  return { ...plan, now: iso(atInstant(readNow(now), timeZone(plan.timeZone))) };
}
