import { z } from 'zod';
import { CONFIDENCES, RULE_KINDS } from '../rules/confidence.js';
import { id, isoDay } from './shape.js';

// The check of a Prior Written Notice (Notice of Action) in the binder: the seven elements of 34 CFR 300.503(b),
// each found with the notice's words and page or missing, and when the change can start (the 10-day wait).

const sourced = {
  citation: z.string(),
  confidence: z.enum(CONFIDENCES),
  kind: z.enum(RULE_KINDS),
};

export const noticeElementSchema = z.strictObject({
  n: z.number().int().min(1).max(7),
  name: z.string(),
  /** What the element means, in plain words. */
  plain: z.string(),
  ...sourced,
  found: z.boolean(),
  /** The notice's own words that show it; null when missing. */
  quote: z.string().nullable(),
  page: z.number().int().min(1).nullable(),
  via: z.enum(['label', 'sentence']).nullable(),
  /** A remark in plain words: an empty box on the form, or rights without how to get a copy. */
  note: z.string().nullable(),
});
export type NoticeElement = z.infer<typeof noticeElementSchema>;

export const noticeTimingSchema = z.strictObject({
  status: z.enum(['waiting', 'over', 'no-date', 'refusal', 'not-504']),
  noticeDate: isoDay.nullable(),
  /** The last day of the 10-day wait. */
  waitEnds: isoDay.nullable(),
  /** The first day the change may start, unless the parent agreed in writing to skip the wait. */
  earliestStart: isoDay.nullable(),
  daysLeft: z.number().int().nullable(),
  words: z.string(),
  ...sourced,
  source: z.string(),
  notes: z.array(z.string()),
});

export const noticeCheckSchema = z.strictObject({
  documentId: id,
  title: z.string(),
  planType: z.enum(['IEP', '504']),
  /** The rule the seven come from (34 CFR 300.503(b); for a 504 plan 34 CFR 104.36, which has no list). */
  basis: z.strictObject({ ...sourced, source: z.string(), words: z.string() }),
  elements: z.array(noticeElementSchema),
  missing: z.array(z.number().int().min(1).max(7)),
  decision: z.enum(['proposed', 'refused', 'unclear']),
  timing: noticeTimingSchema,
  /** The "ask for the missing parts" letter's answers, ready to save as its draft; null when nothing is missing. */
  letterAnswers: z.record(z.string(), z.unknown()).nullable(),
});
export type NoticeCheckBody = z.infer<typeof noticeCheckSchema>;
