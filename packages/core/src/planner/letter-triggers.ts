import {
  dayNumber,
  isBusinessDay,
  isIsoDate,
  localDate,
  nextBusinessDay,
  plainDayDate,
  readInstant,
  type IsoDate,
} from '../calendar/index.js';
import { DateTime } from 'luxon';
import {
  computeDeadline,
  deadlineRuleFor,
  type DeadlineResult,
  type DeadlineRuleId,
} from '../deadlines/index.js';
import type { CaseFile } from '../case/index.js';
import { LETTER_KIND_INFO } from '../letters/kind-info.js';
import { DomainError } from '../rules/domain-error.js';
import { deadlineOptions, type PlanContext } from './plan-context.js';
import type { SentLetter, TaskId, TriggeredDeadline } from './plan-types.js';

// Letters the parent has marked sent: each one finishes its planner task and starts the clocks it asked for (kept
// with the sent letter: a records request starts the Sunshine Law's 3 business days only when it asked for district
// records; a request for Prior Written Notice starts the 5 business days the PARENT asked for, a request, not a legal
// deadline). Clocks start on receipt (missouri-rules.md §16.5):
// - sent by email, fax, the portal or by hand: the business day it counts as received from the moment sent (at or
//   after 5:00 PM, or on a weekend or holiday: the next business day);
// - sent by mail: the day it arrived, which only the parent knows. Until they give it, the deadline waits: we never
//   make up a date, so no one is told the school is late before it is;
// - an arrival date the parent gave counts for any method (an arrival on a closed day: the next business day).

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

/** How a sending starts a clock: from the moment sent, from a day, or not yet (mail with no arrival date). */
type Start = { sentAt: string } | { from: string; arrived: string | null } | null;

function startOf(s: SentLetter): Start {
  if (s.receivedOn !== undefined) {
    const day = isBusinessDay(s.receivedOn) ? s.receivedOn : nextBusinessDay(s.receivedOn);
    return { from: day, arrived: s.receivedOn };
  }
  if (s.method === 'mail') return null;
  const ms = sentMs(s);
  return ms === null
    ? { from: s.sentAt, arrived: null }
    : { sentAt: DateTime.fromMillis(ms, { zone: 'utc' }).toISO() ?? s.sentAt };
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

/** The clocks of a sending: those kept with it, else (older records) every trigger of its kind that fits the plan. */
function clocksOf(s: SentLetter, ctx: PlanContext): DeadlineRuleId[] {
  return (
    s.clocks ??
    LETTER_KIND_INFO[s.kind].triggers.filter((rule) => deadlineRuleFor(rule).planTypes.includes(ctx.planType))
  );
}

// Every meeting's plan counts the same clocks of the case's letters, and none of them reads the moment: the home
// page computes every plan of a case at once, each of them the same deadlines. They are kept per case file (the
// object, so a new version of the case is a new key and an old one is let go with its file).
const countedFor = new WeakMap<CaseFile, Map<string, DeadlineResult>>();

/** computeDeadline, kept under `key` for the case file of `ctx` (everything the count reads is in the key). */
function counted(ctx: PlanContext, key: string, count: () => DeadlineResult): DeadlineResult {
  if (ctx.caseFile === undefined) return count();
  let kept = countedFor.get(ctx.caseFile);
  if (kept === undefined) {
    kept = new Map();
    countedFor.set(ctx.caseFile, kept);
  }
  let d = kept.get(key);
  if (d === undefined) {
    d = count();
    kept.set(key, d);
  }
  return d;
}

function computeFrom(rule: DeadlineRuleId, start: NonNullable<Start>, ctx: PlanContext): DeadlineResult {
  // A clock the letter asked for always applies to it: an IDEA referral from a parent whose child has a 504 plan
  // is counted as the IDEA rule it is.
  const options = deadlineOptions(ctx);
  const planType = deadlineRuleFor(rule).planTypes.includes(ctx.planType) ? ctx.planType : 'IEP';
  const base = 'sentAt' in start ? { sentAt: start.sentAt } : { from: start.from };
  // What the count reads: the rule, the plan's zone, type and SSD partner (the closures are the file's), the start.
  const key = [rule, ctx.zone, planType, ctx.ssd !== null, JSON.stringify(base)].join('|');
  const probe = counted(ctx, key, () => computeDeadline(rule, { ...options, planType, ...base }));
  if (rule !== 'idea-records' || probe.from >= ctx.firstDate) return probe;
  return counted(ctx, `${key}|before ${ctx.firstDate}`, () =>
    computeDeadline(rule, { ...options, planType, ...base, before: ctx.firstDate }),
  );
}

function receiptNote(d: DeadlineResult, start: NonNullable<Start>): string | null {
  if ('sentAt' in start) return d.receipt?.moved ?? null;
  if (start.arrived === null || start.arrived === start.from) return null;
  return (
    `It arrived on ${plainDayDate(start.arrived)}. Offices are closed that day, so it counts as received on the ` +
    `next business day, ${plainDayDate(start.from)}.`
  );
}

/**
 * The deadlines started by sent letters. A clock starts at the earliest known receipt of any sending of the kind
 * (a resend never gives the school more time); when no sending of it has a known receipt (all by mail, no arrival
 * date yet), it waits for the arrival date.
 */
export function triggeredDeadlines(sent: readonly SentLetter[], ctx: PlanContext): TriggeredDeadline[] {
  const byKind = new Map<SentLetter['kind'], SentLetter[]>();
  for (const s of sent) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  const today = localDate(ctx.now);
  const out: TriggeredDeadline[] = [];
  for (const [kind, sendings] of byKind) {
    const rules = [...new Set(sendings.flatMap((s) => clocksOf(s, ctx)))];
    for (const rule of rules) {
      const started = sendings
        .filter((s) => clocksOf(s, ctx).includes(rule))
        .flatMap((s) => {
          const start = startOf(s);
          return start === null ? [] : [{ s, start, d: computeFrom(rule, start, ctx) }];
        })
        .sort((a, b) => a.d.from.localeCompare(b.d.from) || a.d.due.localeCompare(b.d.due));
      const first = started[0];
      const d = first?.d ?? deadlineRuleFor(rule, { planType: ctx.planType, ssdPartner: ctx.ssd !== null });
      const base = {
        rule,
        title: d.title,
        letterKind: kind,
        party: d.party,
        citation: d.citation,
        confidence: d.confidence,
        kind: d.kind,
      };
      if (first === undefined) {
        const mailed = sendings.find((s) => s.method === 'mail');
        out.push({
          ...base,
          from: null,
          receiptNote: null,
          due: null,
          status: 'waiting',
          waiting:
            'Waiting for the arrival date. You sent it by mail, so the time counts from the day it arrived. ' +
            'Add that day to count it.',
          sentLetterId: mailed?.id ?? null,
          districtMayCount: null,
        });
        continue;
      }
      out.push({
        ...base,
        from: first.d.from,
        receiptNote: receiptNote(first.d, first.start),
        due: first.d.due,
        status: statusOf(first.d.due as IsoDate, today),
        waiting: null,
        sentLetterId: first.s.id ?? null,
        districtMayCount: first.d.districtMayCount,
      });
    }
  }
  // Dated deadlines soonest first; those waiting for an arrival date last.
  return out.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
