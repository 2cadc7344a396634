import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import {
  addBusinessDays,
  addSchoolDays,
  dayNumber,
  isIsoDate,
  toIsoDate,
  shiftDays,
  weekday,
  type IsoDate,
} from '../calendar/index.js';
import type { Closure } from '../case/index.js';
import {
  breakKind,
  firstDayAfterBreak,
  lastDayBeforeBreak,
  lastSchoolDayBefore,
  nextHoliday,
  thanksgivingAfter,
  weekdayBack,
} from './breaks-said.js';
import { blank } from './text.js';
import { ORDINAL_WORDS, ORDINAL_WORD_PATTERN } from './ordinal-words.js';

// "By when", resolved against the meeting date by the labeling guide's conventions (one rule per phrase, tested
// one by one in dates.test.ts):
// - "today"/"tonight" = the meeting date; "tomorrow" = +1 day.
// - A weekday ("Friday", "by Monday") = the next such day after the meeting; "next Tuesday" = the Tuesday of the
//   week after the meeting's week (weeks run Monday to Sunday).
// - "this week", "(by) the end of the week" = the Friday of the meeting's week; "next week" = the Friday after.
// - "in N days" = +N calendar days; "N business days" / "working days" = N weekdays after the meeting that are not
//   Missouri state holidays (core's calendar, a Sunday holiday moved to Monday) nor days the school is closed.
// - "in N school days" = N days the school is open (core's school days: the state holidays but Lincoln Day and
//   Truman Day, which districts may keep open, and the Friday after Thanksgiving) and not closed: the case's
//   closures and the days off said in the meeting ("Monday's a teacher workday"), as the guide counts them.
// - "in two weeks" = +14 days; "in a month" / "within a month" = the same day next month.
// - "on the 20th" = the next 20th on or after the meeting; "by December 15" = the next December 15.
// - "end of the month" = the last day of the meeting's month.
// - "Before spring break" = the last school day before the break, "the Monday we get back from break" = the first
//   school day after it, when the meeting said the break's days; a bare "break" in Thanksgiving's month is
//   Thanksgiving's. "Before Thanksgiving" with no days off said is the Tuesday of Thanksgiving week (item-fields.ts
//   reads it last, when nothing else dated the promise).
// - No date for school breaks otherwise, "end of the semester", "the next meeting", "soon", "ASAP", "in the next few weeks",
//   repeating days ("every Friday") and months without a day: the parent fills those in, which beats a wrong date.
// chrono-node reads the calendar dates ("December 15th", "Jan. 8", "12/15"); the relative phrases are read here
// because chrono's readings differ from the guide's ("next Friday", "this week").

export interface DueDate {
  due: IsoDate | null;
  /** Where the date phrase is in the sentence (with its "by"/"on"), to take it out of the "what"; or null. */
  span: [number, number] | null;
}

/** The meeting's date with the days the school is closed around it (the case's calendar, days off said). */
export interface MeetingCalendar {
  date: IsoDate;
  closures: readonly Closure[];
  /** The school events the meeting gave a day (events-said.ts): "before the field trip" is the day before. */
  events?: readonly SaidEvent[];
}

/** A school event the meeting dated: its head word as said ("trip" for "the science center field trip"). */
export interface SaidEvent {
  head: string;
  date: IsoDate;
}

const calendarOf = (meeting: IsoDate | MeetingCalendar): MeetingCalendar =>
  typeof meeting === 'string' ? { date: meeting, closures: [] } : meeting;

/** One date phrase found in a sentence: its date (null for phrases like "before spring break") and place. */
export interface DatePhrase {
  due: IsoDate | null;
  span: [number, number];
}

/** Weekday names, Monday first (index + 1 is the ISO weekday). */
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY = `(${DAYS.join('|')})`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  sixty: 60,
  ninety: 90,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
};
const N = `(\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/**
 * "The sixteenth through the twentieth" as "the 16th through the 20th", for reading days off: a day of the month from
 * the 4th on, said as a word after "the" (or opening an answer, with `opening`), in digits. "The first", "the second
 * half", "the fourth grade" stay words.
 */
export function ordinalDaysInDigits(text: string, opening = false): string {
  return text.replace(
    opening ? ORDINAL_DAY_OPENING : ORDINAL_DAY_AFTER_THE,
    (_m, lead: string, word: string) => {
      const n = ORDINAL_WORDS[word] ?? 0;
      const last = n % 10;
      const suffix =
        last === 1 && n !== 11 ? 'st' : last === 2 && n !== 12 ? 'nd' : last === 3 && n !== 13 ? 'rd' : 'th';
      return `${lead === '' ? 'the ' : lead}${n}${suffix}`;
    },
  );
}
// (Built once: closuresSaid reads every sentence of a meeting through it.)
const ordinalDayPattern = (lead: string) =>
  new RegExp(
    String.raw`(${lead}\bthe )(${Object.keys(ORDINAL_WORDS)
      .filter((w) => (ORDINAL_WORDS[w] ?? 0) >= 4)
      .join(
        '|',
      )})\b(?!\s+(?:grade|graders?|period|hour|time|floor|quarter|place|day|week|year|row|step|one|ones)\b)`,
    'g',
  );
const ORDINAL_DAY_AFTER_THE = ordinalDayPattern('');
const ORDINAL_DAY_OPENING = ordinalDayPattern('^|');
const ORDINAL = `(${ORDINAL_WORD_PATTERN})`;
// The words that may follow a day said as a word ("by the first, okay?", "on the third at noon", "the fifth or
// so", "by the twentieth with an answer"): any other word makes it a thing's place in a row ("the first away game",
// "the second draft").
const ORDINAL_ENDS = String.raw`(?:of|and|or|so|at|if|when|then|because|but|is|was|would|will|works|that|for|to|in|i|we|you|he|she|they|it|please|okay|ok|right|latest|which|since|after|before|either|anyway|too|also|hopefully|probably|maybe|um|uh|like|with)\b`;
const LEAD = String.raw`(?:(?:by|before|on|in|within|until|till|through|no later than|starting|from|for|after)\s+)?`;

const numberOf = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
};

// Phrases that name a time we cannot pin to a day. Blanked before anything else reads the sentence.
const NO_DATE: RegExp[] = [
  // (First: "each month" is read inside it.)
  // "The first Friday of each month": a day of every month.
  /\b(?:on )?the (?:first|second|third|fourth|last) (?:monday|tuesday|wednesday|thursday|friday) (?:of|in) (?:each|every|the) month\b/g,
  /\b(?:every|each)\s+(?:other\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning|afternoon|week|month|time)\b/g,
  /\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly|daily|monthly|biweekly)\b/g,
  // "The Wednesday appointments", "her Friday sessions": a weekday naming a repeating thing, no day.
  /\b(?:the|his|her|their|our|your|my) (?:monday|tuesday|wednesday|thursday|friday) (?:appointments|meetings|sessions|classes|groups|group|class|session|club|practices|games|check-ins|visits|pickups)\b/g,
  // "She didn't give me a day": a date asked for, not one day from now.
  /\b(?:give|gave|given|giving|get|got|have|had|pick|picked|set|name|named) (?:me |us |you |him |her |them )?a (?:day|date)\b/g,
  // "I'm bad at the Friday folder", "in his Tuesday folder": the weekly take-home folder, no day.
  /\b(?:monday|tuesday|wednesday|thursday|friday) (?:folders?|packets?|envelopes?)\b/g,
  // "How about the 10th? That's a Thursday.": the weekday of a day said, not another day.
  /\b(?:that's|that is|it's|it is|which is|that'd be|that would be) a (?:monday|tuesday|wednesday|thursday|friday)\b/g,
  // "On the Monday of any week with an assembly": a day of every such week.
  /\b(?:on )?the (?:monday|tuesday|wednesday|thursday|friday) (?:of|before|after) (?:any|every|each)\b/g,
  /\b(?:before|after|over|during|until|till|by|at)?\s*(?:the\s+)?(?:winter|spring|fall|summer|christmas|holiday|thanksgiving|easter)\s+break\b/g,
  /\b(?:before|after|over|during|until|by)\s+(?:the\s+)?break\b|\bthe holidays\b/g,
  /\b(?:by |before |at |until )?(?:the )?(?:end|start|beginning|middle) of (?:the |this |next )?(?:semester|quarter|grading period|school year|year|term|summer)\b/g,
  /\b(?:by |before |at |after )?(?:the |our )?next (?:iep |504 |team )?(?:meeting|annual|review|conference)\b/g,
  /\b(?:as soon as possible|asap|soon|sometime|at some point|down the road|in the (?:next|coming) (?:few|couple of|couple) (?:days|weeks|months))\b/g,
  /\b(?:this|next|over the)\s+weekend\b/g,
  // "Rachel couldn't come today, but she said she'd send it", "I'm not going to make that call here today": the
  // meeting's day named for who is missing or what waits, not the day a promise is due.
  /\b(?:couldn't|could not|can't|cannot|wasn't able to|isn't able to|won't be able to) (?:be here|be with us|come(?: in)?|make it|join us|attend)(?: in person)? today\b/g,
  /\bnot (?:going to|gonna) [^,.;!?]{1,40}? today\b/g,
  new RegExp(
    String.raw`\b(?:in|by|before|during|until|through|for|next|this|early|late|mid)[\s-]+(?:${MONTHS})\b(?!\s+(?:the\s+)?(?:\d|${ORDINAL}\b))`,
    'g',
  ),
  /\b(?:next|this|in the) (?:month|year|semester|quarter)\b(?!\s+from)/g,
  /\b(?:this|next|in the|by)\s+(?:spring|summer|fall|winter|autumn)\b/g,
];

const meetingWeekFriday = (meeting: IsoDate): IsoDate => {
  const wd = weekday(meeting);
  // On a Saturday or Sunday the meeting's week is over: its "this week" is the coming one.
  return wd >= 6 ? shiftDays(meeting, 12 - wd) : shiftDays(meeting, 5 - wd);
};
/** The first date after `meeting` that falls on ISO weekday `day` (1 = Monday). */
export const nextWeekday = (meeting: IsoDate, day: number): IsoDate =>
  shiftDays(meeting, ((day - weekday(meeting) + 6) % 7) + 1);
/** The last date on or before `date` that falls on ISO weekday `day` (1 = Monday). */
export const weekdayOnOrBefore = (date: IsoDate, day: number): IsoDate =>
  shiftDays(date, -((weekday(date) - day + 7) % 7));
const followingWeek = (meeting: IsoDate, day: number): IsoDate =>
  shiftDays(meeting, 7 - weekday(meeting) + day);
const plusMonths = (meeting: IsoDate, n: number): IsoDate =>
  DateTime.fromISO(meeting, { zone: 'utc' }).plus({ months: n }).toISODate() as IsoDate;
const endOfMonth = (meeting: IsoDate, n: number): IsoDate =>
  DateTime.fromISO(meeting, { zone: 'utc' }).plus({ months: n }).endOf('month').toISODate() as IsoDate;

/** The next date with this day (and month, when given) on or after the meeting. */
function nextDayOfMonth(meeting: IsoDate, day: number, month: number | null): IsoDate | null {
  let year = Number(meeting.slice(0, 4));
  let m = month ?? Number(meeting.slice(5, 7));
  for (let tries = 0; tries < 30; tries += 1) {
    const candidate = `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(candidate) && candidate >= meeting) return candidate;
    if (month !== null) year += 1;
    else if (m === 12) [year, m] = [year + 1, 1];
    else m += 1;
  }
  return null;
}

// "...and 23rd of October": a second day of the month with its month, right after a first one.
const PAIRED_MONTH = new RegExp(
  String.raw`^\s*(?:and|or|through|thru|to|-)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+(${MONTHS})\b`,
);

type Rule = {
  pattern: RegExp;
  /** `said` is the whole sentence as said (the text `m` ran on has earlier phrases blanked out). */
  date: (m: RegExpExecArray, meeting: IsoDate, closures: readonly Closure[], said: string) => IsoDate | null;
};

// In order: a phrase read by an earlier rule is blanked for the later ones ("next Friday" is not also "Friday").
const RULES: Rule[] = [
  {
    pattern: new RegExp(String.raw`\b${LEAD}(?:the )?day after tomorrow\b`, 'g'),
    date: (_m, meeting) => shiftDays(meeting, 2),
  },
  {
    // "By end of day tomorrow": the day is tomorrow's.
    pattern: new RegExp(
      String.raw`\b${LEAD}(?:(?:the )?end of (?:the )?day,? |close of business,? )?(?:first thing )?tomorrow(?: morning| afternoon| night)?\b`,
      'g',
    ),
    date: (_m, meeting) => shiftDays(meeting, 1),
  },
  // "First thing in the morning", said at a meeting, is the next morning.
  {
    pattern: /\bfirst thing in the morning\b/g,
    date: (_m, meeting) => shiftDays(meeting, 1),
  },
  // "Two weeks from Monday": the weekday first (the next one after the meeting), then the weeks.
  {
    pattern: new RegExp(String.raw`\b${N} weeks? from ${DAY}\b`, 'g'),
    date: (m, meeting) => {
      const n = numberOf(m[1]);
      return n === null ? null : shiftDays(nextWeekday(meeting, DAYS.indexOf(m[2] ?? '') + 1), 7 * n);
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b${LEAD}${N} (school|business|working) days?\b(?: from (?:now|today))?`,
      'g',
    ),
    date: (m, meeting, closures) => {
      const n = numberOf(m[1]);
      if (n === null || n > 400) return null;
      return m[2] === 'school' ? addSchoolDays(meeting, n, closures) : addBusinessDays(meeting, n, closures);
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:in|within|after|give (?:me|us)(?: about| like| maybe)?)\s+(?:the next\s+)?${N} (?:calendar )?days?\b|\b${N} (?:calendar )?days? from (?:now|today)\b`,
      'g',
    ),
    date: (m, meeting) => {
      const n = numberOf(m[1] ?? m[2]);
      return n === null ? null : shiftDays(meeting, n);
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:in|within|give (?:me|us)(?: about| like| maybe)?)\s+(?:the next\s+)?${N} weeks?\b|\b${N} weeks? from (?:now|today)\b`,
      'g',
    ),
    date: (m, meeting) => {
      const n = numberOf(m[1] ?? m[2]);
      return n === null ? null : shiftDays(meeting, 7 * n);
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:in|within)\s+(?:the next\s+)?${N} months?\b|\b${N} months? from (?:now|today)\b`,
      'g',
    ),
    date: (m, meeting) => {
      const n = numberOf(m[1] ?? m[2]);
      return n === null ? null : plusMonths(meeting, n);
    },
  },
  // After the lengths, so "a week from today" is read as a length. ("With all of today's changes": the meeting's
  // things, no day.)
  {
    pattern: new RegExp(
      String.raw`\b${LEAD}(?:today(?!['\u2019]s (?:changes|meeting|notes|decisions|conversation|discussion|summary|minutes|agenda|session|stuff|date|plan|updates?|draft|things|results|paperwork|signatures?|forms?)\b)|tonight|this (?:morning|afternoon|evening)|(?:the )?end of (?:the )?day|close of business)\b`,
      'g',
    ),
    date: (_m, meeting) => meeting,
  },
  {
    pattern: new RegExp(String.raw`\b${LEAD}(?:the )?end of next month\b`, 'g'),
    date: (_m, meeting) => endOfMonth(meeting, 1),
  },
  {
    pattern: new RegExp(String.raw`\b${LEAD}(?:the )?end of (?:the |this )?month\b`, 'g'),
    date: (_m, meeting) => endOfMonth(meeting, 0),
  },
  // "By Thursday of next week", "Tuesday next week": the weekday of the week after the meeting's.
  {
    pattern: new RegExp(String.raw`\b${LEAD}${DAY},?\s+(?:of\s+)?next week\b`, 'g'),
    date: (m, meeting) => followingWeek(meeting, DAYS.indexOf(m[1] ?? '') + 1),
  },
  // "Next week, probably Monday evening": the weekday said right after names the day of that week.
  {
    pattern: new RegExp(
      String.raw`\b${LEAD}next week,?\s+(?:probably |maybe |like |say |on |likely |hopefully )?(?:on )?${DAY}\b`,
      'g',
    ),
    date: (m, meeting) => followingWeek(meeting, DAYS.indexOf(m[1] ?? '') + 1),
  },
  {
    pattern: new RegExp(
      String.raw`\b${LEAD}(?:the )?(?:end of next week|(?:early |later |sometime |middle of |mid-)?next week)\b`,
      'g',
    ),
    date: (_m, meeting) => shiftDays(meetingWeekFriday(meeting), 7),
  },
  {
    pattern: new RegExp(
      String.raw`\b${LEAD}(?:the )?(?:end of (?:the |this )?week|(?:later |sometime )?this week)\b`,
      'g',
    ),
    date: (_m, meeting) => meetingWeekFriday(meeting),
  },
  {
    // "Monday the 14th", "December the 15th", "December 15th", "the 20th": the day said wins over the weekday.
    pattern: new RegExp(
      String.raw`\b${LEAD}(?:${DAY},?\s+)?(?:(${MONTHS})\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(${MONTHS}))?(?!\s+(?:grade|percentile|century|time|period|hour|minute|day|week|birthday))`,
      'g',
    ),
    date: (m, meeting, _closures, said) => {
      // ("The 22nd and 23rd of October": the month said once, after the second day, is the first day's too.)
      const pairedMonth = PAIRED_MONTH.exec(said.slice(m.index + m[0].length))?.[1];
      const monthName = m[2] ?? m[4] ?? pairedMonth;
      const month = monthName === undefined ? null : MONTHS.split('|').indexOf(monthName) + 1;
      // ("Wednesday the 4th": the next 4th that is a Wednesday, dayOfMonthOnWeekday.)
      if (m[1] !== undefined && month === null) {
        const fits = dayOfMonthOnWeekday(meeting, m[1], Number(m[3]));
        if (fits !== null) return fits;
      }
      // ("By the 18th", "the last day, which is the 21st" said on the 18th or the 21st is next month's: people call
      // the meeting's own day "today", as in "today, the 15th". "On the 7th" said on the 7th stays the day said.)
      const today = /\btoday(?:'s| is)?,?\s*$/.test(said.slice(Math.max(0, m.index - 16), m.index));
      const sameDay =
        month === null &&
        m[1] === undefined &&
        !today &&
        !/^\s*on\b/.test(m[0]) &&
        Number(m[3]) === Number(meeting.slice(8));
      return nextDayOfMonth(sameDay ? shiftDays(meeting, 1) : meeting, Number(m[3]), month);
    },
  },
  {
    // "by the twenty-fifth", "on the third", "January the first", "by May twenty-second", "Thursday the twelfth": a
    // day said as a word, after a deadline word, a month or a weekday, and ending its phrase: "the first time",
    // "before the first away game" are no dates (a word after it other than these names a thing).
    pattern: new RegExp(
      String.raw`\b(?:(?:by|on|before|until|till|through|no later than|week of)\s+(?:(${MONTHS})\s+(?:the\s+)?|the\s+)|(${MONTHS})\s+(?:the\s+)?|${LEAD}${DAY},?\s+the\s+)${ORDINAL}\b(?:\s+of\s+(${MONTHS}))?(?=\s*(?:$|[^\w\s']|${ORDINAL_ENDS}))`,
      'g',
    ),
    date: (m, meeting) => {
      const monthName = m[1] ?? m[2] ?? m[5];
      const month = monthName === undefined ? null : MONTHS.split('|').indexOf(monthName) + 1;
      const day = ORDINAL_WORDS[m[4] ?? ''];
      if (day === undefined) return null;
      // ("Friday the sixteenth": as "Friday the 16th", the next 16th that is a Friday.)
      const fits = m[3] !== undefined && month === null ? dayOfMonthOnWeekday(meeting, m[3], day) : null;
      return fits ?? nextDayOfMonth(meeting, day, month);
    },
  },
  {
    // "by 15th" (the "the" lost, as a recognizer may write it): a day of the month after "by", "on", "before".
    pattern:
      /\b(?:by|on|before|until|through)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:grade|percentile|place|floor|period|hour|time))/g,
    date: (m, meeting) => nextDayOfMonth(meeting, Number(m[1]), null),
  },
  {
    pattern: new RegExp(String.raw`\b${LEAD}next ${DAY}\b`, 'g'),
    date: (m, meeting) => followingWeek(meeting, DAYS.indexOf(m[1] ?? '') + 1),
  },
];

const WEEKDAY_RULE = new RegExp(
  String.raw`\b${LEAD}(?:this (?:coming )?|first thing |on |coming )?${DAY}\b(?!\s*,?\s*(?:${MONTHS}|the \d))`,
  'g',
);
const PAST_BEFORE = /\b(?:last|since|was|were|did|happened)\s*$/;
const THING_FROM = /\b(?:the|that|this|his|her|their|our|my|your) [a-z-]+\s+$/;

const CALENDAR_DATE = new RegExp(
  String.raw`\b(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d{1,2}/\d{1,2}`,
);

function chronoPhrases(lower: string, meeting: IsoDate): DatePhrase[] {
  const out: DatePhrase[] = [];
  // Noon UTC as the reference: no zone can move it to another day.
  const ref = DateTime.fromISO(`${meeting}T12:00:00Z`, { zone: 'utc' }).toJSDate();
  for (const r of chrono.parse(lower, { instant: ref, timezone: 0 }, { forwardDate: true })) {
    // Only calendar dates ("December 15", "Jan. 8th", "12/15"): chrono's relative readings differ from the guide's.
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !CALENDAR_DATE.test(r.text)) continue;
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (m === null || d === null) continue;
    const due = r.start.isCertain('year')
      ? `${String(r.start.get('year')).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : nextDayOfMonth(meeting, d, m);
    if (due === null || !isIsoDate(due) || due < meeting) continue;
    const lead = /(?:\b(?:by|before|on|until|till|through|no later than|starting|from)\s+)$/.exec(
      lower.slice(0, r.index),
    );
    const from = lead === null ? r.index : r.index - lead[0].length;
    out.push({ due, span: [from, r.index + r.text.replace(/[\s,.;:!?]+$/, '').length] });
  }
  return out;
}

// "The Monday we get back from Thanksgiving break", "the Monday after Thanksgiving": read before the breaks (no
// date) are blanked, as Thanksgiving's Monday is a day of the calendar.
const MONDAY_AFTER_THANKSGIVING =
  /\b(?:(?:by|on|starting|until|before) )?the monday (?:after thanksgiving|(?:that |when )?(?:we|they|you|he|she|everyone|everybody|the kids) (?:get|come|are|go) back (?:from|after) (?:the )?thanksgiving)(?: break| weekend)?\b/g;

// "Before spring break", "the Monday we get back from break", "the first day back after break": dated when the
// meeting said the break's days (breaks-said.ts); a bare "break" before Thanksgiving is Thanksgiving's.
const BREAK_KINDS = String.raw`(?:(?:spring|winter|fall|february|mid-?winter|thanksgiving|christmas|holiday) )?`;
// "Before we leave for break" is before the break too.
// (Not "the week before break is chaos": a time named, not a deadline.)
const BEFORE_BREAK = new RegExp(
  String.raw`(?<!\bthe (?:week|weekend|day|days|weeks) )\b(?:before|by) (?:(?:we|they|you|the kids|everyone|everybody) (?:leave|go|head out|are out) for )?(?:the )?${BREAK_KINDS}break\b`,
  'g',
);
// "Before Thanksgiving", "before Thanksgiving break": the last school day before the days off the meeting said.
const BEFORE_THANKSGIVING = /\b(?:before|by) (?:the )?thanksgiving(?: break| week| holiday)?\b/g;
/**
 * "Before Thanksgiving" when nothing else dated the promise: the last school day before the days off around
 * Thanksgiving that the meeting or the case names, or else before the Wednesday (districts here close Wednesday to
 * Friday, and every blind writer who met the phrase with no days said dated it that Tuesday).
 */
export function beforeThanksgiving(text: string, calendar: MeetingCalendar): IsoDate | null {
  BEFORE_THANKSGIVING.lastIndex = 0;
  if (!BEFORE_THANKSGIVING.test(text.toLowerCase())) return null;
  const { date: meeting, closures } = calendar;
  const thanksgiving = thanksgivingAfter(meeting);
  if (thanksgiving === null) return null;
  const off = closures.find((c) => c.from <= thanksgiving && c.to >= thanksgiving);
  // (With no days off said, the break starts the Wednesday before.)
  const firstOff = off === undefined ? shiftDays(thanksgiving, -1) : toIsoDate(off.from);
  return lastSchoolDayBefore(firstOff, closures, meeting);
}
// "The Friday before winter break": that weekday, the last one before the break (when the meeting said its days).
const WEEKDAY_BEFORE_BREAK = new RegExp(
  String.raw`\b(?:(?:by|on) )?the (monday|tuesday|wednesday|thursday|friday) before (?:the )?${BREAK_KINDS}break\b`,
  'g',
);
function weekdayBeforeBreak(
  said: RegExpExecArray,
  meeting: IsoDate,
  closures: readonly Closure[],
): IsoDate | null {
  const last = lastDayBeforeBreak(closures, meeting, breakKind(said[0]));
  if (last === null) return null;
  const date = weekdayOnOrBefore(last, DAYS.indexOf(said[1] ?? '') + 1);
  return date > meeting ? date : null;
}
// "I'll go out there after practice", "right after this", "after we wrap up here", "pick it up after lunch",
// "before I leave", "on my way home": later the same day (not "Friday after practice" or "after lunch tomorrow", a
// day said with it; read before
// the days themselves, so the day after it is still there to see).
const LATER_TODAY =
  /(?<!(?:day|tomorrow|week)\s)\b(?:right )?(?:(?<=\b(?:it|them|that|this|those) (?:up |over |in |back |down )?)after lunch|after lunch today|after (?:first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th) (?:hour|period)|after (?:practice|this meeting|the meeting|(?<=right after )this(?= *$|[.,;!?])|we(?: are|'re) done(?: here)?|we wrap (?:up|this up)(?: here)?(?= *$|[.,;!?]))|before i leave(?: today| tonight)?|on my way (?:home|out)(?! to\b))(?!,?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|that|the \d))/g;
// "I'll send it over as soon as we wrap up here": when the meeting ends, today.
const AS_SOON_AS_WE_WRAP =
  /\bas soon as we(?: are|'re)? (?:done|finished|wrap (?:up|this up)|hang up)(?: here)?(?= *$|[.,;!?])/g;
// "The Monday we're back", "the Tuesday we're back": back from the next days off the meeting said (a break first).
const WEEKDAY_BACK =
  /\b(?:(?:by|on|starting|until|before) )?the (monday|tuesday|wednesday|thursday|friday) (?:that |when )?(?:we|they|you|you guys|y'all|he|she|everyone|everybody|the kids)(?:'re| are| get| come| go) back\b(?! (?:from|after|to|in|at|with|on)\b)/g;
const BACK_FROM_BREAK = new RegExp(
  String.raw`\b(?:(?:by|on|starting|until|before) )?the (?:monday|first day(?: back)?) (?:(?:that |when )?(?:we|they|you|he|she|everyone|everybody|the kids) (?:get|come|are|go) back |back )?(?:from|after) (?:the )?${BREAK_KINDS}break\b`,
  'g',
);
// "The day after we get back from Thanksgiving": the day after the first day back.
const DAY_AFTER_BACK = new RegExp(
  String.raw`\b(?:(?:by|on) )?the day after (?:we|they|you|he|she|everyone|everybody|the kids)(?:'re| are| get| come| go) back (?:from|after) (?:the )?(?:${BREAK_KINDS}break|thanksgiving(?: break| weekend)?)\b`,
  'g',
);
function dayAfterBack(said: string, meeting: IsoDate, closures: readonly Closure[]): IsoDate | null {
  const kind = /\bthanksgiving\b/.test(said) ? 'thanksgiving' : breakKind(said);
  const back =
    backFromBreak(kind, meeting, closures) ??
    (kind === 'thanksgiving' ? mondayAfterThanksgiving(meeting) : null);
  return back === null ? null : shiftDays(back, 1);
}

function backFromBreak(kind: string | null, meeting: IsoDate, closures: readonly Closure[]): IsoDate | null {
  const said = firstDayAfterBreak(closures, meeting, kind);
  if (said !== null) return said;
  const thanksgiving = mondayAfterThanksgiving(meeting);
  return (kind === null || kind === 'thanksgiving') &&
    thanksgiving !== null &&
    thanksgiving <= shiftDays(meeting, 21)
    ? thanksgiving
    : null;
}

/** The Monday after Thanksgiving, the first one after the meeting. */
function mondayAfterThanksgiving(meeting: IsoDate): IsoDate | null {
  // The Monday comes four days after Thanksgiving: it is after the meeting when Thanksgiving is after the day four
  // days before the meeting.
  const thanksgiving = thanksgivingAfter(shiftDays(meeting, -4));
  return thanksgiving === null ? null : shiftDays(thanksgiving, 4);
}

/** Every date phrase in the sentence, in the order said; school days skip the calendar's closures when given. */
export function findDatePhrases(sentence: string, calendar: IsoDate | MeetingCalendar): DatePhrase[] {
  const { date: meeting, closures } = calendarOf(calendar);
  let lower = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (lower.length !== sentence.length) lower = sentence.replace(/[^\x20-\x7e]/g, ' ').toLowerCase();
  const said = lower;
  const found: DatePhrase[] = [];
  const take = (pattern: RegExp, date: (m: RegExpExecArray) => IsoDate | null) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      const span: [number, number] = [m.index + (/^\s*/.exec(m[0])?.[0].length ?? 0), m.index + m[0].length];
      if (span[1] > span[0]) found.push({ due: date(m), span });
      lower = blank(lower, m.index, m.index + m[0].length);
    }
  };
  take(DAY_AFTER_BACK, (m) => dayAfterBack(m[0], meeting, closures));
  take(MONDAY_AFTER_THANKSGIVING, () => mondayAfterThanksgiving(meeting));
  take(BACK_FROM_BREAK, (m) => backFromBreak(breakKind(m[0]), meeting, closures));
  take(WEEKDAY_BEFORE_BREAK, (m) => weekdayBeforeBreak(m, meeting, closures));
  take(BEFORE_THANKSGIVING, () => lastDayBeforeBreak(closures, meeting, 'thanksgiving'));
  take(BEFORE_BREAK, (m) => lastDayBeforeBreak(closures, meeting, breakKind(m[0])));
  take(WEEKDAY_BACK, (m) => weekdayBack(closures, meeting, DAYS.indexOf(m[1] ?? '') + 1));
  // "The 14th. ... the day after", "on the 15th -- I'll call you the Monday after that": dated below, from the day
  // said before it.
  take(WEEKDAY_BY_HOLIDAY, (m) => weekdayByHoliday(m, meeting));
  take(AFTER_THAT, () => null);
  // (Before NO_DATE, whose "soon" would take "as soon as we wrap up" for no date.)
  take(AS_SOON_AS_WE_WRAP, () => meeting);
  for (const pattern of NO_DATE) take(pattern, () => null);
  take(LATER_TODAY, () => meeting);
  for (const rule of RULES) take(rule.pattern, (m) => rule.date(m, meeting, closures, said));
  WEEKDAY_RULE.lastIndex = 0;
  for (let m = WEEKDAY_RULE.exec(lower); m !== null; m = WEEKDAY_RULE.exec(lower)) {
    if (PAST_BEFORE.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "The quiz from Friday": a day that names a thing already done, no deadline.
    if (/^from\b/.test(m[0]) && THING_FROM.test(lower.slice(Math.max(0, m.index - 30), m.index))) {
      lower = blank(lower, m.index, m.index + m[0].length);
      continue;
    }
    found.push({
      due: nextWeekday(meeting, DAYS.indexOf(m[1] ?? '') + 1),
      span: [m.index, m.index + m[0].length],
    });
    lower = blank(lower, m.index, m.index + m[0].length);
  }
  found.push(...chronoPhrases(lower, meeting));
  // (Twice: "the next day, Friday" is named once "the next day" is counted.)
  return dayOfMonthRestated(
    oneDaySaidTwice(
      afterTheDaySaid(
        oneDaySaidTwice(
          found.sort((a, b) => a.span[0] - b.span[0]),
          said,
        ),
        said,
      ),
      said,
    ),
    said,
  );
}

// "I'll call you the Tuesday after Memorial Day", "the Friday before Labor Day": a weekday counted from a holiday
// named by its name (the next one after the meeting). (Holidays on a fixed date are left out: "the Monday after the
// Fourth" said when the Fourth is a Sunday is the 5th to some and the 12th to others.)
const HOLIDAY_SAID: readonly [string, string][] = [
  ['memorial day', 'Memorial Day'],
  ['labor day', 'Labor Day'],
  ['columbus day', 'Columbus Day'],
  ["veterans(?:'|'s)? day", 'Veterans Day'],
  ["presidents(?:'|'s)? day", "Washington's Birthday"],
  [String.raw`(?:mlk|martin luther king(?: jr\.?)?) day`, 'Martin Luther King Jr. Day'],
];
const HOLIDAY_NAMED = HOLIDAY_SAID.map(([said, name]) => [new RegExp(`^${said}$`), name] as const);
const WEEKDAY_BY_HOLIDAY = new RegExp(
  String.raw`\b(?:(?:on|by) )?the (monday|tuesday|wednesday|thursday|friday) (after|before) (${HOLIDAY_SAID.map(([said]) => said).join('|')})\b`,
  'g',
);
function weekdayByHoliday(m: RegExpExecArray, meeting: IsoDate): IsoDate | null {
  const name = HOLIDAY_NAMED.find(([said]) => said.test(m[3] ?? ''))?.[1];
  const holiday = name === undefined ? null : nextHoliday(name, meeting);
  if (holiday === null) return null;
  const day = DAYS.indexOf(m[1] ?? '') + 1;
  return m[2] === 'after' ? nextWeekday(holiday, day) : weekdayOnOrBefore(shiftDays(holiday, -1), day);
}

// "The day after", "the Monday after that", "the next morning", "by the end of that week": a day counted from a
// day said just before.
const AFTER_THAT =
  /\b(?:(?:on|by|in) )?(?:(?:the|that) (day|monday|tuesday|wednesday|thursday|friday) after(?: that| it)?\b(?! (?:tomorrow|thanksgiving|next|this|the|[a-z]+ break|break)\b)|the next (morning|day)\b|the (end) of that week\b|\b(two|three|four|five|six|seven|\d+) days after\b)/g;

/** Every word AFTER_THAT needs: a text without one counts no day from another (a cheap test before reading dates). */
const AFTER_THAT_WORD = /\b(?:after|next (?:morning|day)|end of that week)\b/;
export const countsFromADay = (text: string): boolean => AFTER_THAT_WORD.test(text.toLowerCase());

/**
 * The day "the day after", "the Monday after that", "two days after" or "the end of that week" comes to, counted
 * from `before`.
 */
export function dayAfter(phrase: string, before: IsoDate): IsoDate | null {
  AFTER_THAT.lastIndex = 0;
  const m = AFTER_THAT.exec(phrase.toLowerCase());
  if (m === null) return null;
  if (m[3] === 'end') return shiftDays(before, Math.max(0, 5 - weekday(before)));
  // "two days after she sees him on the 5th": calendar days.
  if (m[4] !== undefined) {
    const n = numberOf(m[4]);
    return n === null ? null : shiftDays(before, n);
  }
  if (m[1] === 'day' || m[2] !== undefined) return shiftDays(before, 1);
  return nextWeekday(before, DAYS.indexOf(m[1] ?? '') + 1);
}

/** Dates "the day after" and "the Monday after that" from the last date said before them in the sentence. */
function afterTheDaySaid(found: DatePhrase[], text: string): DatePhrase[] {
  let last: IsoDate | null = null;
  return found.map((p) => {
    if (p.due === null) {
      const counted = last === null ? null : dayAfter(text.slice(p.span[0], p.span[1]), last);
      if (counted !== null) {
        last = counted;
        return { ...p, due: counted };
      }
      return p;
    }
    last = p.due;
    return p;
  });
}

/**
 * "Wednesday the 4th" said in September is November's 4th, the next 4th that is a Wednesday (within the year); a
 * weekday that fits no such day gives null, and the day of the month stands as said.
 */
function dayOfMonthOnWeekday(meeting: IsoDate, weekdayName: string, dayOfMonth: number): IsoDate | null {
  const day = DAYS.indexOf(weekdayName) + 1;
  let from = meeting;
  for (let k = 0; k < 12; k += 1) {
    const next = nextDayOfMonth(from, dayOfMonth, null);
    if (next === null) return null;
    if (weekday(next) === day) return next;
    from = shiftDays(next, 1);
  }
  return null;
}

const NAMED_DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const DAY_OF_MONTH =
  /\d|\b(?:first|second|third|[a-z]+teenth|[a-z]*tieth|[a-z]+-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b|\b[a-z]+th\b/;

// "The Monday we're back from fall break, so the 26th": a bare day of the month that restates the day just said.
const BARE_DAY_OF_MONTH = /^(?:(?:by|on|before|until) )?the \d{1,2}(?:st|nd|rd|th)$/;
function dayOfMonthRestated(found: DatePhrase[], text: string): DatePhrase[] {
  return found.map((p, k) => {
    const q = found[k - 1];
    if (q === undefined || q.due === null || p.due === null || q.due === p.due) return p;
    if (!BARE_DAY_OF_MONTH.test(text.slice(p.span[0], p.span[1]).trim())) return p;
    const between = text.slice(q.span[1], p.span[0]);
    return /^\s*,?\s*(?:so|that is|that's|which is|so that is|so that's)?\s*,?\s*$/.test(between) &&
      q.due.slice(8) === p.due.slice(8)
      ? { ...p, due: q.due }
      : p;
  });
}

/**
 * "The 13th, that Friday", "the Tuesday we're back, the 17th": a weekday and a day of the month said side by side
 * name one day. The weekday takes the day of the month's date when that date falls on it (else each keeps its own).
 */
function oneDaySaidTwice(found: DatePhrase[], text: string): DatePhrase[] {
  const spoken = (p: DatePhrase) => text.slice(p.span[0], p.span[1]);
  const onlyWeekday = (p: DatePhrase) =>
    NAMED_DAY.test(spoken(p)) && !DAY_OF_MONTH.test(spoken(p).replace(NAMED_DAY, ''));
  return found.map((p, k) => {
    if (!onlyWeekday(p)) return p;
    const day = DAYS.indexOf(NAMED_DAY.exec(spoken(p))?.[1] ?? '') + 1;
    for (const q of [found[k - 1], found[k + 1]]) {
      if (q === undefined || q.due === null || onlyWeekday(q)) continue;
      // ("I'll bring it in the next day, Friday": the day after the one said, named.)
      if (!DAY_OF_MONTH.test(spoken(q)) && !/\bthe (?:next|following) day$/.test(spoken(q))) continue;
      const [a, b] = q.span[0] < p.span[0] ? [q, p] : [p, q];
      // ("the Tuesday before, the 6th": the day before an event, said with its date.)
      // ("the 15th, it's a Thursday": the weekday that day falls on.)
      if (
        !/^\s*(?:before|after)?\s*,\s*(?:that|on|so|(?:it|that|which)(?: is|'s) a)?\s*$/.test(
          text.slice(a.span[1], b.span[0]),
        )
      )
        continue;
      if (weekday(q.due) === day) return { ...p, due: q.due };
    }
    return p;
  });
}

/**
 * "today or tomorrow", "Friday or Monday at the latest": two days offered, the later one is the deadline. The later
 * day said right after `said` with only "or" between, if any.
 */
export function laterOffered(
  sentence: string,
  dated: readonly DatePhrase[],
  said: DatePhrase,
): DatePhrase | undefined {
  const due = said.due;
  if (due === null) return undefined;
  return dated.find(
    (p) =>
      p.span[0] > said.span[1] &&
      p.due !== null &&
      p.due > due &&
      /^,?\s+or\s+$/.test(sentence.slice(said.span[1], p.span[0])),
  );
}

const BY_WORD = /^(?:by|before|no later than|within)\b/;
const BY_BEFORE = /\b(?:by|before|no later than)\s+(?:next\s+|this\s+)?$/;
// "not tomorrow", "I can't get it done by tomorrow" (in the phrase's own clause; "not until Friday" is Friday).
const NOT_BEFORE = /(?:\bnot|n't|\bcannot|\bnever)\b[^,.;:!?\u2013\u2014]*$/;
// "Monday's Labor Day", "Friday is a teacher workday": the day named is closed.
const CLOSED_AFTER =
  /^\s*(?:'s|\u2019s|is)\s+(?:a\s+)?(?:labor day|memorial day|veterans day|presidents' day|columbus day|election day|good friday|holiday|teacher work ?day|work ?day|pd day|in-?service(?: day)?|no school|off)\b/;
function ruledOut(sentence: string, p: DatePhrase): boolean {
  const said = sentence.slice(p.span[0], p.span[1]).toLowerCase();
  if (/^(?:until|till)\b/.test(said.trim())) return false;
  const before = sentence.slice(Math.max(0, p.span[0] - 60), p.span[0]).toLowerCase();
  return (
    NOT_BEFORE.test(before) ||
    CLOSED_AFTER.test(sentence.slice(p.span[1]).toLowerCase()) ||
    // (...and "Labor Day" itself, said as what Monday is.)
    /\b(?:monday|tuesday|wednesday|thursday|friday)(?:'s|\u2019s| is)\s+$/.test(before)
  );
}
// A week said as a whole, due on its Friday.
const WEEK_SPAN = /\b(?:this week|next week|end of (?:the|this|next) week)\b/i;
/** Whether a day falls in the five days up to a week's Friday. */
function withinWeekBefore(day: IsoDate, friday: IsoDate): boolean {
  const days = dayNumber(friday) - dayNumber(day);
  return days >= 0 && days <= 4;
}
// A past verb (and whom it was done with) just before a day: "emailed me this morning", "I talked to him yesterday".
const HAPPENED_THEN =
  /\b(?:talked|spoke|emailed|e-mailed|called|texted|messaged|met|saw|heard from|wrote|told|said|mentioned)(?: (?:to|with|back))?(?: (?:me|her|him|them|us|you))?,?\s*$/;
const DEADLINE_WORD = /^(?:by|before|on|in|within|until|till|no later than|starting|from|through)\b/;

/**
 * The due date in a sentence, resolved against the meeting date (YYYY-MM-DD), or null. With `from`, phrases before
 * that position are passed over when one after it has a date (the date that belongs to the promise, not to what
 * was said before it). With `deadlineOnly`, a date counts only when a word like "by", "on" or "within" introduces
 * it: in "he's not here today", "today" is no deadline. `phrases`: the sentence's date phrases, when the caller has
 * read them already.
 */
export function resolveDue(
  sentence: string,
  meeting: IsoDate | MeetingCalendar,
  options: { deadlineOnly?: boolean; from?: number; phrases?: readonly DatePhrase[] } = {},
): DueDate {
  const phrases = (options.phrases ?? findDatePhrases(sentence, meeting)).filter(
    (p) =>
      options.deadlineOnly !== true || DEADLINE_WORD.test(sentence.slice(p.span[0], p.span[1]).toLowerCase()),
  );
  const all = phrases.filter((p) => p.due !== null);
  // "Not tomorrow, I can't get it done by tomorrow -- so next Thursday", "Monday's Labor Day, so, Tuesday": a day
  // said as the one it cannot be is no due day, when another day is said.
  const possible = all.filter((p) => !ruledOut(sentence, p));
  const dated = possible.length > 0 ? possible : all;
  const after = dated.filter((p) => p.span[0] >= (options.from ?? 0));
  // "A summary of today, by tomorrow", "on Tuesdays, and the schedule to you by Monday": a deadline said with "by"
  // is when it is due.
  // ("by next Wednesday, the 28th": the phrase read from the weekday on, "by" just before it.)
  const byWord = after.find(
    (p) =>
      BY_WORD.test(sentence.slice(p.span[0], p.span[1]).toLowerCase()) ||
      BY_BEFORE.test(sentence.slice(Math.max(0, p.span[0] - 16), p.span[0]).toLowerCase()),
  );
  // "Karen, I talked to her this morning, she said she'd fax it": a day said before the promise, right after what
  // someone did, is when that happened, not when the promise is due.
  const said =
    byWord ?? after[0] ?? dated.find((p) => !HAPPENED_THEN.test(sentence.slice(0, p.span[0]).toLowerCase()));
  // "by the 15th -- December 15th": the same day said again with its month, right after, is the day meant.
  const again =
    said === undefined || said.due === null
      ? undefined
      : dated.find(
          (p) =>
            p.span[0] > said.span[1] &&
            p.span[0] - said.span[1] <= 6 &&
            p.due !== null &&
            p.due !== said.due &&
            p.due.slice(8) === said.due?.slice(8),
        );
  const orLater = said === undefined ? undefined : laterOffered(sentence, dated, said);
  const first = again ?? orLater ?? said;
  // "He'll do a refresher next week, he's got it on his calendar for the 28th": a day of that week said later pins
  // the week.
  const friday = first?.due ?? null;
  const pinned =
    first !== undefined && friday !== null && WEEK_SPAN.test(sentence.slice(first.span[0], first.span[1]))
      ? after.find((p) => p.span[0] > first.span[0] && p.due !== null && withinWeekBefore(p.due, friday))
      : undefined;
  const pick = pinned ?? first;
  return pick === undefined ? { due: null, span: null } : { due: pick.due, span: pick.span };
}
