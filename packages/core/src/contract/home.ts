import { z } from 'zod';
import type { CaseHome } from '../home/home-types.js';
import { CASE_ROLES } from '../sharing/roles.js';
import { caseSummarySchema } from './cases.js';
import { id, isoDay, isoText, matching } from './shape.js';

// The home page: every case the user owns or is a member of, each with what to do next (core's summarizeCaseHome).

const homeStepSchema = z.strictObject({ meetingId: id, taskId: id, title: z.string(), due: isoDay });

const caseHomeSchema = matching<CaseHome>()(
  z.strictObject({
    today: isoDay,
    timeZone: z.string(),
    nextMeeting: z
      .strictObject({ meetingId: id, start: isoText, day: isoDay, daysAway: z.number().int() })
      .nullable(),
    nextSteps: z.array(homeStepSchema),
    overdue: z.array(homeStepSchema),
    overdueCount: z.number().int().min(0),
    late: z.array(z.strictObject({ id, title: z.string(), due: isoDay, daysLate: z.number().int().min(0) })),
    lateCount: z.number().int().min(0),
    progress: z
      .strictObject({ meetingId: id, done: z.number().int().min(0), total: z.number().int().min(0) })
      .nullable(),
  }),
);

export const homeCaseSchema = z.strictObject({
  case: caseSummarySchema,
  /** The user's role on the case ('owner' for their own). */
  role: z.enum(CASE_ROLES),
  /** What the family asked a member to look at ('' for the owner, or when they said nothing). */
  note: z.string(),
  home: caseHomeSchema,
});
export type HomeCase = z.infer<typeof homeCaseSchema>;

export const homeSchema = z.strictObject({ cases: z.array(homeCaseSchema) });
export type Home = z.infer<typeof homeSchema>;
