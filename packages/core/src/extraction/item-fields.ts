import type { IsoDate } from '../calendar/index.js';
import type { ExtractKind } from '../transcripts/transcript-types.js';
import { relayedPromise, type CommitmentHit, type SentenceView, type UtteranceAnalysis } from './analysis.js';
import type { Predicate } from './parse.js';
import {
  countsFromADay,
  dayAfter,
  findDatePhrases,
  laterOffered,
  resolveDue,
  beforeThanksgiving,
  type DatePhrase,
  type MeetingCalendar,
} from './dates.js';
import { dayBeforeEvent } from './events-said.js';
import { NAME_THEN_ROLE, PASSED_ON_TO_YOU } from './lexicon.js';
import { capitalize, clipWords, normalizeText, tidySentence } from './text.js';
import { personName, whoOf } from './who.js';

// The fields of an item once its kind is known, the same for every method: a short text, who (for commitments
// and refusals) and the due date (commitments; agreements keep a date said with "on"/"by").

export interface ItemFields {
  text: string;
  who: string | null;
  due: IsoDate | null;
}

/** "What" is a to-do line: shorter than a whole item sentence. */
const MAX_WHAT_WORDS = 25;
// Where the promise's verb starts, after its subject and modal, in the words as said.
const PROMISE =
  /\b(?:i|we|you|he|she|they|[a-z]+)(?:'ll|\s+will|\s+shall|\s+can|(?:'m|'re|'s|\s+am|\s+is|\s+are)\s+(?:going\s+to|gonna))\s+(?:(?:also|just|definitely|certainly|then|probably|still|actually|go ahead and|be sure to|make sure to|try to|try and|have to|need to)\s+)*|\blet (?:me|us)\s+(?:(?:just|also|go ahead and)\s+)*/gi;

// "she said she'd get the signed copy back to me tomorrow, so you'll have it", "What I can tell you is, Doug told me
// he'll get the drivers trained": a promise passed on starts at "she'd" or "he'll".
const PASSED_ON_PROMISE =
  /\b(?:he|she|they)(?:'d|\s+would|'ll|\s+will)\s+(?:(?:also|just|definitely|then|probably|still|actually|go ahead and|try to|try and)\s+)*/gi;

function what(sentence: string, due: [number, number] | null, you: boolean, relayed = false): string | null {
  PROMISE.lastIndex = 0;
  PASSED_ON_PROMISE.lastIndex = 0;
  const m = (relayed ? PASSED_ON_PROMISE.exec(sentence) : null) ?? PROMISE.exec(sentence);
  if (m === null) return null;
  const at = m.index + m[0].length;
  let rest = sentence.slice(at);
  if (due !== null && due[0] >= at) rest = `${sentence.slice(at, due[0])} ${sentence.slice(due[1])}`;
  rest = rest
    .replace(/\b(?:um+|uh+)\b,?\s*/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    // (The sentence's end first: "the raw data by, um, Thursday of next week." leaves "by,.")
    .replace(/[.!?]+$/, '')
    .replace(/(?:[\s,;:-]|\b(?:by|on|before|in|within|until|and|so)\b)+$/i, '')
    .trim();
  if (you) rest = rest.replace(/^(?:get|have|receive)\b/i, 'send you');
  // ("..., so you'll have the final copy right after that": what follows from the promise passed on is not its words.)
  if (relayed) rest = rest.replace(/,?\s+so (?:that )?(?:you|we)(?:'ll| will| can)\b.*$/i, '');
  return rest === '' ? null : clipWords(rest, MAX_WHAT_WORDS);
}

// "Starting Monday -- oh wait, Monday's the workday. Starting Tuesday.", "this week -- actually, I'll do it
// tomorrow": the speaker takes back the day they said.
// "Friday -- no. Monday.", "the 19th -- no, that's the field trip. Friday, the 20th." take back the day too, and
// so do "Monday -- well no, you're closed Monday. Tuesday.", "Tonight -- well, tomorrow", "today. Well -- today's
// basically over. Starting tomorrow." and "Monday. No, Tuesday.".
const CORRECTION =
  /\b(?:actually|oh wait|wait|i mean|no wait|scratch that|make that)\b|(?:--|\u2014)\s*(?:well,?\s+|oh,?\s+)?no\b(?!\s+(?:school|kids|students|classes|one|problem|worries|later|more)\b)|(?:--|\u2014)\s*well\b|\bwell\s*(?:--|\u2014)|(?:^|[.!?]\s+)no(?:,|\s*(?:--|\u2014))\s+(?=(?:monday|tuesday|wednesday|thursday|friday|tomorrow|the \w+)\b)/g;

// "Tuesday's the district PD", "Monday's Labor Day": a day said to tell what it is, not to promise on it.
const DAY_DESCRIBED = /^(?:'s| is) (?:the|a|an|our|my|labor|memorial|columbus|veterans|presidents)\b/;
/** How far after "the day after her appointment" its date can be said ("..., which is on the 10th"). */
const DAY_AFTER_REACH = 40;
const COUNT_BROKEN_OFF = /\b(?:in|within) (?:\w+ )?(?:school|business|working)\s*$/;
const BUSY_SAID = /\b(?:i|we) (?:have|have got|am|are|will be|work|teach|coach)\b[^,.;!?]*$/;

/** The last day said after the speaker corrects a day said before it in the same turn, or null. */
function selfCorrected(turn: string, meeting: MeetingCalendar): IsoDate | null {
  // Most turns correct nothing: read their dates only when a correction is said.
  if (turn.search(CORRECTION) < 0) return null;
  const phrases = findDatePhrases(turn, meeting);
  const dated = phrases.filter((d) => d.due !== null);
  if (dated.length === 0 || phrases.length < 2) return null;
  CORRECTION.lastIndex = 0;
  for (let m = CORRECTION.exec(turn); m !== null; m = CORRECTION.exec(turn)) {
    const at = m.index;
    // ("...in Friday folders -- oh, wait, Friday's the half day. So Thursday.": the day taken back can be one that
    // names no date by itself.)
    // ("...to you in ten school -- well, no, we don't have ten school days left. By the last day. The 21st.": a count
    // broken off.)
    const before = phrases.some((d) => d.span[1] <= at) || COUNT_BROKEN_OFF.test(turn.slice(0, at));
    // "...no, wait, I'm on the bus all Friday. Tuesday the 10th, that still gives you time before the 20th": a day
    // said as a point of reference ("before the 20th") is not the day taken instead.
    // ("Wednesday. Let's say Wednesday, I've got a training all day Tuesday": the reason for the change is no day.)
    const after = dated.filter(
      (d) =>
        d.span[0] >= at &&
        !/^(?:before|after|until|till|since)\b/.test(turn.slice(d.span[0], d.span[1])) &&
        !BUSY_SAID.test(turn.slice(Math.max(at, d.span[0] - 50), d.span[0])) &&
        !DAY_DESCRIBED.test(turn.slice(d.span[1])),
    );
    const last = after[after.length - 1];
    if (before && last !== undefined) return last.due;
  }
  return null;
}

// "In ten school days. With the holiday that puts us at the 4th.", "with Thanksgiving off, that's December 3rd": the
// speaker counts out loud and says the day it comes to; the day said wins over our count.
const COMES_TO =
  /\b(?:that is|that puts (?:us|it|you) (?:at|on|to)|puts (?:us|it) (?:at|on)|that would be|which is|that lands (?:on|us on)|that makes it|that takes us to)\W*(?:(?:um|uh|like|let me (?:count|see|think)),?\W*)*$/;

/** The turn as said, lowercased, with the contractions the patterns read spelled out ("that's" is "that is"). */
const saidAsIs = (a: UtteranceAnalysis) =>
  normalizeText(a.text)
    .toLowerCase()
    .replace(/\b(that|it|which)'s\b/g, '$1 is');

/** The day a count of days comes to, said right after it in the same turn ("...that puts us at the 4th"), or null. */
function countedTo(turn: string, meeting: MeetingCalendar): IsoDate | null {
  if (!/\b(?:school|business|working) days?\b/.test(turn)) return null;
  const said = findDatePhrases(turn, meeting).find(
    (d) => d.due !== null && COMES_TO.test(turn.slice(Math.max(0, d.span[0] - 40), d.span[0])),
  );
  return said?.due ?? null;
}

const ARRIVAL =
  /^(?:(?:and|so|oh|then)\W+)*(?:it|they|that|those|the [a-z]+) will be (?:here|there|fixed|done|ready|installed|finished|up|back|in)\b/;

const DAY_REPORTED =
  /^(?:(?:and|so|oh|yeah),?\s+)*(?:she|he|they)\s+(?:said|told (?:me|us)|promised|mentioned)\W+(?:(?:by|on|before|no later than|next)(?:\s+[\w'-]+){1,3}|by the end of (?:the|this|next) week)\W*$/;

// Said times no day pins: repeating days, a day of any such week, the next meeting.
const OWN_TIME_UNDATED =
  /\b(?:every|each|any|mondays|tuesdays|wednesdays|thursdays|fridays|weekly|daily|monthly|biweekly|next (?:iep |504 |team )?(?:meeting|annual|review|conference))\b/;

/**
 * "Wednesday the 4th, November 4th." "Oh, right. Right, the 4th.": a day of the month said alone, right after the
 * turn before named that day in full, is that same day (not the next 4th on the calendar).
 */
function echoedDay(
  sentence: string,
  own: { due: IsoDate | null; span: readonly [number, number] | null },
  prev: UtteranceAnalysis | null,
  datesOf: (text: string) => DatePhrase[],
): IsoDate | null {
  if (prev === null || own.span === null || own.due === null) return null;
  const day = /^(?:(?:on|by) )?the (\d{1,2})(?:st|nd|rd|th)$/.exec(
    sentence.slice(own.span[0], own.span[1]).trim(),
  );
  if (day === null) return null;
  const same = datesOf(prev.clean).find(
    (d) => d.due !== null && d.due !== own.due && Number(d.due.slice(8)) === Number(day[1]),
  );
  return same?.due ?? null;
}

const WEEKDAY_BEFORE = /\bthe (?:monday|tuesday|wednesday|thursday|friday) before\b/;

/** The date a commitment is due: said with it, else said in the request it answers ("by Wednesday?" "Sure."). */
function commitmentDue(
  hit: CommitmentHit | null,
  a: UtteranceAnalysis,
  prev: UtteranceAnalysis | null,
  meeting: MeetingCalendar,
) {
  // Each sentence's dates are read once here, however many of the checks below look at them.
  const read = new Map<string, DatePhrase[]>();
  const datesOf = (text: string): DatePhrase[] => {
    let phrases = read.get(text);
    if (phrases === undefined) {
      phrases = findDatePhrases(text, meeting);
      read.set(text, phrases);
    }
    return phrases;
  };
  const sentence = hit?.sentence.clean ?? a.clean;
  const promises = (s: SentenceView) =>
    s.parsed.predicates.some((p) => (p.modal === 'will' || p.goingTo) && !p.negative && !p.past);
  // (The turn's own words too, as said: cleaning takes "so that's --" and "Well --" for false starts.)
  const asSaid = saidAsIs(a);
  const corrected =
    selfCorrected(a.clean, meeting) ??
    selfCorrected(asSaid, meeting) ??
    countedTo(a.clean, meeting) ??
    countedTo(asSaid, meeting);
  if (corrected !== null) return corrected;
  // "...once the window closes on the 25th -- so the Monday after", "after screening day, which is the 27th. So the
  // Monday after that": counted from the day said just before it, in the promise or after it.
  const turnDates = countsFromADay(a.clean) ? datesOf(a.clean) : [];
  const from = hit === null ? 0 : Math.max(0, a.clean.indexOf(hit.sentence.clean));
  for (let k = 0; k < turnDates.length; k += 1) {
    const p = turnDates[k] as DatePhrase;
    // ("the day after her intake review, which is on the 10th": the day it counts from can be said right after.)
    const next = turnDates[k + 1];
    const saidAfter =
      next !== undefined && next.due !== null && next.span[0] - p.span[1] <= DAY_AFTER_REACH
        ? next.due
        : undefined;
    const base = turnDates.slice(0, k).findLast((q) => q.due !== null)?.due ?? saidAfter;
    if (p.span[0] < from || base === undefined || base === null) continue;
    const counted = dayAfter(a.clean.slice(p.span[0], p.span[1]), base);
    if (counted !== null) return p.due ?? counted;
  }
  // The day restated alone after the promise, when the speaker broke off or took the first day back: "I'll get it
  // back to you by -- I'm at work all day tomorrow. Monday. By Monday.", "...in ten school days. No, that's too long.
  // Five. Five school days.", "...by Friday -- uh, tomorrow's Friday. By next Friday, let's say.". The last one said
  // is the day meant; a day inside the aside is not it.
  if (hit !== null) {
    const after = a.sentences.slice(a.sentences.indexOf(hit.sentence) + 1);
    const restated = after.filter(
      (s) =>
        !s.question &&
        (s.parsed.predicates.length === 0 || /^(?:by|before) [^,]+,? let us say\W*$/.test(s.clean)),
    );
    const brokeOff =
      /\b(?:by|on|before|until)\s*(?:--|\u2014|\u2013)\s/.test(sentence) ||
      after.some((s) => /^(?:no|actually|wait)\b/.test(s.clean)) ||
      // "I'll start those this week. Thursday at the latest.": the day said again as the last one it can be.
      restated.some((s) => /\bat the (?:very )?latest\W*$/.test(s.clean)) ||
      restated.some((s) => /\blet us say\W*$/.test(s.clean));
    const alone = brokeOff
      ? restated.flatMap((s) => datesOf(s.clean).filter((d) => d.due !== null)).at(-1)?.due
      : undefined;
    if (alone !== undefined && alone !== null) return alone;
  }
  // "I'll start the observations Monday and have it done within ten school days": due when it is done.
  const starting = hit !== null && ['start', 'begin'].includes(hit.predicate.verbs[0] ?? '');
  // ("I'll start Monday -- a full week of data, Monday through Friday": a range said is not when it is done.)
  const phrases = starting
    ? datesOf(sentence).filter(
        (d) =>
          d.due !== null &&
          !/^(?:through|thru|until|till)\b/.test(sentence.slice(d.span[0], d.span[1])) &&
          !/\b(?:through|thru)\s*$/.test(sentence.slice(0, d.span[0])),
      )
    : [];
  const last = phrases.length > 1 ? phrases[phrases.length - 1] : undefined;
  if (last !== undefined && last.due !== null) return last.due;
  // "I'll talk to her tonight and let you know tomorrow": the family hears back on the second date.
  // "I'll fill it out tonight and send it back tomorrow", "I'll go through her backpack tonight and get the papers
  // back to you Monday": due when it reaches the school.
  const report =
    /\b(?:let you know|get back to you|tell you|call you|email you|text you|and (?:send|bring|return|drop|hand|turn|email|e-mail|mail|get) (?:it|them|that|those|the \w+)(?: back| in| off| out| over)?)\b/.exec(
      sentence,
    );
  // ("...emailed to you by Friday, and then you can sign it and bring it back Monday": the family's errand after it.)
  if (report !== null && !/\byou (?:can|could|will|just)\b[^,.;]*$/.test(sentence.slice(0, report.index))) {
    // "I'll email you the draft with everything from today -- ... -- by the end of the week": a deadline said with
    // "by" is when it is due ("I'll call you Thursday, that's before the 13th" is still Thursday).
    const later = datesOf(sentence).filter((d) => d.due !== null && d.span[0] > report.index);
    const picked =
      later.find((d) => /^(?:by|no later than)\b/.test(sentence.slice(d.span[0], d.span[1]))) ?? later[0];
    const due = (picked === undefined ? undefined : (laterOffered(sentence, later, picked) ?? picked))?.due;
    if (due !== undefined && due !== null) return due;
  }
  // "I'll send it in today, so dad has the Spanish version in ten school days": due when it reaches them.
  const reaches =
    /\bso (?:that )?(?:you|he|she|they|we|dad|mom|[a-z]+) (?:has|have|gets|get|will have|can have|'ll have)\b/.exec(
      sentence,
    );
  if (reaches !== null) {
    // A count of days to when it arrives ("...in ten school days"); "by Monday, so she has it at the start of the
    // week" keeps its "by".
    const due = datesOf(sentence).find(
      (d) =>
        d.due !== null &&
        d.span[0] > reaches.index &&
        /^(?:in|within)\b/.test(sentence.slice(d.span[0], d.span[1])),
    )?.due;
    if (due !== undefined && due !== null) return due;
  }
  // "I'll order it tonight. It'll be here by Monday.", "I'll put the work order in today... It'll be fixed by
  // Friday.": the day it arrives or is done, said after the promise.
  if (hit !== null) {
    const after = a.sentences.slice(a.sentences.indexOf(hit.sentence) + 1).find((s) => ARRIVAL.test(s.clean));
    const arrives = after === undefined ? undefined : datesOf(after.clean).find((d) => d.due !== null)?.due;
    if (arrives !== undefined && arrives !== null) return arrives;
  }
  // (A day said in the promise itself wins: "before the first away game, that's Thursday the 24th".)
  // ("...by the Friday before state testing" is that event's Friday, not the next Friday.)
  const beforeEvent =
    datesOf(sentence).some((d) => d.due !== null) && !WEEKDAY_BEFORE.test(sentence)
      ? null
      : dayBeforeEvent(sentence, meeting.events ?? [], meeting.closures);
  if (beforeEvent !== null) return beforeEvent;
  const own = resolveDue(sentence, meeting, { from: hit?.predicate.charAt ?? 0, phrases: datesOf(sentence) });
  if (own.due !== null) return echoedDay(sentence, own, prev, datesOf) ?? own.due;
  // "Her appointment is the 14th. I'll get the orders to you the day after.": counted from the day said before.
  const earlier =
    hit === null
      ? undefined
      : a.sentences
          .slice(0, a.sentences.indexOf(hit.sentence))
          .flatMap((s) => datesOf(s.clean))
          .filter((d) => d.due !== null)
          .at(-1)?.due;
  if (earlier !== undefined && earlier !== null) {
    const counted = datesOf(sentence)
      .filter((d) => d.due === null)
      .map((d) => dayAfter(sentence.slice(d.span[0], d.span[1]), earlier))
      .find((d) => d !== null);
    if (counted !== undefined && counted !== null) return counted;
  }
  // "I'll check in on the Monday of any week with an assembly. The next one's the 14th.": the promise's own time is
  // said, a repeating one or one no calendar pins, so a day said in another sentence is not its due date, unless
  // that sentence starts it ("I'll check in every Monday. I'll start next Monday": due the first time).
  // "...like what we're working on each week. Probably Monday.": a day said alone after the promise is its day.
  const dayAlone = (s: SentenceView) =>
    s.parsed.predicates.length === 0 && datesOf(s.clean).some((d) => d.due !== null);
  // "I can do 7:20 on Wednesdays. I'll set up both missed labs for next Wednesday, the 30th.": a later sentence
  // that promises on a day says when it starts.
  const promisesOnDay = (s: SentenceView) =>
    promises(s) && !s.question && datesOf(s.clean).some((d) => d.due !== null);
  if (
    hit !== null &&
    !a.sentences.some(
      (s) =>
        s !== hit.sentence &&
        (/\b(?:starts?|starting|begins?|beginning)\b/.test(s.clean) ||
          (a.sentences.indexOf(s) > a.sentences.indexOf(hit.sentence) && (dayAlone(s) || promisesOnDay(s)))),
    ) &&
    datesOf(sentence).some(
      (d) =>
        d.due === null &&
        d.span[0] >= hit.predicate.charAt &&
        OWN_TIME_UNDATED.test(sentence.slice(d.span[0], d.span[1])),
    )
  )
    return null;
  // "I'll email her teachers. I'll do that today.", "Thursday's fine. I'll come in for that.": the date said in
  // another sentence of the same turn, the sentences after the promise first.
  if (hit !== null) {
    const at = a.sentences.indexOf(hit.sentence);
    const around = [...a.sentences.slice(at + 1), ...a.sentences.slice(0, Math.max(0, at)).reverse()];
    // "I'll send the audiogram. We saw the doctor on the twentieth. I'll send it Wednesday.": a sentence that
    // promises again is read before one that tells what happened.
    const others = [...around.filter(promises), ...around.filter((s) => !promises(s))];
    for (const s of others) {
      // "We talked on Monday.": a sentence about the past dates nothing promised.
      // ("Dr. Pham said she'd fax it. She told me by Friday.": the day the promiser gave, told again.)
      if (
        s.parsed.predicates.length > 0 &&
        s.parsed.predicates.every((p) => p.past) &&
        !DAY_REPORTED.test(s.clean)
      )
        continue;
      // A question dates nothing, unless a promise is said before it: "I'll send them before spring break -- when is
      // spring break, the 16th?" (the part before the dash).
      const said = s.question && promises(s) ? (s.clean.split(/\s(?:--|\u2014)\s/)[0] ?? '') : s.clean;
      // ("How about the 10th? That's a Thursday. ... I'll set it up": the day the promiser offers.)
      if (s.question && said === s.clean && !DAY_OFFERED.test(s.clean)) continue;
      // "We're off Monday for the holiday, so Tuesday": the day said after "so" corrects the first.
      const dated = datesOf(said).filter((d) => d.due !== null);
      const corrected = dated.find(
        // ("We're off the 21st through New Year's, so that's Monday the 4th.")
        (d, k) =>
          k > 0 &&
          /\b(?:so|then|make it|actually)(?: that is| that would be| it is| it would be)?\W*$/.test(
            s.clean.slice(0, d.span[0]),
          ),
      );
      if (corrected?.due !== undefined && corrected.due !== null) return corrected.due;
      const resolved = resolveDue(said, meeting, { phrases: datesOf(said) });
      if (resolved.due !== null) return echoedDay(said, resolved, prev, datesOf) ?? resolved.due;
    }
  }
  const saidAny = a.sentences.some((s) => datesOf(s.clean).length > 0);
  if (!saidAny && prev !== null && (prev.request !== null || prev.question))
    return resolveDue(prev.clean, meeting).due;
  return beforeThanksgiving(sentence, meeting);
}

const DAY_OFFERED = /^(?:(?:okay|ok|so|well|then|and|or|yeah)\W+)*(?:how|what) about\b/;

/** The titles said before an adult's name (the child is never given one). */
const TITLES = 'mr|mrs|ms|miss|dr|coach|nurse';
const TITLED = new RegExp(`^(?:${TITLES})\\b`);
const TITLED_NAME = new RegExp(`\\b(${TITLES})\\.?\\s+(\\p{L}[\\p{L}'-]+)`, 'giu');

/**
 * "Coach Reyes will call", "Coach Reyes mentioned he'll call": the parser may read the title as a verb and leave the
 * subject "reyes" alone; the title said right before the name belongs to it (and marks an adult, not the child).
 */
function withTitle(p: Predicate, said: string): Predicate {
  const words = p.subjectWords.replace(/\./g, '');
  if (p.subject !== 'named' || TITLED.test(words) || !/^[a-z' -]+$/.test(words)) return p;
  const title = new RegExp(`\\b(${TITLES})\\.?\\s+${words}\\b`).exec(said.toLowerCase());
  return title === null ? p : { ...p, subjectWords: `${title[1]} ${words}` };
}

const SET_OFF_NAME =
  /\b(?:nurse|teacher|coordinator|therapist|audiologist|counselor|psychologist|doctor|director|principal|specialist|aide|coach|driver|secretary|interpreter|worker|manager|pathologist|endocrinologist|pediatrician|advocate),\s+([a-z][a-z'-]+),\s*(?:said|says|told|mentioned|promised)\b/;

// "And Janelle, the volunteer coordinator at the shelter, said she'd send it": the name before a role set off.
const NAME_SET_OFF_ROLE = new RegExp(String.raw`${NAME_THEN_ROLE}(?:said|says|told|mentioned|promised)\b`);
// "Tina Brooks, the manager at Harvest Market,": a capitalized name (one or two words) and an adult's role set off
// after it (the child is never "the manager").
// ("Mandy -- the OT -- wanted me to tell you": the role set off with dashes.)
const NAME_SAID_WITH_ROLE =
  /\b((?:[A-Z][a-z'-]+ )?[A-Z][a-z'-]+)(?:,| --| \u2014| \u2013) (?:the|his|her|their|our) (?:[A-Za-z'-]+ ){0,3}(?:OT|PT|SLP|manager|owner|supervisor|director|coordinator|counselor|teacher|coach|nurse|therapist|principal|specialist|psychologist|doctor|pediatrician|worker|caseworker|advocate|secretary|driver|aide|para|interpreter|instructor|trainer)\b[A-Za-z' ]*(?:,| --| \u2014| \u2013)/g;
const NAME_AT_OFFICE_SAID =
  /\b([A-Z][a-z'-]+) (?:in|from|at|over in|down in|up in|over at) (?:the )?(?:transportation|food service|nutrition services|nutrition|special services|counseling|guidance|registration|attendance|maintenance|central office|district office|front office|main office|business office|nurse's office|counseling office|career center|transition office|office)(?: office| department)?,? (?:said|says|told|mentioned|promised)\b/;
const NOT_A_NAME = new Set([
  'okay',
  'ok',
  'so',
  'and',
  'also',
  'yeah',
  'well',
  'um',
  'uh',
  'oh',
  'right',
  'now',
  'then',
  'but',
]);

// "Karen at Dr. Haddad's office, i talked to her this morning, she said she'd": a capitalized first name opening a
// clause, maybe with where they work, then who they are ("she's the nurse at...") or when they were reached.
const DISLOCATED_NAME =
  /(?:^|[.!?\u2014\u2013-]\s*|,\s+|\b(?:and|so|oh|me)\s+)([A-Z][a-z'-]+)(?:\s+(?:in|at|from|over in|over at|with)\s+[^,;!?]{1,40})?,\s+(?:(she|he)(?:['\u2019]s| is)\s+[^,;!?]{1,60},\s+|[Ii]\s+(?:talked|spoke|emailed|called|texted)\s+(?:to|with)?\s*(her|him)\b[^,;!?]{0,30},?\s+(?:and\s+)?)(she|he)\s+(?:said|says|told me|promised|mentioned)\b/g;
// "Dr. Amin's office": an office named by its doctor.
const OFFICE = String.raw`\b((?:${TITLES})\.? [a-z'-]+)'s (?:office|clinic|practice)`;
const OFFICE_SAID_THEY = new RegExp(String.raw`${OFFICE} (?:said|says|told (?:me|us)) they (?:would|will)\b`);
// ("Dr. Amin's office called me yesterday": anywhere in the turn.)
const OFFICE_OF = new RegExp(String.raw`${OFFICE}\b`, 'g');
// Words that open a clause as a name would: not a name.
const NOT_A_SPOKEN_NAME = String.raw`(?!(?:She|He|They|It|I|We|You|And|So|But|Okay|Oh|Yeah|Then|Mom|Dad|Everyone|Everybody|Somebody|Someone|Today|Yesterday|Now|Well|Also|Plus|Actually|Apparently|Anyway|Honestly|Sorry|Alright|Right)\b)`;
// A first name, maybe with a last name ("Tina Brooks"); a weekday or "today" after it is when, not a last name.
const SPOKEN_NAME = String.raw`[A-Z][a-z'-]+(?: (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)[A-Z][a-z'-]+)?`;
// "and Carla said she'd email it", "Angela Whitlock said she'd sign it", "Brent also told me he'd write one", "Lonnie
// told me he's running a session, and he'll have everybody through it" (the last such in the turn).
const SAID_SHE_WOULD = new RegExp(
  String.raw`(?<=(?:^|[.,;!?]\s+|\b[Aa]nd\s+|\b[Ss]o\s+|\b[Bb]ut\s+|\b[Oo]h\s+|\b[Pp]lus\s+|(?:--|\u2014)\s*))(?<!\b(?:Mr|Mrs|Ms|Dr|Miss|Coach|Nurse)\.?\s+)${NOT_A_SPOKEN_NAME}(${SPOKEN_NAME})` +
    String.raw` (?:also |already |just )?(?:said|told (?:me|us)|promised)(?: that)? (she|he)(?:'d| would|'ll| will|'s [a-z]+ing| is [a-z]+ing)\b(?!.*\b[A-Z][a-z'-]+ (?:said|told (?:me|us)|promised)(?: that)? (?:she|he)(?:'d| would|'ll| will)\b)`,
  's',
);
// "Rachel couldn't come today, but she told me on the phone she's going to start, and she said she'd send it",
// "Marcus couldn't make it, he's at a training all week, but he said he'd send his notes": the one named as missing
// is the one whose promise is passed on.
const ABSENT_NAME_SAID = new RegExp(
  String.raw`(?<![\w.])(?<!\b(?:Mr|Mrs|Ms|Dr|Miss|Coach|Nurse)\.?\s)${NOT_A_SPOKEN_NAME}(${SPOKEN_NAME}) (?:couldn't|could not|can't|cannot|wasn't able to|isn't able to) (?:be here|be with us|come|make it|join us)\b[^.!?]{0,80}?\b(she|he) (?:also |already |just )?(?:said|told (?:me|us)|promised|${PASSED_ON_TO_YOU})\b[^.!?]{0,30}?\b(?:she|he)(?:'d| would|'ll| will|'s going to| is going to|'s [a-z]+ing| is [a-z]+ing)\b`,
);
// "Her nurse, Bonnie, already told me she'd fax it", "our residential person, Dan, said he'd send you the list":
// the first name set off after who they are.
const APPOSED_NAME_SAID =
  /,\s+([A-Z][a-z'-]+),\s+(?:already\s+|just\s+|also\s+)?(?:said|told (?:me|us)|promised)(?: that)? (she|he)(?:'d| would|'ll| will)\b/;
// "Mr. Ochoa -- our ELL teacher -- said he'd start", "Ms. Dee, my para, said she'd send", "Kelly at Dr. Mendez's
// office -- she's the diabetes educator -- said she'd fax", "Tom -- that's his developmental therapist -- he said
// he'd write it up": a name, then who they are or where they work set off, then who said they would. (The parser
// takes the aside, or the place, for the one who said it.) An aside that names a titled adult is who they are: "And
// Dee -- Ms. Hartman, the nurse -- she wanted me to tell you" is Ms. Hartman's, Dee the one spoken to.
const ASIDE = String.raw`(?:\s*(?:--|\u2014|\u2013)\s*(?:(?!(?:Mr|Mrs|Ms|Dr|Miss)\.? [A-Z])[^\u2014\u2013]){3,60}?\s*(?:--|\u2014|\u2013)\s*|,\s+(?:my|our|his|her|their|the|that's|she's|he's)\b[^,.;!?]{1,50},\s+)`;
// ("at Dr. Mendez's office": a title's period is no sentence end.)
const PLACE = String.raw`\s+(?:in|at|from|over at|over in|down in|up in) (?:(?:Dr|Mr|Mrs|Ms)\. |[^,.;!?\u2014\u2013]){1,40}?`;
// A name as said first in a clause, with its title when it has one.
// ("Doug Ferris, our transportation director, told me he'll": the last name said too.)
const SAID_NAME = String.raw`(?:^|[^\w'.])((?:(?:Mr|Mrs|Ms|Dr|Miss|Coach|Nurse)\.? )?${NOT_A_SPOKEN_NAME}${SPOKEN_NAME})`;
const NAME_ASIDE_SAID = new RegExp(
  String.raw`${SAID_NAME}(?:${PLACE}(?:${ASIDE}|\s+)|${ASIDE})` +
    String.raw`(?:(she|he)\s+)?(?:already\s+|also\s+|just\s+)?(?:said|told (?:me|us)|promised)(?: that)? (she|he)(?:'d| would|'ll| will)\b`,
);
// "Ms. Carmody, the nurse, asked me to tell you she's sending the form home today", "Coach Harmon asked me to tell
// you he's going to talk to him", "Jess asked me to pass along that she'll send it": a promise passed on for the
// one named, with who they are set off or not.
const NAME_PASSED_ON = new RegExp(
  String.raw`${SAID_NAME}(?:${ASIDE}|\s+)(?:(she|he)\s+)?(?:also\s+)?${PASSED_ON_TO_YOU} (she|he)(?:'d| would|'ll| will|'s going to| is going to|'s [a-z]+ing| is [a-z]+ing)\b`,
);
const NAME_SET_OFF_TOLD =
  /(?:--|\u2014)\s*([A-Z][a-z'-]+)\s*(?:--|\u2014)?\s*(?:(?:she|he)\s+)?(?:told (?:me|us)|said) they(?:'d| would| will|'ll)\b/;
// "talked to Lyle", "spoke with Deb", "ran into Tina": someone the speaker reached, named by first name.
// ("Tina Brooks" keeps her last name; "Larry Tuesday" is Larry, on Tuesday.)
const REACHED_NAME = new RegExp(
  String.raw`\b(?:talked|spoke|spoken|met|visited|checked) (?:to|with) (${SPOKEN_NAME})\b|\b(?:ran into|called|emailed|texted|heard from) (${SPOKEN_NAME})\b`,
  'g',
);
// An adult named with a title, as said ("Ms. Kessler"), anywhere in the turn.
const TITLED_NAME_IN = new RegExp(
  String.raw`\b(?:${TITLES.split('|')
    .map((t) => t.charAt(0).toUpperCase() + t.slice(1))
    .join('|')})\.?\s+[A-Z]`,
);
const TITLED_NAMES_IN = new RegExp(TITLED_NAME_IN.source, 'g');
// Words a title is said before that are not a name: "the nurse at the clinic", "the coach said".
const NOT_AFTER_TITLE = new Set([
  'at',
  'in',
  'from',
  'for',
  'on',
  'is',
  'was',
  'will',
  'said',
  'says',
  'and',
  'the',
  'office',
  'who',
  'there',
  'here',
  'can',
  'would',
  'has',
  'had',
]);

/** Whether a title can be the one "she" (or "he") means: "Mr." is never "she", "Ms." never "he". */
function titleFits(title: string, she: boolean): boolean {
  return she ? title !== 'mr' : !['mrs', 'ms', 'miss'].includes(title);
}

// "I'll set that up -- actually, no, Ms. Reyes does all the job shadows, she'll set it up": the speaker takes the
// promise back and hands it to the adult named after the correction, whose "she'll" follows.
const HANDED_OVER = new RegExp(
  String.raw`\b(?:actually|no wait|wait|well)\b,?\s*(?:no\b,?\s*)?[^.?!]*?\b(${TITLES})\.?\s+([a-z][a-z'-]+)\b[^?!]*?\b(she|he) (?:will|can|is going to)\b`,
);

function handedOver(
  hit: CommitmentHit,
  a: UtteranceAnalysis,
  names: ReadonlyMap<string, string>,
): string | null {
  const at = a.clean.indexOf(hit.sentence.clean);
  if (at < 0) return null;
  const m = HANDED_OVER.exec(a.clean.slice(at + hit.predicate.charAt));
  if (m === null) return null;
  const title = m[1] ?? '';
  if (!titleFits(title, m[3] === 'she')) return null;
  return whoOf(
    { ...hit.predicate, subject: 'named', subjectWords: `${title} ${m[2] ?? ''}` },
    a.speaker,
    names,
  );
}

/**
 * Who "she" or "he" is when the same turn named an adult just before: "Ms. Barlow has the criteria sheet. She'll send
 * it over", "Mrs. Morales says she'll bring the letter". The child is talked about by first name, never with a
 * title, so only a title, a speaker's name or a role counts.
 */
function antecedent(
  hit: CommitmentHit,
  a: UtteranceAnalysis,
  names: ReadonlyMap<string, string>,
): string | null {
  if (hit.predicate.subject !== 'pronoun') return null;
  // Who the pronoun means, once the words that name them are found.
  const named = (words: string): string | null =>
    whoOf({ ...hit.predicate, subject: 'named', subjectWords: words }, a.speaker, names);
  // The turn's sentences up to the promise's.
  const upTo = a.sentences.slice(0, a.sentences.indexOf(hit.sentence) + 1);
  // "Dr. Ferris's office said they'd fax it": the office speaks for the doctor named.
  if (hit.predicate.subjectWords === 'they') {
    // "Dr. Patel's nurse -- Gloria -- told me they'd fax it", "Tess -- she told me they'd fax it over": the one
    // named, set off, speaks for the office.
    const setOffName = NAME_SET_OFF_TOLD.exec(hit.sentence.original);
    if (setOffName?.[1] !== undefined && !NOT_A_NAME.has(setOffName[1].toLowerCase()))
      return named(setOffName[1].toLowerCase());
    const office = OFFICE_SAID_THEY.exec(hit.sentence.clean);
    if (office?.[1] !== undefined) return named(office[1]);
    // "Dr. Amin's office called me yesterday. They're changing her ratios, and they said they'd fax it": the one
    // office named before "they", in the turn, when it is the only one.
    const offices = new Set(upTo.flatMap((s) => [...s.clean.matchAll(OFFICE_OF)].map((m) => m[1] ?? '')));
    const [onlyOffice] = offices;
    return offices.size === 1 && onlyOffice !== undefined ? named(onlyOffice) : null;
  }
  if (!/^(?:he|she)$/.test(hit.predicate.subjectWords)) return null;
  const before = upTo.flatMap((s) =>
    s.parsed.predicates
      .filter((p) => s !== hit.sentence || p.charAt < hit.predicate.charAt)
      .map((p) => withTitle(p, s.clean)),
  );
  // "I spoke with Ms. Kim, and she said she'd send it": one titled adult named earlier in the turn, whose title
  // fits the pronoun ("Mr." is never "she"), is who the pronoun means.
  const she = hit.predicate.subjectWords === 'she';
  const upToHit = `${upTo
    .slice(0, -1)
    .map((s) => s.clean)
    .join(' ')} ${hit.sentence.clean.slice(0, hit.predicate.charAt)}`;
  // "Renee, she's the nurse at the endo clinic, she said she'd fax it", "Dwayne in transportation, I talked to him
  // yesterday, and he said he'd call": a first name said first, then who they are or when they were reached, then
  // the pronoun that means them.
  const said = upTo.map((s) => s.original).join(' ');
  const dislocated = [...said.matchAll(DISLOCATED_NAME)].find((m) => {
    const first = m[1]?.toLowerCase() ?? '';
    const told = m[2] ?? m[3];
    const genderFits =
      told === undefined || told.toLowerCase() === (she ? 'she' : 'he') || told === (she ? 'her' : 'him');
    return (
      genderFits &&
      m[4]?.toLowerCase() === (she ? 'she' : 'he') &&
      !NOT_A_NAME.has(first) &&
      !TITLED.test(first)
    );
  });
  if (dislocated?.[1] !== undefined) return named(dislocated[1].toLowerCase());
  // "I talked to Lyle at the bus barn this morning, and he said he'd...": the one person the speaker says they
  // reached, by first name, is who "he" or "she" means.
  const reachedSaid = [...said.matchAll(REACHED_NAME)];
  const reached = new Set(
    reachedSaid
      .map((m) => (m[1] ?? m[2] ?? '').toLowerCase())
      .filter((n) => n !== '' && !NOT_A_NAME.has(n) && !TITLED.test(n)),
  );
  const onlyReached = reached.size === 1 ? [...reached][0] : undefined;
  if (onlyReached !== undefined && !TITLED_NAME_IN.test(said)) return named(onlyReached);
  // ("I called Red Oak, because Mr. Sotelo flagged it. I talked to Ray, he's the dispatcher, and he said he'd...":
  // the last one reached, named after every titled adult and right before the pronoun, is who it means.)
  const lastTitled = [...said.matchAll(TITLED_NAMES_IN)].at(-1)?.index ?? -1;
  const lastReached = reachedSaid.at(-1);
  const lastName = (lastReached?.[1] ?? lastReached?.[2] ?? '').toLowerCase();
  if (
    lastReached !== undefined &&
    lastReached.index > lastTitled &&
    /^(?:talked|spoke|spoken|met)\b/.test(lastReached[0]) &&
    lastName !== '' &&
    !NOT_A_NAME.has(lastName) &&
    !TITLED.test(lastName)
  )
    return named(lastName);
  // ("the nurse at the clinic": a title before a small word is no one named.)
  const titled = new Set(
    [...upToHit.matchAll(TITLED_NAME)]
      .filter((m) => {
        return titleFits(m[1]?.toLowerCase() ?? '', she) && !NOT_AFTER_TITLE.has(m[2]?.toLowerCase() ?? '');
      })
      .map((m) => `${m[1]?.toLowerCase()} ${m[2]?.toLowerCase()}`),
  );
  // "Darlene in transportation said she'd call you": a first name said with the office she works in.
  const placed = NAME_AT_OFFICE_SAID.exec(said);
  if (titled.size === 0 && placed?.[1] !== undefined && !NOT_A_NAME.has(placed[1].toLowerCase()))
    return named(placed[1].toLowerCase());
  const only = [...titled];
  const oneTitled = only.length === 1 ? only[0] : undefined;
  // "Her nurse, Bonnie, already told me she'd fax it": the first name set off after who they are, over the doctor
  // named before. Then "His mom said -- she keeps the log -- and Carla said she'd email it": the one who said it,
  // named right before the pronoun, by a first name as spoken.
  for (const m of [APPOSED_NAME_SAID.exec(said), ABSENT_NAME_SAID.exec(said), SAID_SHE_WOULD.exec(said)]) {
    const first = m?.[1]?.toLowerCase();
    if (
      first !== undefined &&
      m?.[2]?.toLowerCase() === (she ? 'she' : 'he') &&
      !NOT_A_NAME.has(first) &&
      !TITLED.test(first)
    )
      return named(first);
  }
  for (const p of before.reverse()) {
    if (p.subject !== 'named' && p.subject !== 'role') continue;
    const words = p.subjectWords.replace(/\./g, '');
    const adult = TITLED.test(words) || names.has(words) || (p.subject === 'role' && p.subjectPerson);
    // "Coach Rivera -- he's the JV coach -- said he'd talk to the director": the role describes the one named.
    if (adult && p.subject === 'role' && oneTitled !== undefined) return named(oneTitled);
    if (adult) return whoOf(p, a.speaker, names);
  }
  // "The endo nurse, Carla, said she'd fax it": a first name set off after a role is that adult's.
  const setOff = SET_OFF_NAME.exec(upToHit) ?? NAME_SET_OFF_ROLE.exec(upToHit);
  if (titled.size === 0 && setOff?.[1] !== undefined && !NOT_A_NAME.has(setOff[1])) return named(setOff[1]);
  // "I talked to Tina Brooks, the manager at Harvest Market. She said she'd email me": one adult named with a role
  // set off after the name, earlier in the turn.
  const roled = [...said.matchAll(NAME_SAID_WITH_ROLE)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => n !== '' && !NOT_A_NAME.has(n));
  if (titled.size === 0 && new Set(roled).size === 1 && roled[0] !== undefined) return named(roled[0]);
  return oneTitled !== undefined ? named(oneTitled) : null;
}

/**
 * Who "said she'd" means when a name comes first with who they are or where they work set off (NAME_ASIDE_SAID), in
 * the promise's sentence or, when the classifier alone read the promise, anywhere in the turn.
 */
function asideNamed(
  hit: CommitmentHit | null,
  a: UtteranceAnalysis,
  names: ReadonlyMap<string, string>,
): string | null {
  const sentences = hit === null ? a.sentences : [hit.sentence];
  for (const sentence of sentences) {
    const m = NAME_ASIDE_SAID.exec(sentence.original) ?? NAME_PASSED_ON.exec(sentence.original);
    const name = m?.[1];
    if (m === null || name === undefined || (m[2] !== undefined && m[2] !== m[3])) continue;
    const words = name.toLowerCase().replace(/\./g, '');
    const title = /^(\w+) /.exec(words)?.[1];
    if (NOT_A_NAME.has(words) || (title !== undefined && !titleFits(title, m[3] === 'she'))) continue;
    return personName(words, names);
  }
  return null;
}

/**
 * A promise relayed with "he" or "she" ("I talked to Coach Delgado. He said he'd keep a kit in the bag") in a turn the
 * rules did not read as a promise (the classifier did): whose it is, not the speaker's.
 */
function relayedHit(a: UtteranceAnalysis): CommitmentHit | null {
  for (const sentence of a.sentences) {
    const predicate = sentence.parsed.predicates.find((p) => relayedPromise(p, sentence));
    if (predicate !== undefined) return { predicate, sentence, strong: false, check: false, dated: false };
  }
  return null;
}

export function itemFields(
  kind: ExtractKind,
  a: UtteranceAnalysis,
  prev: UtteranceAnalysis | null,
  names: ReadonlyMap<string, string>,
  meeting: MeetingCalendar,
): ItemFields {
  const sentenceOf = (pred: (s: UtteranceAnalysis['sentences'][number]) => boolean) =>
    a.sentences.find(pred)?.original ?? a.text;
  if (kind === 'commitment') {
    const hit = a.commitment;
    const relayed = hit ?? relayedHit(a);
    // ("I talked to Mr. Delgado this morning, and he said he'd move her drop-off starting Monday": the day is read
    // from the promise passed on, when the classifier alone read the turn, not from when the speaker heard it.)
    const due = commitmentDue(relayed, a, prev, meeting);
    const handed = hit !== null && hit.predicate.subject === 'i' ? handedOver(hit, a, names) : null;
    const who =
      handed ??
      asideNamed(relayed, a, names) ??
      (hit === null
        ? ((relayed === null ? null : antecedent(relayed, a, names)) ?? a.speaker)
        : (whoOf(withTitle(hit.predicate, hit.sentence.clean), a.speaker, names) ??
          antecedent(hit, a, names)));
    const original = relayed?.sentence.original ?? a.text;
    const span = resolveDue(original, meeting).span;
    const said = what(
      normalizeText(original),
      span,
      hit?.predicate.subject === 'you',
      relayed !== null && relayedPromise(relayed.predicate, relayed.sentence),
    );
    if (said === null) return { text: tidySentence(original), who, due };
    // "Chris Patel will send the report": a promise made for someone else names them; the speaker's own
    // ("I'll send it") reads as the errand, with the speaker as who.
    const named = (hit?.predicate.subject === 'named' || hit?.predicate.subject === 'role') && who !== null;
    return {
      text: capitalize(named ? `${who} will ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said),
      who,
      due,
    };
  }
  if (kind === 'open-question')
    return { text: tidySentence(sentenceOf((s) => s.question)), who: null, due: null };
  if (kind === 'refusal') return { text: tidySentence(a.text), who: a.speaker, due: null };
  // "Sounds good, we'll add the organizers" reads "We'll add the organizers."
  const stripped = normalizeText(a.text).replace(ASSENT_LEAD, '');
  const text = /[\p{L}\p{N}]/u.test(stripped) && stripped !== normalizeText(a.text) ? stripped : a.text;
  return {
    text: tidySentence(text),
    who: null,
    due: resolveDue(a.clean, meeting, { deadlineOnly: true }).due,
  };
}

const ASSENT_LEAD =
  /^(?:(?:um+|uh+|oh|well|so|okay|ok|yes|yeah|yep|sure|absolutely|definitely|of course|totally|great|perfect|sounds good|sounds great|that sounds (?:good|great|fine|reasonable)|that works|no problem)[,.!\s]+)+(?=\S)/i;
