import { dayNumber, shiftDays, toIsoDate } from '../calendar/iso-date.js';
import { plainDate } from '../calendar/plain-date.js';
import { computeDeadline, type PlanType } from '../deadlines/index.js';
import type { Confidence, RuleKind } from '../rules/confidence.js';
import type { NoticeCheck } from './check-notice.js';

// When the change in a Notice of Action can start. The 10-day wait is the deadline table's 'notice-of-action-wait'
// (DESE FAQ "Notice of Action"; SSD Family Handbook) [PRIMARY, agency guidance]: Missouri practice, not a federal
// rule. Federal law says only "a reasonable time" before the school acts (34 CFR 300.503(a)). It is an IDEA
// practice: a 504 plan has no such wait (missouri-rules.md §16.4). Counted from the notice's date, in calendar days.

export type TimingStatus = 'waiting' | 'over' | 'no-date' | 'refusal' | 'not-504';

export interface NoticeTiming {
  status: TimingStatus;
  noticeDate: string | null;
  /** The last day of the 10-day wait. */
  waitEnds: string | null;
  /** The first day the school may make the change, unless the parent agreed in writing to skip the wait. */
  earliestStart: string | null;
  /** Days from today to `earliestStart` (0 or less: it may start now). */
  daysLeft: number | null;
  words: string;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  source: string;
  notes: string[];
}

export const WAIT_IS_PRACTICE =
  'This wait comes from the Missouri education department\'s guidance (DESE FAQ: Notice of Action), not from federal law. Federal law only says the notice must come "a reasonable time" before the school acts (34 CFR 300.503(a)).';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The timing of a notice: `noticeDate` is the date printed on it (the binder's document date), `today` the day in
 * the case's time zone (YYYY-MM-DD).
 */
export function noticeTiming(input: {
  noticeDate: string | null;
  planType: PlanType;
  decision: NoticeCheck['decision'];
  today: string;
}): NoticeTiming {
  const rule = computeDeadline('notice-of-action-wait', {
    from: input.noticeDate ?? input.today,
    planType: 'IEP',
  });
  const base = {
    noticeDate: input.noticeDate,
    citation: rule.citation,
    confidence: rule.confidence,
    kind: rule.kind,
    source: rule.source,
    notes: [WAIT_IS_PRACTICE, ...rule.notes],
  };
  const none = { waitEnds: null, earliestStart: null, daysLeft: null };
  if (input.planType === '504')
    return {
      ...base,
      ...none,
      status: 'not-504',
      words:
        'Section 504 has no 10-day wait. The 10-day wait is a Missouri practice for special education (IDEA) notices.',
      citation: '34 CFR 104.36',
      confidence: 'PRIMARY',
      kind: 'law',
      source: 'missouri-rules.md §4, §16.4',
      notes: ['Section 504 requires notice of decisions but sets no waiting period.'],
    };
  if (input.decision === 'refused')
    return {
      ...base,
      ...none,
      status: 'refusal',
      words:
        'This notice says no to something, so there is no change to wait for. If you disagree, you can say so in writing.',
    };
  if (input.noticeDate === null)
    return {
      ...base,
      ...none,
      status: 'no-date',
      words:
        'We do not know the date of this notice. Add the date printed on it to see when the change can start.',
    };
  const waitEnds = rule.due;
  const earliestStart = shiftDays(toIsoDate(waitEnds), 1);
  const daysLeft = dayNumber(earliestStart) - dayNumber(toIsoDate(input.today));
  const start = `The notice is dated ${plainDate(input.noticeDate)}. The school must wait 10 days, through ${plainDate(waitEnds)}, before it makes the change, unless you agree in writing to skip the wait.`;
  const words =
    daysLeft > 0
      ? `${start} The change can start on ${plainDate(earliestStart)} at the earliest. That is ${days(daysLeft)} from today.`
      : `${start} The wait ended on ${plainDate(waitEnds)}, so the change may start now.`;
  return { ...base, status: daysLeft > 0 ? 'waiting' : 'over', waitEnds, earliestStart, daysLeft, words };
}
