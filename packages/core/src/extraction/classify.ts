import type { IsoDate } from '../calendar/index.js';
import type { ExtractKind } from '../transcripts/transcript-types.js';
import { findCommitment } from './commitment.js';
import { resolveDue } from './dates.js';
import { AGREEMENT, ASSENT, ASSENT_ACTION, OPEN_QUESTION, REFUSAL } from './patterns.js';
import { capitalize, tidySentence } from './text.js';

// One statement (not a question) -> at most one item. When wording fits several kinds, the order is: refusal
// (the parent most needs these on paper), then "we'll have to check" (an open question is not yet a promise),
// then agreement, then commitment.

export interface Found {
  kind: ExtractKind;
  text: string;
  who: string | null;
  due: IsoDate | null;
}

const ASSENT_LEAD = new RegExp(`${ASSENT.source}[,.!\\s]*`, 'i');

export function classifyStatement(
  sentence: string,
  speaker: string | null,
  names: ReadonlyMap<string, string>,
  meeting: IsoDate,
): Found | null {
  const lower = sentence.toLowerCase();
  if (REFUSAL.some((r) => r.test(lower))) {
    return { kind: 'refusal', text: tidySentence(sentence), who: speaker, due: null };
  }
  if (OPEN_QUESTION.some((r) => r.test(lower))) {
    return {
      kind: 'open-question',
      text: tidySentence(sentence),
      who: speaker,
      due: resolveDue(sentence, meeting, { deadlineOnly: true }).due,
    };
  }
  const assentAction =
    ASSENT.test(lower.replace(/^(?:um+|uh+|oh|well|so)[,\s]+/, '')) && ASSENT_ACTION.test(lower);
  if (assentAction || AGREEMENT.some((r) => r.test(lower))) {
    // "Sounds good, we'll add the organizers" reads as "We'll add the organizers."
    const stripped = sentence.replace(ASSENT_LEAD, '');
    const text = tidySentence(/[\p{L}\p{N}]/u.test(stripped) && assentAction ? stripped : sentence);
    return {
      kind: 'agreement',
      text,
      who: speaker,
      due: resolveDue(sentence, meeting, { deadlineOnly: true }).due,
    };
  }
  const c = findCommitment(sentence, speaker, names, meeting);
  if (c !== null) return { kind: 'commitment', text: capitalize(c.what), who: c.who, due: c.due };
  return null;
}
