import type { Question } from './letter-types.js';

// What the interview's own controls put in the answers, named once for the web (which draws the controls) and for
// the tests (which check that the answers schema accepts what the controls make).

/** A list with no item fields holds plain text lines; one with item fields holds one object per item. */
export function listItemIsText(question: Pick<Question, 'itemFields'>): boolean {
  return (question.itemFields ?? []).length === 0;
}
