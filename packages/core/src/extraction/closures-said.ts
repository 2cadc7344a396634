import { isIsoDate, shiftDays, toIsoDate, weekday, type IsoDate } from '../calendar/index.js';
import type { Closure } from '../case/index.js';
import { breakKind, breakReason, nextHoliday } from './breaks-said.js';
import { DAYS, findDatePhrases, nextWeekday, ordinalDaysInDigits, type DatePhrase } from './dates.js';
import { normalizeText, splitSentences } from './text.js';

// Days off the school names in the meeting ("Monday the 21st is a teacher workday", "we're off Wednesday the 25th
// through Friday", "that doesn't count Monday"). The labeling guide counts school days without the days off the
// meeting names, and a district's workdays are in no state calendar: "in ten school days" said after them is
// counted without them. Only a day tied to the words of a day off counts: in "Friday's a holiday, so I'll send it
// Monday" Monday is the due day, not a day off.

// Said just before the day: "we're off", "no school", "doesn't count", "closed", "we don't have school".
const OFF_BEFORE =
  /(?:\bno (?:school|kids|students|classes)|\b(?:we're|we are|we'll be|school's|school is|school will be|schools are|kids are|the kids are|students are|they're|you guys are|y'all are|everybody's|everyone's|building's|district's)\s+(?:off|out|closed)|\b(?:doesn't|does not|don't|won't|isn't|not)\s+count(?:ing)?|\b(?:don't|do not|won't|will not) have (?:any )?(?:school|kids|students|class(?:es)?)|\b(?:school|building|district) (?:is |will be )?closed)\s+(?:on\s+)?$/;
// Said just after the day: "is a teacher workday", "'s the holiday", ", it's a teacher workday", "you guys are off",
// "no school".
const OFF_AFTER =
  /^\s*(?:(?:,?\s*(?:it|that|which)\s*)?(?:'s|is|will be)\s+(?:a |an |the |our )?(?:teacher |staff |professional development |pd |in-?service |conference |snow |school |district |state )?(?:holiday|work ?day|day off|in-?service(?: day)?|pd day|conference day|no[- ]school day|off|closed)\b|,?\s*(?:you guys|we|they|the kids|kids|students|everyone|everybody)(?:'re|\s+are|\s+will be)\s+off\b|,?\s*(?:there's\s+)?no (?:school|kids|students)\b)/;
// Every word OFF_BEFORE and OFF_AFTER need: a sentence without one names no day off, and its dates are not read
// (most of a meeting's sentences; reading dates runs chrono).
const OFF_WORD =
  /\b(?:off|out|closed|count(?:ing)?|have (?:any )?(?:school|kids|students|class(?:es)?)|holiday|work ?day|in-?service|pd day|conference day|no[- ]school|no (?:kids|students|classes))\b/;
const BREAK_WORD = /\b(?:break|spring|winter|fall|thanksgiving|christmas|holidays|mid-?winter)\b/;
// A statement with a tag question after it: "we're off starting the 30th, right?".
const TAGGED = /,\s*(?:right|correct|yeah|isn't it|aren't we|don't we|is that right)\?$/i;
const RANGE_TO = /^(?:through|thru|to|until|till)\s+(monday|tuesday|wednesday|thursday|friday)$/;
// The state holidays a district may keep school on (core's school days count them), said as days off: "with
// Lincoln Day in there, that's the twenty-fifth".
const OPEN_HOLIDAY_SAID: readonly [RegExp, string][] = [
  [/\blincoln(?:'s)? (?:day|birthday)\b/, 'Lincoln Day'],
  [/\btruman(?:'s)? (?:day|birthday)\b/, 'Truman Day'],
];
// A question about when a break is: "when is spring break?", "what week is break?".
const BREAK_ASKED = /\b(?:when(?:'s| is| does)?|what (?:week|day|days|dates?)(?:'s| is)?)\b.*\bbreak\b/;
// ("spring break for us is the 15th through the 19th", "spring break is next week, the 29th through April 2nd": who
// it is for before the verb, the week it falls in after it.)
const BREAK_IS =
  /\bbreak(?: for (?:us|them|the kids|him|her)| here| this year)?(?:'s| is| will be| runs| goes)(?: (?:next week|this year),?)?(?: from)?\s*$/;
/** The break a question asked about, as a phrase the answer's closure is named by ("spring break"). */
function breakPhrase(question: string): string {
  return /\b[a-z-]+ break\b|\bbreak\b/.exec(question)?.[0] ?? 'break';
}
// "Fall break's Thursday and Friday, the 15th and 16th": the days of the month name the days; the weekdays before
// them only say which days of the week those are (read alone, each would be the next such weekday).
const WEEKDAYS_THEN_DAYS =
  /\b(?:monday|tuesday|wednesday|thursday|friday)(?:,? (?:and|through|thru|to) (?:monday|tuesday|wednesday|thursday|friday))+,?\s+(?=the [\w-]+(?:st|nd|rd|th)\b)/g;
// "We're off Friday, the 20th": one weekday with its day, read together (the comma would split them).
// "We're off the whole week of Thanksgiving, the 23rd through the 27th": the week named, then its days.
const WEEK_NAMED_THEN_DAYS =
  /\b(off|out|closed) (?:the )?(?:whole |entire )?week of (?:thanksgiving|[a-z]+ break),\s+(?=the [\w-]+(?:st|nd|rd|th)\b)/g;
const WEEKDAY_COMMA_DAY = /\b(monday|tuesday|wednesday|thursday|friday),\s+(?=the [\w-]+(?:st|nd|rd|th)\b)/g;
// "...after spring break. Which is -- the week of the 23rd?": the break said just before, its days said unsure.
const WHICH_IS = /^(?:which|that) (?:is|would be|'d be)\b\W*/;
// The months a named break falls in: "Thanksgiving break is the 25th through the 27th" said in October is November's.
const BREAK_MONTHS: Readonly<Record<string, readonly number[]>> = {
  thanksgiving: [11],
  christmas: [12, 1],
  winter: [12, 1],
  'mid-winter': [1, 2],
  february: [2],
  spring: [3, 4],
  fall: [9, 10, 11],
};
const DAY_OF_MONTH =
  /^(?:(?:on|from|starting|through|thru|to|until|till) )?(?:the )?(?:week of )?(?:the )?[\w-]+(?:st|nd|rd|th)$/;

/** The same day of the month a month later, as text (not a date when that month is too short: "2027-02-31"). */
function sameDayNextMonth(day: string): string {
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) + (month === 12 ? 1 : 0);
  return `${year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-${day.slice(8, 10)}`;
}

/** A day of the month said for a break, moved to the break's months when the next such day is not in them. */
function inBreakMonths(due: IsoDate, kind: string | null, last: IsoDate): IsoDate {
  const months = kind === null ? undefined : BREAK_MONTHS[kind];
  if (months === undefined || months.includes(Number(due.slice(5, 7)))) return due;
  let day: string = due;
  for (let k = 0; k < 12; k += 1) {
    day = sameDayNextMonth(day);
    if (!isIsoDate(day)) continue;
    if (day > last) return due;
    if (months.includes(Number(day.slice(5, 7)))) return day;
  }
  return due;
}

// "Semester ends Friday the 18th, that's the last day before winter break, and we're back Tuesday, January 5th":
// the break runs from the next day to the day before the one they are back.
const LAST_DAY_BEFORE = /\blast day (?:of school )?before (?:the )?(?:[a-z-]+ )?break\b/;
const IS_DAY = /^\s*(?:is|'s|will be)\s+(?=(?:on )?(?:monday|tuesday|wednesday|thursday|friday|the \d))/;
const BACK_ON = /\b(?:we're|we are|they're|they are|kids are|everyone's|school's|school is) back\b/;

/** The break said by its last day before it (and the day they are back, when said), or null. */
function breakByLastDay(sentence: string, meeting: IsoDate, last: IsoDate): Closure | null {
  const said = LAST_DAY_BEFORE.exec(sentence);
  if (said === null) return null;
  const phrases = findDatePhrases(sentence, meeting).filter((p) => p.due !== null && p.due > meeting);
  // ("Our last day before spring break is Friday the 12th": the day said right after, in the break's months.)
  const isDay = IS_DAY.exec(sentence.slice(said.index + said[0].length));
  const saidAfter =
    isDay === null
      ? undefined
      : phrases.find((p) => p.span[0] >= said.index + said[0].length + isDay[0].length && p.due !== null)
          ?.due;
  const lastDay =
    phrases.filter((p) => p.span[0] < said.index).at(-1)?.due ??
    (saidAfter === undefined || saidAfter === null
      ? undefined
      : inBreakMonths(saidAfter, breakKind(sentence), last));
  if (lastDay === undefined || lastDay === null || lastDay > last) return null;
  const back = BACK_ON.exec(sentence);
  const backOn =
    back === null
      ? undefined
      : phrases.find((p) => p.span[0] > back.index && p.due !== null && p.due > lastDay)?.due;
  const from = shiftDays(lastDay, 1);
  const to = backOn === undefined || backOn === null ? from : shiftDays(backOn, -1);
  return { from, to, reason: breakReason(breakKind(sentence)) };
}

// "We're out the 21st through New Year's, back on the 4th", "out the 21st and back on the 4th": the days off said
// in the sentence run to the day before the day they are back (a holiday's name as the end is not read as a date).
const BACK_SAID =
  /\bback (?:in school |at school )?(?:on )?(?=(?:the |monday|tuesday|wednesday|thursday|friday|jan|\d))/;
/** How far after its first day the day back may be (a winter break with a weekend each side). */
const BACK_WITHIN_DAYS = 24;

/** The day back said in the sentence after its days off, moved a month on when the day of the month is past. */
function dayBack(sentence: string, meeting: IsoDate, from: IsoDate): IsoDate | null {
  const said = BACK_SAID.exec(sentence);
  if (said === null) return null;
  const phrase = findDatePhrases(sentence.slice(said.index), meeting).find(
    (p) => p.span[0] <= said[0].length + 1,
  );
  let back: IsoDate | null = phrase?.due ?? null;
  for (let k = 0; k < 2 && back !== null && back <= from; k += 1) {
    const next = sameDayNextMonth(back);
    back = isIsoDate(next) ? next : null;
  }
  if (back === null) return null;
  return back > from && back <= shiftDays(from, BACK_WITHIN_DAYS) ? back : null;
}

// Days off are said for the weeks ahead: a day further off is not about the counting at hand.
const HORIZON_DAYS = 120;

function clauses(sentence: string): string[] {
  return sentence.split(
    /[;:]|(?<!\bbreak(?:'s| is) (?:next week|this year)),(?!\s*(?:no (?:school|kids|students)|you guys|we're|they're)\b)|\b(?:so|but|and then)\b/,
  );
}

function rangeEnd(clause: string, from: IsoDate, next: DatePhrase | undefined): IsoDate {
  if (next === undefined || next.due === null) return from;
  const said = RANGE_TO.exec(clause.slice(next.span[0], next.span[1]).trim());
  // "Wednesday the 25th through Friday": the Friday after the first day, not the Friday after the meeting.
  if (said !== null) return nextWeekday(from, DAYS.indexOf(said[1] ?? '') + 1);
  return /^(?:through|thru|until|till)\b/.test(clause.slice(next.span[0]).trim()) && next.due > from
    ? next.due
    : from;
}

const BARE_WEEKDAY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday)$/;

/**
 * The Monday of the week the sentence's bare weekdays belong to, when it says: "we're off Thursday and Friday next
 * week" (the week after the meeting's), "with Thanksgiving, we're off Thursday and Friday" (Thanksgiving's week);
 * else null, and each weekday is the next one after the meeting.
 */
function weekSaid(sentence: string, meeting: IsoDate, last: IsoDate): IsoDate | null {
  if (/\bthanksgiving\b/.test(sentence)) {
    const day = nextHoliday('Thanksgiving Day', meeting, last);
    if (day !== null) return shiftDays(day, -3);
  }
  if (/\bnext week\b/.test(sentence)) return nextWeekday(meeting, 1);
  return null;
}

/** The days off said in a meeting's turns, as closures, for counting school days from the meeting date. */
export function closuresSaid(texts: readonly string[], meeting: IsoDate): Closure[] {
  const out: Closure[] = [];
  const last = shiftDays(meeting, HORIZON_DAYS);
  // "When is spring break, the 16th?" "Week of the 16th.": the answer names the break the question asked about.
  let askedBreak: string | undefined;
  for (const text of texts) {
    const asked = askedBreak;
    askedBreak = undefined;
    // The break this turn names ("...before Thanksgiving break. Break's the 25th through the 27th").
    const turnKind = breakKind(text.toLowerCase());
    let before = '';
    // "When's spring break?" "Sixteenth through the twentieth.": the answer's first days are the break's.
    let answerOpens = asked !== undefined;
    for (const sentence of splitSentences(normalizeText(text))) {
      // "Is Monday a holiday?" asks; the answer says. "We're off starting the 30th, right?" says, with a tag.
      const heard = sentence.toLowerCase();
      const previous = before;
      before = heard;
      const unsure = WHICH_IS.test(heard) && /\bbreak\b/.test(previous);
      const spoken = unsure
        ? `${breakPhrase(previous)} is ${heard.replace(WHICH_IS, '').replace(/\?\s*$/, '')}`
        : heard;
      if (!unsure && sentence.trim().endsWith('?') && !TAGGED.test(sentence.trim())) {
        if (BREAK_ASKED.test(spoken)) askedBreak = spoken;
        continue;
      }
      const namesBreak = /\bbreak\b/.test(spoken);
      const opensAnswer = answerOpens && !namesBreak;
      answerOpens = false;
      const lower = ordinalDaysInDigits(
        asked === undefined || namesBreak ? spoken : `${spoken} (${breakPhrase(asked)})`,
        opensAnswer,
      )
        .replace(WEEKDAYS_THEN_DAYS, '')
        .replace(WEEKDAY_COMMA_DAY, '$1 ')
        .replace(WEEK_NAMED_THEN_DAYS, '$1 ');
      for (const [said, name] of OPEN_HOLIDAY_SAID) {
        const day = said.test(lower) ? nextHoliday(name, meeting, last) : null;
        if (day !== null) out.push({ from: day, to: day, reason: `${name}, said in the meeting` });
      }
      const byLastDay = breakByLastDay(lower, meeting, last);
      if (byLastDay !== null) {
        out.push(byLastDay);
        continue;
      }
      const breakSaid = /\bbreak\b/.test(lower);
      if (!OFF_WORD.test(lower) && !breakSaid) continue;
      const week = weekSaid(lower, meeting, last);
      const saidBefore = out.length;
      for (const [c, said] of clauses(lower).entries()) {
        // "We're out the twenty-sixth and twenty-seventh": each day of the list read as "on the ...".
        const clause = said
          .replace(/\b(off|out|closed) the\b/g, '$1 on the')
          .replace(/\b(on the [\w-]+) and (?:the )?(?=[\w-]+(?:st|nd|rd|th)\b)/g, '$1 and on the ')
          .replace(/\b(the [\w-]+(?:st|nd|rd|th)) and (?=[\w-]+(?:st|nd|rd|th)\b)/g, '$1 and the ');
        // "We're off Monday the 16th for Presidents' Day, and spring break is the week of March 16th": a clause with
        // its own day off and no word of a break is that day off, not the break the sentence names later ("we're
        // out the 25th through the 27th for Thanksgiving, so ... before Thanksgiving break" is the break).
        const breakHere = breakSaid && (BREAK_WORD.test(said) || !OFF_WORD.test(said));
        const kind = breakHere ? (breakKind(lower) ?? turnKind) : null;
        const phrases = findDatePhrases(clause, meeting).map((p) => {
          const words = clause.slice(p.span[0], p.span[1]).trim();
          const day = BARE_WEEKDAY.exec(words)?.[1];
          if (week !== null && day !== undefined) return { ...p, due: shiftDays(week, DAYS.indexOf(day)) };
          return p.due !== null && DAY_OF_MONTH.test(words)
            ? { ...p, due: inBreakMonths(p.due, kind, last) }
            : p;
        });
        let listed = false;
        phrases.forEach((p, k) => {
          const joined =
            listed && /^\s*(?:,|and|, and)\s*$/.test(clause.slice(phrases[k - 1]?.span[1] ?? 0, p.span[0]));
          listed = false;
          if (p.due === null || p.due <= meeting || p.due > last) return;
          const before = clause.slice(0, p.span[0]);
          const after = clause.slice(p.span[1]);
          // "Spring break's the week of the 23rd", "we're off the whole week of the 16th": that week's school days.
          const weekOf =
            (/\bweek of\s*$/.test(before) || /^week of\b/.test(clause.slice(p.span[0]))) &&
            (breakSaid || OFF_WORD.test(clause));
          // "Thanksgiving break is the 25th through the 27th": the break's first day, said after its name.
          const breakIs = breakSaid && (BREAK_IS.test(before) || (opensAnswer && c === 0 && k === 0));
          if (!joined && !weekOf && !breakIs && !OFF_BEFORE.test(before) && !OFF_AFTER.test(after)) return;
          listed = true;
          const monday = shiftDays(p.due, 1 - weekday(p.due));
          const from = weekOf ? monday : p.due;
          let to = weekOf ? shiftDays(monday, 4) : rangeEnd(clause, p.due, phrases[k + 1]);
          // "We're off starting the 30th" for a break: the break's week from that day.
          if (breakHere && to === from && /^(?:starting|beginning|from)\b/.test(clause.slice(p.span[0])))
            to = shiftDays(monday, 4) > from ? shiftDays(monday, 4) : from;
          out.push({
            from,
            to,
            reason: breakHere ? breakReason(kind) : 'Day off said in the meeting',
          });
        });
      }
      // The sentence's days off run to the day before the day back, when it says one.
      const first = out[saidBefore];
      const back = first === undefined ? null : dayBack(lower, meeting, toIsoDate(first.from));
      if (first !== undefined && back !== null && out.length === saidBefore + 1 && first.to < back)
        out[saidBefore] = { ...first, to: shiftDays(back, -1) };
    }
  }
  return out;
}
