import { toIsoDate, type IsoDate } from '../calendar/index.js';
import type { ExtractedItem, ExtractKind, Utterance } from '../transcripts/transcript-types.js';
import { classifyStatement } from './classify.js';
import { resolveDue } from './dates.js';
import { findCommitment } from './commitment.js';
import { DEFLECTION, QUESTION_START, SMALL_TALK_QUESTION, TAG_QUESTION } from './patterns.js';
import { normalizeText, splitSentences, tidySentence, wordCount } from './text.js';
import { nameVariants } from './who.js';

// Rule-based extraction of what a meeting promised, refused, agreed and left open. Pure and fast (no model):
// every item is a suggestion the parent confirms, edits or drops, so the rules favor plain, checkable matches.

export interface ExtractOptions {
  /** The meeting's date (YYYY-MM-DD): "by Friday" means the Friday after it. */
  meetingDate: string;
}

const BOOKMARK_KINDS: Partial<Record<NonNullable<Utterance['bookmark']>['kind'], ExtractKind>> = {
  promised: 'commitment',
  refused: 'refusal',
  agreed: 'agreement',
  question: 'open-question',
};

/** A bookmark this close to a segment with the same words is about that segment. */
const BOOKMARK_SAME_SEC = 60;
/** How far ahead to look for someone else's reply to a question. */
const REPLY_WINDOW = 3;
/** Questions shorter than this ("Who decides that?", "Right?") are too thin to follow up on their own. */
const MIN_QUESTION_WORDS = 4;

function isQuestion(sentence: string, wholeUtterance: string): boolean {
  const s = sentence.trim();
  if (s.endsWith('?')) return !TAG_QUESTION.test(s.toLowerCase());
  // Speech-to-text without punctuation: judge by the first word.
  return !/[.!?]/.test(wholeUtterance) && QUESTION_START.test(s.toLowerCase());
}

/** True when nobody else answered: no reply soon, or the reply moved on ("let's talk about that later"). */
function unanswered(utterances: readonly Utterance[], index: number): boolean {
  const asker = utterances[index]?.speaker ?? null;
  let seen = 0;
  for (let j = index + 1; j < utterances.length && seen < REPLY_WINDOW; j += 1) {
    const next = utterances[j];
    if (next === undefined || next.bookmark !== undefined || normalizeText(next.text) === '') continue;
    seen += 1;
    if (asker !== null && next.speaker === asker) continue;
    return DEFLECTION.test(next.text.toLowerCase());
  }
  return true;
}

function bookmarkItem(u: Utterance, kind: ExtractKind, names: ReadonlyMap<string, string>, meeting: IsoDate) {
  const text = normalizeText(u.text);
  const base = { kind, start: u.start, source: u.text };
  if (kind === 'commitment') {
    const c = findCommitment(text, u.speaker, names, meeting);
    if (c !== null)
      return { ...base, text: c.what.charAt(0).toUpperCase() + c.what.slice(1), who: c.who, due: c.due };
  }
  return {
    ...base,
    text: tidySentence(text),
    who: kind === 'refusal' || kind === 'commitment' ? u.speaker : null,
    due: kind === 'refusal' ? null : resolveDue(text, meeting).due,
  };
}

/**
 * Commitments, refusals, agreements and open questions in a meeting, in speaking order. Utterances are the
 * transcript's segments (and recorder bookmarks) in time order; whether a question was answered depends on what
 * was said next. A bookmark the parent marked "promised", "refused", "agreed" or "question" becomes an item of that
 * kind even when its words are weak ("Progress graphs").
 */
export function extractItems(utterances: readonly Utterance[], options: ExtractOptions): ExtractedItem[] {
  const meeting = toIsoDate(options.meetingDate);
  const names = nameVariants(utterances.flatMap((u) => (u.speaker === null ? [] : [u.speaker])));
  const items: ExtractedItem[] = [];
  const add = (item: ExtractedItem) => items.push(item);
  // A bookmark with no note carries the words of the segment it was pressed for: do not list that item twice.
  const addFromBookmark = (item: ExtractedItem) => {
    const same = items.some(
      (it) =>
        it.kind === item.kind &&
        normalizeText(it.source) === normalizeText(item.source) &&
        (it.start === null || item.start === null || Math.abs(item.start - it.start) <= BOOKMARK_SAME_SEC),
    );
    if (!same) items.push(item);
  };
  utterances.forEach((u, index) => {
    if (normalizeText(u.text) === '') return;
    const bookmarkKind = u.bookmark === undefined ? undefined : BOOKMARK_KINDS[u.bookmark.kind];
    if (bookmarkKind !== undefined) {
      addFromBookmark(bookmarkItem(u, bookmarkKind, names, meeting));
      return;
    }
    for (const sentence of splitSentences(u.text)) {
      if (isQuestion(sentence, u.text)) {
        const lower = sentence.toLowerCase();
        if (u.bookmark !== undefined || SMALL_TALK_QUESTION.test(lower)) continue;
        if (wordCount(sentence) < MIN_QUESTION_WORDS || !unanswered(utterances, index)) continue;
        add({
          kind: 'open-question',
          text: tidySentence(sentence),
          who: null,
          due: null,
          start: u.start,
          source: u.text,
        });
        continue;
      }
      const found = classifyStatement(sentence, u.speaker, names, meeting);
      if (found !== null) add({ ...found, start: u.start, source: u.text });
    }
  });
  return items;
}
