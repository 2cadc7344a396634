import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { addBusinessDays, isIsoDate, shiftDays, weekday, type IsoDate } from '../calendar/index.js';
import { blank } from './text.js';

// "By when", resolved against the meeting date. chrono-node reads most phrases ("by Friday", "in two weeks",
// "December 15th", "by the end of the month"); a few school phrases are handled first because chrono reads them
// wrong or not at all. Anything we cannot pin to a day (winter break, the next meeting, "next month", school
// days without the school calendar) gives no date: the parent fills it in, which beats a wrong date.

export interface DueDate {
  due: IsoDate | null;
  /** Where the date phrase is in the sentence (with its "by"/"on"), to take it out of the "what"; or null. */
  span: [number, number] | null;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS: Record<string, number> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

// Repeating days are a routine, not a deadline ("every Friday", "weekly").
const RECURRING =
  /\b(?:every|each) (?:other )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|morning|afternoon)\b|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays)\b|\b(?:weekly|daily|monthly)\b/g;
// Times that depend on a calendar we do not have here.
const UNKNOWN =
  /\b(?:(?:the )?(?:first )?(?:monday|tuesday|wednesday|thursday|friday) )?(?:before|after|over|during|until|by) (?:the )?(?:winter|holiday|christmas|spring|thanksgiving|fall|summer)? ?break\b|\b(?:winter|holiday|christmas|spring|thanksgiving|fall) break\b|\bthe holidays\b|\b(?:end of|next) (?:the )?(?:semester|quarter|grading period|school year)\b|\b(?:the |our )?next (?:iep |504 )?(?:meeting|annual review)\b|\b(?:\w+ )?school days?\b/g;
const DEADLINE_WORD = /^(?:by|before|on|in|within|until|no later than|starting|from)\b/;
const PREPOSITION = /(?:\b(?:by|before|on|in|within|until|no later than|starting|from|at)\s+)$/;
const BUSINESS_DAYS = /\b(?:within|in) (\d{1,2}|[a-z]+) (?:business|working) days?\b/;
const WEEK_PHRASE =
  /\b(?:by |before )?(?:the )?(end of (?:the |this )?week|end of next week|(?:later )?this week|early next week|next week)\b/;
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:(?:on|by|before|until|through)\s+)?(?:(${MONTHS.join('|')})\s+|(?:(?:${WEEKDAYS.join('|')}),?\s+))?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|grade|percentile|century|time|period|hour|minute|day|week|birthday))`,
);
// chrono reads "since September" or "last Tuesday" as dates too; they are in the past, never a deadline.
const PAST = /^(?:since|last|ago|yesterday|earlier|previous)/;
const RELATIVE = /^(?:in|within)\b|\bfrom (?:now|today)\b|\blater\b/;
// A bare amount of time ("60 minutes per week", "two weeks of services") is a length, not a date.
const BARE_DURATION =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)\s+(?:minutes?|hours?|seconds?|days?|weeks?|months?|years?)$/;
const FROM_NOW = /^\s*(?:from (?:now|today|the meeting)|later|out)\b/;

function fridayOfWeek(date: IsoDate): IsoDate {
  return shiftDays(date, 5 - weekday(date));
}

function weekPhraseDate(phrase: string, meeting: IsoDate): IsoDate {
  const friday = fridayOfWeek(meeting);
  // On a weekend, "this week" already means the coming one.
  const thisFriday = weekday(meeting) > 5 ? shiftDays(friday, 7) : friday;
  if (phrase === 'early next week') return shiftDays(thisFriday, 3);
  if (phrase.startsWith('end of next') || phrase === 'next week') return shiftDays(thisFriday, 7);
  return thisFriday;
}

function nextDayOfMonth(meeting: IsoDate, day: number, monthName: string | undefined): IsoDate | null {
  let year = Number(meeting.slice(0, 4));
  let month = monthName === undefined ? Number(meeting.slice(5, 7)) : MONTHS.indexOf(monthName) + 1;
  for (let tries = 0; tries < 24; tries += 1) {
    const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(candidate) && candidate >= meeting) return candidate;
    // A named month goes to next year; a bare day goes to the next month.
    if (monthName !== undefined) year += 1;
    else if (month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return null;
}

function withPreposition(lower: string, index: number, end: number): [number, number] {
  const before = PREPOSITION.exec(lower.slice(0, index));
  return [before === null ? index : index - before[0].length, end];
}

function chronoDate(lower: string, meeting: IsoDate): DueDate | null {
  // Noon UTC as the reference: no zone can move it to another day.
  const ref = DateTime.fromISO(`${meeting}T12:00:00Z`, { zone: 'utc' }).toJSDate();
  for (const r of chrono.parse(lower, { instant: ref, timezone: 0 }, { forwardDate: true })) {
    const text = r.text.replace(/[\s,.;:!?]+$/, '').toLowerCase();
    if (PAST.test(text) || PAST.test(lower.slice(Math.max(0, r.index - 6), r.index).trim())) continue;
    const after = lower.slice(r.index + text.length);
    if (
      BARE_DURATION.test(text) &&
      !FROM_NOW.test(after) &&
      !/\b(?:in|within|after)\s*$/.test(lower.slice(0, r.index))
    )
      continue;
    const dayKnown = r.start.isCertain('day');
    const weekdayOnly = !dayKnown && r.start.isCertain('weekday');
    const relative = RELATIVE.test(text) && r.start.isCertain('month');
    if (!dayKnown && !weekdayOnly && !relative) continue;
    const y = r.start.get('year');
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (y === null || m === null || d === null) continue;
    let due = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!isIsoDate(due)) continue;
    // "On Monday" said on a Monday means next Monday.
    if (weekdayOnly && due === meeting) due = shiftDays(meeting, 7);
    if (due < meeting) continue;
    return { due: due as IsoDate, span: withPreposition(lower, r.index, r.index + text.length) };
  }
  return null;
}

/**
 * The due date in a sentence, resolved against the meeting date (YYYY-MM-DD), or null. With `deadlineOnly`, a date
 * counts only when a word like "by", "on" or "within" introduces it: in "he's not here today", "today" is no
 * deadline. Commitments do not need it ("I'll sign it today").
 */
export function resolveDue(
  sentence: string,
  meeting: IsoDate,
  options: { deadlineOnly?: boolean } = {},
): DueDate {
  let lower = sentence.toLowerCase();
  // Lower-casing can change the length of rare letters; then positions would not match, so do not report spans.
  const spans = lower.length === sentence.length;
  const none: DueDate = { due: null, span: null };
  for (const pattern of [RECURRING, UNKNOWN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      lower = blank(lower, m.index, m.index + m[0].length);
    }
  }
  const found = ((): DueDate | null => {
    const week = WEEK_PHRASE.exec(lower);
    if (week?.[1] !== undefined)
      return { due: weekPhraseDate(week[1], meeting), span: [week.index, week.index + week[0].length] };
    const business = BUSINESS_DAYS.exec(lower);
    if (business?.[1] !== undefined) {
      const n = /^\d+$/.test(business[1]) ? Number(business[1]) : NUMBER_WORDS[business[1]];
      if (n !== undefined)
        return {
          due: addBusinessDays(meeting, n),
          span: [business.index, business.index + business[0].length],
        };
    }
    const ordinal = ORDINAL_DAY.exec(lower);
    if (ordinal?.[2] !== undefined) {
      const due = nextDayOfMonth(meeting, Number(ordinal[2]), ordinal[1]);
      if (due !== null) return { due, span: [ordinal.index, ordinal.index + ordinal[0].length] };
    }
    return chronoDate(lower, meeting);
  })();
  if (found === null) return none;
  if (
    options.deadlineOnly === true &&
    found.span !== null &&
    !DEADLINE_WORD.test(lower.slice(found.span[0], found.span[1]))
  )
    return none;
  return spans ? found : { due: found.due, span: null };
}
