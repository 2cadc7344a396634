import { dayNumber, isIsoDate, localDate, readInstant, type IsoDate } from '../calendar/index.js';
import { DateTime } from 'luxon';
import { computeDeadline, deadlineRuleFor } from '../deadlines/index.js';
import { LETTER_KIND_INFO } from '../letters/kind-info.js';
import { DomainError } from '../rules/domain-error.js';
import { deadlineOptions, type PlanContext } from './plan-context.js';
import type { SentLetter, TaskId, TriggeredDeadline } from './plan-types.js';

// Letters the parent has marked sent: each one finishes its planner task and starts the clocks it triggers (a
// records request starts the Sunshine, IDEA and FERPA clocks; a request for Prior Written Notice starts the 5
// business days the PARENT asked the school to answer in, which is a request, not a legal deadline). A clock that
// runs from receipt starts on the business day the letter counts as received (sent at or after 5:00 PM, or on a
// weekend or holiday: the next business day; missouri-rules.md §16.5). Rules that do not apply to the plan (IDEA
// rules for a 504 plan) start nothing.

const DUE_SOON_DAYS = 3;

/** The moment sent in ms, or null for a bare date (then the clock starts that day). */
function sentMs(s: SentLetter): number | null {
  if (isIsoDate(s.sentAt)) return null;
  const ms = readInstant(s.sentAt);
  if (ms !== null) return ms;
  const dt = DateTime.fromISO(s.sentAt, { setZone: true });
  if (!dt.isValid) throw new DomainError('invalid-sent-at', `"${s.sentAt}" is not a real moment in time.`);
  return dt.toMillis();
}

/** An ISO instant for computeDeadline's `sentAt`, or the date itself. */
function sentStart(s: SentLetter): { sentAt: string } | { from: string } {
  const ms = sentMs(s);
  return ms === null
    ? { from: s.sentAt }
    : { sentAt: DateTime.fromMillis(ms, { zone: 'utc' }).toISO() ?? s.sentAt };
}

/** Sort key: a bare date counts as the start of that day in UTC (only used to find the first sending). */
function sortKey(s: SentLetter): number {
  return sentMs(s) ?? dayNumber(s.sentAt as IsoDate) * 86_400_000;
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
  const first = new Map<SentLetter['kind'], SentLetter>();
  for (const s of sent) {
    const known = first.get(s.kind);
    if (known === undefined || sortKey(s) < sortKey(known)) first.set(s.kind, s);
  }
  const today = localDate(ctx.now);
  const options = deadlineOptions(ctx);
  const out: TriggeredDeadline[] = [];
  for (const [kind, letter] of first) {
    for (const rule of LETTER_KIND_INFO[kind].triggers) {
      if (!deadlineRuleFor(rule).planTypes.includes(ctx.planType)) continue;
      const start = sentStart(letter);
      const probe = computeDeadline(rule, { ...options, ...start });
      const before = rule === 'idea-records' && probe.from < ctx.firstDate ? { before: ctx.firstDate } : {};
      const d =
        before.before === undefined ? probe : computeDeadline(rule, { ...options, ...start, ...before });
      out.push({
        rule,
        title: d.title,
        letterKind: kind,
        from: d.from,
        receiptNote: d.receipt?.moved ?? null,
        due: d.due,
        status: statusOf(d.due as IsoDate, today),
        party: d.party,
        citation: d.citation,
        confidence: d.confidence,
        kind: d.kind,
        districtMayCount: d.districtMayCount,
      });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
