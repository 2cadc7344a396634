import { dayNumber, plainDate, plainDayDate, type IsoDate } from '../calendar/index.js';
import { computeDeadline, type PlanType } from '../deadlines/index.js';
import {
  escalationOptionsFor,
  type EscalationOptionId,
  type WindowRuleId,
  type WindowStart,
} from './escalation-options.js';

// The time limits of the ways up, counted from the case's own events (pure: `today` is passed in). Each event is
// a day something happened that a parent may complain about; the parent may say they learned of it later, and
// only the due process count, which the law starts on knowing (34 CFR 300.511(e)), moves with that day.

export const ESCALATION_EVENT_KINDS = ['meeting', 'notice-of-action', 'refusal', 'letter-sent'] as const;
export type EscalationEventKind = (typeof ESCALATION_EVENT_KINDS)[number];

export interface EscalationEvent {
  /** Stable per case: "meeting:<id>", "document:<id>", "refusal:<id>", "letter:<id>". */
  id: string;
  kind: EscalationEventKind;
  /** What it was, in plain words ("The annual review meeting"). */
  label: string;
  /** The day it happened. */
  on: IsoDate;
  /** The day the parent knew of it unless they say otherwise (a paper's received day, else `on`). */
  knewDefault: IsoDate;
  /** The "date you knew" the parent gave, if any. */
  knewGiven: IsoDate | null;
}

/** What the count started from, for the words "counted from". */
export type CountedFrom = 'happened' | 'knew-that-day' | 'got-it' | 'you-said';

export interface EscalationWindow {
  option: EscalationOptionId;
  rule: WindowRuleId;
  eventId: string;
  eventLabel: string;
  countedFrom: CountedFrom;
  /** The day the count starts. */
  from: IsoDate;
  /** The last day of the window (the law's date). */
  lastDay: IsoDate;
  /** The last business day on or before lastDay: offices are closed on weekends and holidays. */
  fileBy: IsoDate;
  /** Calendar days from today to fileBy: 0 is today, below 0 is closed. */
  daysLeft: number;
  open: boolean;
  /** Whether the parent may change the day this count starts from (only the counts that start on knowing). */
  knewChangeable: boolean;
  /** Plain sentences: "The window closes on ...", "N days left", "Counted from ...". */
  closesText: string;
  leftText: string;
  fromText: string;
}

const COUNTED_FROM_WORDS: Record<CountedFrom, string> = {
  happened: 'Counted from the day it happened',
  'knew-that-day': 'Counted from the day you knew about it, the day it happened',
  'got-it': 'Counted from the day you got it and so knew about it',
  'you-said': 'Counted from the day you said you knew about it',
};

function startOf(
  event: EscalationEvent,
  countsFrom: WindowStart,
): { from: IsoDate; countedFrom: CountedFrom } {
  if (countsFrom !== 'knew') return { from: event.on, countedFrom: 'happened' };
  if (event.knewGiven !== null) return { from: event.knewGiven, countedFrom: 'you-said' };
  return {
    from: event.knewDefault,
    countedFrom: event.knewDefault === event.on ? 'knew-that-day' : 'got-it',
  };
}

/** "12 days left", "1 day left", "Today is the last day", "This window closed 3 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 1) return `${daysLeft} days left`;
  if (daysLeft === 1) return '1 day left';
  if (daysLeft === 0) return 'Today is the last day';
  return daysLeft === -1 ? 'This window closed 1 day ago' : `This window closed ${-daysLeft} days ago`;
}

/** One window of one option, counted from one event. */
export function escalationWindow(
  option: EscalationOptionId,
  rule: WindowRuleId,
  countsFrom: WindowStart,
  event: EscalationEvent,
  today: IsoDate,
): EscalationWindow {
  const { from, countedFrom } = startOf(event, countsFrom);
  const d = computeDeadline(rule, { from });
  const lastDay = d.due as IsoDate;
  const fileBy = (d.actBy ?? lastDay) as IsoDate;
  const daysLeft = dayNumber(fileBy) - dayNumber(today);
  const open = daysLeft >= 0;
  const moved =
    fileBy === lastDay
      ? ''
      : ` Offices are closed that day, so it must get there by ${plainDayDate(fileBy)}.`;
  return {
    option,
    rule,
    eventId: event.id,
    eventLabel: event.label,
    countedFrom,
    from,
    lastDay,
    fileBy,
    daysLeft,
    open,
    knewChangeable: countsFrom === 'knew',
    closesText: `${open ? 'The window closes' : 'The window closed'} on ${plainDayDate(lastDay)}.${moved}`,
    leftText: daysLeftText(daysLeft),
    fromText: `${COUNTED_FROM_WORDS[countedFrom]}: ${plainDate(from)}.`,
  };
}

/**
 * Every window of the plan's options over every event: open ones first, the soonest to close first; then the
 * closed ones, the most recent first. A 504 plan gets no IDEA window (missouri-rules.md §16.4).
 */
export function escalationWindows(
  planType: PlanType,
  events: readonly EscalationEvent[],
  today: IsoDate,
): Partial<Record<EscalationOptionId, EscalationWindow[]>> {
  const out: Partial<Record<EscalationOptionId, EscalationWindow[]>> = {};
  for (const option of escalationOptionsFor(planType)) {
    if (option.window === null) continue;
    const { rule, countsFrom } = option.window;
    out[option.id] = events
      .map((e) => escalationWindow(option.id, rule, countsFrom, e, today))
      .sort((a, b) =>
        a.open !== b.open
          ? a.open
            ? -1
            : 1
          : a.open
            ? a.fileBy.localeCompare(b.fileBy) || a.eventId.localeCompare(b.eventId)
            : b.fileBy.localeCompare(a.fileBy) || a.eventId.localeCompare(b.eventId),
      );
  }
  return out;
}

/**
 * Checks a "date you knew" for an event: a real day, not before the event happened (no one knows of a thing before
 * it happens) and not after today. Returns a plain message, or null when it is fine.
 */
export function knewDateProblem(
  event: Pick<EscalationEvent, 'on'>,
  knew: IsoDate,
  today: IsoDate,
): string | null {
  if (knew < event.on)
    return `The day you knew cannot be before the day it happened, ${plainDate(event.on)}. Pick a later day.`;
  if (knew > today) return 'The day you knew cannot be in the future. Pick today or an earlier day.';
  return null;
}
