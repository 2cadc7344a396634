import type { Confidence, RuleKind } from '../rules/confidence.js';
import type { LetterKind } from '../rules/ids.js';

/** Where a deadline comes from: a law, the time the parent asked for (not law), a promise, guidance or policy. */
export type AnswerBasis = 'law' | 'requested' | 'promise' | 'guidance' | 'policy';

/** Where an item stands: the school has not answered yet, it answered (a document shows it), or the day passed. */
export type AnswerState = 'waiting' | 'answered' | 'late';

/** What the parent can do about a late item, with the letter that does it. */
export interface NextStep {
  /** 'follow-up': ask again, naming the law; 'reminder': a friendly note; 'complaint': a formal complaint. */
  action: 'follow-up' | 'reminder' | 'complaint';
  /** The letter that does it (ready to draft), or null when it is not a letter (a phone call, a form). */
  letterKind: LetterKind | null;
  /** What to do, in plain words. */
  words: string;
  /** The letter's first answers, filled from what is known (a draft is saved with them, ready to finish). */
  answers: Record<string, unknown>;
}

/** The parent's mark that the school answered: the binder document that shows it, and the day. */
export interface AnswerMark {
  itemId: string;
  /** The binder document that holds the answer, or null when the parent marked it answered without one. */
  documentId: string | null;
  documentTitle: string | null;
  /** The day the answer came (YYYY-MM-DD). */
  answeredOn: string;
}

/** One thing the school owes the parent. */
export interface AnswerItem {
  /** Stable across reloads: the mark of "answered" is kept under it. */
  id: string;
  source: 'letter' | 'promise';
  /** What is owed, in plain words. */
  title: string;
  meetingId: string;
  /** The letter that asked (for a letter's deadline). */
  letterKind: LetterKind | null;
  sentLetterId: string | null;
  /** Who promised (for a meeting promise), when known. */
  who: string | null;
  /** The last day (YYYY-MM-DD), or null when there is none yet (a mailed letter with no arrival day, no date set). */
  due: string | null;
  /** The day the clock started, when known. */
  from: string | null;
  state: AnswerState;
  /** Calendar days past the due day while late; else 0. */
  daysLate: number;
  /** Why the item waits with no day, in plain words, or null. */
  waitingFor: string | null;
  /**
   * Where the deadline comes from: 'law' (a statute or regulation), 'requested' (the time the parent asked for in
   * the letter: a request, not law), 'promise' (said at the meeting), 'guidance' (an agency's guidance) or 'policy' (a district's own rule).
   */
  basis: AnswerBasis;
  /** The citation and how sure we are, for a letter's deadline; null for a promise. */
  citation: string | null;
  confidence: Confidence | null;
  ruleKind: RuleKind | null;
  /** When answered: the mark. */
  answer: AnswerMark | null;
  /** When late: what comes next. */
  next: NextStep | null;
}

export interface AnswerList {
  today: string;
  items: AnswerItem[];
  counts: Record<AnswerState, number>;
}
