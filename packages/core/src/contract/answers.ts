import { z } from 'zod';
import type { AnswerList } from '../answers/index.js';
import { coreShape, isoDay } from './shape.js';

// The answer tracker: what the school owes the parent (core's trackAnswers), and the parent's mark that it
// answered, with the binder document that shows it.

export const answerListSchema = coreShape<AnswerList>('the list of answers', {
  today: 'required',
  items: 'required',
  counts: 'required',
});

export const answerMarkBodySchema = z.strictObject({
  /** The binder document that holds the answer, or null to mark it answered without one. */
  documentId: z.string().min(1).max(100).nullable(),
  /** The day the answer came (YYYY-MM-DD); today when left out. */
  answeredOn: isoDay.optional(),
});
