import { previousBusinessDay, shiftDays, type IsoDate } from '../calendar/index.js';
import type { Closure } from '../case/index.js';
import { findDatePhrases, weekdayOnOrBefore, type DatePhrase, type SaidEvent } from './dates.js';
import { normalizeText, splitSentences } from './text.js';

// School events the meeting dates ("The field trip's Thursday the 19th", "What about the field trip?" "That's
// Thursday the 19th."), so a promise "before the field trip" later in the meeting is due the day before it. The
// labeling guide resolves such a date when the meeting says it, and leaves it empty when it does not.

const EVENT_HEADS =
  'trip|field trip|assembly|concert|party|game|tournament|performance|play|recital|showcase|dance|prom|graduation|camp|retreat|surgery|appointment|recheck|checkup|check-up|conference|conferences|exam|finals|test|testing|program|fair|festival|homecoming|visit|tour|orientation';
// Events said without "the": "state testing's the week of the 20th", "before homecoming".
const BARE_EVENT = '(?:state |spring |fall |winter |district )?(?:testing|homecoming|graduation|prom)';

/** "the field trip", "the class party" ("the science center one" names no event). */
const EVENT_NAME = new RegExp(String.raw`\bthe (?:[a-z-]+ ){0,3}?(${EVENT_HEADS})\b|\b(${BARE_EVENT})\b`);
// "The field trip is Thursday the 19th", "the assembly's on the 19th", "at the recheck, that's December 2nd".
const EVENT_IS = new RegExp(
  String.raw`(?:\bthe (?:[a-z-]+ ){0,3}?(?:${EVENT_HEADS})|\b${BARE_EVENT})(?:'s| is| will be| was moved to| got moved to| moved to|,? (?:that is|that's|thats|which is))(?: on| now| the week of)?\s*$`,
);
// "That's Thursday the 19th.", "It's the 19th.": an answer naming the day of the event just asked about.
const ANSWER_IS =
  /^(?:(?:oh|um|uh|so|yeah|okay|ok),?\s+)*(?:that is|it is|that will be|it will be|that's|it's)\s*$/;
// Events are dated for the weeks ahead.
const HORIZON_DAYS = 120;

const headOf = (name: string) => name.split(' ').at(-1) ?? name;

/** The events the meeting's turns give a day, in order said (a later day for the same event replaces it). */
export function eventsSaid(texts: readonly string[], meeting: IsoDate): SaidEvent[] {
  const out = new Map<string, IsoDate>();
  const last = shiftDays(meeting, HORIZON_DAYS);
  // Each sentence's dates are read once, however many of the checks below look at them.
  const read = new Map<string, DatePhrase[]>();
  const dayOf = (sentence: string, before: RegExp): IsoDate | null => {
    let phrases = read.get(sentence);
    if (phrases === undefined) {
      phrases = findDatePhrases(sentence, meeting);
      read.set(sentence, phrases);
    }
    const found = phrases.find((d) => d.due !== null && before.test(sentence.slice(0, d.span[0])));
    return found?.due !== undefined && found.due !== null && found.due > meeting && found.due <= last
      ? found.due
      : null;
  };
  let asked: string | null = null;
  for (const text of texts) {
    const sentences = splitSentences(normalizeText(text)).map((s) => s.toLowerCase());
    const question = asked;
    asked = null;
    sentences.forEach((sentence, k) => {
      if (k === 0 && question !== null) {
        const day = dayOf(sentence, ANSWER_IS);
        if (day !== null) out.set(question, day);
      }
      const m = EVENT_NAME.exec(sentence);
      const name = m?.[1] ?? m?.[2];
      if (name === undefined) return;
      const head = headOf(name);
      // The day said right after "the field trip is".
      const day = dayOf(sentence, EVENT_IS);
      if (day !== null) out.set(head, day);
      if (sentence.trim().endsWith('?')) asked = head;
    });
  }
  return [...out].map(([head, date]) => ({ head, date }));
}

const BEFORE_EVENT = new RegExp(
  String.raw`\b(?:(?:the (monday|tuesday|wednesday|thursday|friday) )?before|ahead of|(the day) after) (the (?:[a-z-]+ ){0,3}?(?:${EVENT_HEADS})|${BARE_EVENT})\b`,
);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * "I'll have them trained before the field trip": the business day before an event the meeting dated ("the day
 * after the recheck": the day after it), or null when the sentence names none or the meeting never said its day.
 */
export function dayBeforeEvent(
  sentence: string,
  events: readonly SaidEvent[],
  closures: readonly Closure[],
): IsoDate | null {
  if (events.length === 0) return null;
  const m = BEFORE_EVENT.exec(sentence.toLowerCase());
  const named = m?.[3] === undefined ? null : EVENT_NAME.exec(m[3]);
  const name = named?.[1] ?? named?.[2];
  if (name === undefined) return null;
  const event = events.find((e) => e.head === headOf(name));
  if (event === undefined) return null;
  // "I'll drop the note off the day after the recheck": the day after it.
  if (m?.[2] !== undefined) return shiftDays(event.date, 1);
  // "by the Friday before state testing": the last such weekday before it.
  return m?.[1] === undefined
    ? previousBusinessDay(event.date, closures)
    : weekdayOnOrBefore(shiftDays(event.date, -1), WEEKDAYS.indexOf(m[1]) + 1);
}
