import { dayNumber, isIsoDate } from '../calendar/index.js';
import type { RuleKind } from '../rules/confidence.js';
import { DomainError } from '../rules/domain-error.js';
import type { Plan, PlanCommitment, TriggeredDeadline } from '../planner/plan-types.js';
import type { AnswerBasis, AnswerItem, AnswerList, AnswerMark, AnswerState } from './answer-types.js';
import { nextStepForPromise, nextStepForRule } from './next-steps.js';

// One list of what the school owes the parent, built from what the plan already computes (nothing is counted
// twice): the deadlines started by the letters the parent sent (each with its rule's citation and confidence; the
// Notice of Action's 5 days are what the parent asked for, labelled as a request, not law) and the promises made at
// each meeting (confirmed transcript items and the meeting companion's). Deadlines the parent must meet are not
// here: this list is what others owe. The plan's due days never move for a school closure (missouri-rules.md §16).

export interface TrackInput {
  /** Today in the case's zone (YYYY-MM-DD): core has no clock. */
  today: string;
  /** The plan of each meeting of the case. */
  plans: readonly Plan[];
  /** The parent's marks that an item was answered. */
  marks: readonly AnswerMark[];
}

const BASIS_OF_KIND: Record<RuleKind, AnswerBasis> = {
  law: 'law',
  'parent-practice': 'requested',
  'agency-guidance': 'guidance',
  'district-policy': 'policy',
  organization: 'guidance',
};

/** The id of a letter's deadline: the same whichever meeting's plan lists it (a letter for no meeting is in all). */
export function deadlineItemId(d: Pick<TriggeredDeadline, 'rule' | 'letterKind' | 'sentLetterId'>): string {
  return `letter.${d.sentLetterId ?? d.letterKind}.${d.rule}`;
}

export function promiseItemId(meetingId: string, c: Pick<PlanCommitment, 'id'>): string {
  return `promise.${meetingId}.${c.id}`;
}

/** Calendar days from the due day to today: positive once the day has passed. */
export function daysPast(due: string, today: string): number {
  if (!isIsoDate(due) || !isIsoDate(today))
    throw new DomainError('invalid-date', 'A date is not a real date.');
  return dayNumber(today) - dayNumber(due);
}

/** The state of an item: answered once marked, late the day after its due day, else waiting. */
export function answerState(due: string | null, today: string, answered: boolean): AnswerState {
  if (answered) return 'answered';
  if (due === null) return 'waiting';
  return daysPast(due, today) > 0 ? 'late' : 'waiting';
}

function finish(
  base: Omit<AnswerItem, 'state' | 'daysLate' | 'answer' | 'next'>,
  today: string,
  mark: AnswerMark | undefined,
  next: AnswerItem['next'],
  doneElsewhere = false,
): AnswerItem {
  const state = answerState(base.due, today, mark !== undefined || doneElsewhere);
  return {
    ...base,
    state,
    daysLate: state === 'late' && base.due !== null ? daysPast(base.due, today) : 0,
    answer: mark ?? null,
    next: state === 'late' ? next : null,
  };
}

function deadlineItem(
  plan: Plan,
  d: TriggeredDeadline,
  today: string,
  mark: AnswerMark | undefined,
): AnswerItem {
  return finish(
    {
      id: deadlineItemId(d),
      source: 'letter',
      title: d.title,
      meetingId: plan.meetingId,
      letterKind: d.letterKind,
      sentLetterId: d.sentLetterId,
      who: null,
      due: d.due,
      from: d.from,
      waitingFor: d.waiting,
      basis: BASIS_OF_KIND[d.kind],
      citation: d.citation,
      confidence: d.confidence,
      ruleKind: d.kind,
    },
    today,
    mark,
    nextStepForRule(d.rule, d.from),
  );
}

function promiseItem(plan: Plan, c: PlanCommitment, today: string, mark: AnswerMark | undefined): AnswerItem {
  return finish(
    {
      id: promiseItemId(plan.meetingId, c),
      source: 'promise',
      title: c.what,
      meetingId: plan.meetingId,
      letterKind: null,
      sentLetterId: null,
      who: c.who,
      due: c.due,
      from: null,
      waitingFor:
        c.due === null ? 'No day was set at the meeting. Ask for one in your follow-up letter.' : null,
      basis: 'promise',
      citation: null,
      confidence: null,
      ruleKind: null,
    },
    today,
    mark,
    nextStepForPromise(),
    // A promise the parent ticked on the plan is kept, even with no document.
    c.status === 'done',
  );
}

const ORDER: Record<AnswerState, number> = { late: 0, waiting: 1, answered: 2 };

/** Everything the school owes, late first (most late first), then waiting (soonest first), then answered. */
export function trackAnswers(input: TrackInput): AnswerList {
  if (!isIsoDate(input.today)) throw new DomainError('invalid-date', `"${input.today}" is not a real date.`);
  const marks = new Map(input.marks.map((m) => [m.itemId, m]));
  const byId = new Map<string, AnswerItem>();
  for (const plan of input.plans) {
    for (const d of plan.triggered) {
      if (d.party === 'parent') continue;
      const id = deadlineItemId(d);
      if (!byId.has(id)) byId.set(id, deadlineItem(plan, d, input.today, marks.get(id)));
    }
    for (const c of plan.commitments) {
      const id = promiseItemId(plan.meetingId, c);
      byId.set(id, promiseItem(plan, c, input.today, marks.get(id)));
    }
  }
  const items = [...byId.values()].sort(
    (a, b) =>
      ORDER[a.state] - ORDER[b.state] ||
      b.daysLate - a.daysLate ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.id.localeCompare(b.id),
  );
  const counts: Record<AnswerState, number> = { waiting: 0, answered: 0, late: 0 };
  for (const item of items) counts[item.state] += 1;
  return { today: input.today, items, counts };
}
