import { atInstant, dayNumber, localDate, readInstant, timeZone, type IsoDate } from '../calendar/index.js';
import { DateTime } from 'luxon';
import { computeDeadline } from '../deadlines/index.js';
import { LETTER_KIND_INFO } from '../letters/kind-info.js';
import { DomainError } from '../rules/domain-error.js';
import type { PlanContext } from './plan-context.js';
import type { SentLetter, TaskId, TriggeredDeadline } from './plan-types.js';

// Letters the parent has marked sent: each one finishes its planner task and starts the legal clocks it triggers
// (a records request starts the Sunshine, IDEA and FERPA clocks; a PWN request the 5 business days the parent
// asked for). Clocks run from the local date the letter was sent, in the meeting's zone.

const DUE_SOON_DAYS = 3;

function sentDate(s: SentLetter, ctx: PlanContext): IsoDate {
  let ms = readInstant(s.sentAt);
  if (ms === null) {
    const dt = DateTime.fromISO(s.sentAt, { setZone: true });
    if (!dt.isValid) throw new DomainError('invalid-sent-at', `"${s.sentAt}" is not a real moment in time.`);
    ms = dt.toMillis();
  }
  return localDate(atInstant(ms, timeZone(ctx.zone)));
}

/** The letters that belong to this meeting: those sent for it, and those not tied to any meeting. */
export function sentForMeeting(sent: readonly SentLetter[], meetingId: string): SentLetter[] {
  return sent.filter((s) => s.meetingId === undefined || s.meetingId === meetingId);
}

export function tasksDoneBySent(sent: readonly SentLetter[]): TaskId[] {
  return sent.flatMap((s) => {
    const task = LETTER_KIND_INFO[s.kind].plannerTask;
    return task === null ? [] : [task];
  });
}

function statusOf(due: IsoDate, today: IsoDate): TriggeredDeadline['status'] {
  const left = dayNumber(due) - dayNumber(today);
  if (left < 0) return 'overdue';
  return left < DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/**
 * The deadlines started by sent letters. When the same kind was sent more than once, the first sending starts
 * the clock (a resend does not give the school more time).
 */
export function triggeredDeadlines(sent: readonly SentLetter[], ctx: PlanContext): TriggeredDeadline[] {
  const first = new Map<SentLetter['kind'], IsoDate>();
  for (const s of sent) {
    const date = sentDate(s, ctx);
    const known = first.get(s.kind);
    if (known === undefined || date < known) first.set(s.kind, date);
  }
  const today = localDate(ctx.now);
  const out: TriggeredDeadline[] = [];
  for (const [kind, from] of first) {
    for (const rule of LETTER_KIND_INFO[kind].triggers) {
      const before = rule === 'idea-records' && from < ctx.firstDate ? { before: ctx.firstDate } : {};
      const d = computeDeadline(rule, { from, closures: ctx.closures, timeZone: ctx.zone, ...before });
      out.push({
        rule,
        title: d.title,
        letterKind: kind,
        from: d.from,
        due: d.due,
        status: statusOf(d.due as IsoDate, today),
        citation: d.citation,
        confidence: d.confidence,
        kind: d.kind,
      });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
