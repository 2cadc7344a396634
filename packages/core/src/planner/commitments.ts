import { dayNumber, isIsoDate, localDate, type IsoDate } from '../calendar/index.js';
import type { PlanContext } from './plan-context.js';
import type { CommitmentStatus, PlanCommitment, PlanCommitmentInput } from './plan-types.js';

// Promises made at the meeting ("Ms. Lee will send the graphs by Friday") sit on the plan beside the deadlines,
// and turn overdue when their day has passed, the same way as the deadlines sent letters start.

const DUE_SOON_DAYS = 3;

function statusOf(c: PlanCommitmentInput, due: IsoDate | null, today: IsoDate): CommitmentStatus {
  if (c.doneAt !== null) return 'done';
  if (due === null) return 'no-date';
  const left = dayNumber(due) - dayNumber(today);
  if (left < 0) return 'overdue';
  return left < DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** The meeting's commitments with their status, soonest due first; those with no date come last. */
export function planCommitments(list: readonly PlanCommitmentInput[], ctx: PlanContext): PlanCommitment[] {
  const today = localDate(ctx.now);
  return list
    .map((c, order) => {
      // A due value that is not a real date is treated as no date rather than breaking the whole plan.
      const due = c.due !== null && isIsoDate(c.due) ? c.due : null;
      return { c: { ...c, due, status: statusOf(c, due, today) }, order };
    })
    .sort((a, b) => {
      if (a.c.due === b.c.due) return a.order - b.order;
      if (a.c.due === null) return 1;
      if (b.c.due === null) return -1;
      return a.c.due < b.c.due ? -1 : 1;
    })
    .map(({ c }) => c);
}
