import { sourceLine } from '../rules/confidence.js';
import type { AnswerItem } from './answer-types.js';

/**
 * Where an item's day comes from, in plain words (the app and the calendar show the same): the law with its
 * citation and how sure we are, the time the parent asked for (a request, not law), or a promise.
 */
export function basisWords(item: Pick<AnswerItem, 'basis' | 'citation' | 'confidence' | 'ruleKind'>): string {
  if (item.basis === 'promise') return 'Promised at the meeting.';
  const source =
    item.citation !== null && item.confidence !== null && item.ruleKind !== null
      ? sourceLine({ citation: item.citation, confidence: item.confidence, kind: item.ruleKind })
      : '';
  if (item.basis === 'requested') {
    return `This is the time you asked for in your letter. It is a request, not a law. ${source}`.trim();
  }
  return source;
}
