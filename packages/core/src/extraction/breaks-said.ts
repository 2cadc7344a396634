import {
  addSchoolDays,
  missouriHolidays,
  isSchoolDay,
  shiftDays,
  toIsoDate,
  weekday,
  type IsoDate,
} from '../calendar/index.js';
import type { Closure } from '../case/index.js';

// A school break whose days the meeting names ("spring break's the week of the 23rd", "we're off starting the 30th
// for spring break"). The labeling guide dates "before spring break" only when the break's days are given; said in
// the meeting, they are given, and "before break" is its last school day before, "the Monday we get back from
// break" its first school day after.

const KINDS = ['spring', 'winter', 'fall', 'february', 'thanksgiving', 'christmas', 'holiday', 'mid-winter'];
const SAID = 'break, said in the meeting';

/** The kind of break a sentence names ("spring break" is spring), or null for a bare "break". */
export function breakKind(text: string): string | null {
  const m = /\b([a-z-]+) break\b/.exec(text.toLowerCase());
  const kind = m?.[1] === 'midwinter' ? 'mid-winter' : m?.[1];
  return kind !== undefined && KINDS.includes(kind) ? kind : null;
}

/** The reason a closure carries when it is a break said in the meeting. */
export function breakReason(kind: string | null): string {
  return kind === null ? `School ${SAID}` : `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${SAID}`;
}

/** The first break said in the meeting after it, of the kind asked (any kind for a bare "break"), or null. */
function saidBreak(closures: readonly Closure[], meeting: IsoDate, kind: string | null): Closure | null {
  const breaks = closures
    .filter((c) => c.reason?.endsWith(SAID) === true && c.from > meeting)
    .filter((c) => {
      const said = c.reason?.split(' ')[0]?.toLowerCase() ?? '';
      return kind === null || said === 'school' || said === kind;
    })
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  return breaks[0] ?? null;
}

/** The last school day before `day` (days off start there), if it falls after the meeting; else null. */
export function lastSchoolDayBefore(
  day: IsoDate,
  closures: readonly Closure[],
  meeting: IsoDate,
): IsoDate | null {
  let last = shiftDays(day, -1);
  for (let tries = 0; tries < 14 && !isSchoolDay(last, closures); tries += 1) last = shiftDays(last, -1);
  return last > meeting ? last : null;
}

/** The last school day before a break said in the meeting, or null when none was said. */
export function lastDayBeforeBreak(
  closures: readonly Closure[],
  meeting: IsoDate,
  kind: string | null,
): IsoDate | null {
  const said = saidBreak(closures, meeting, kind);
  return said === null ? null : lastSchoolDayBefore(toIsoDate(said.from), closures, meeting);
}

/** The first school day after a break said in the meeting, or null when none was said. */
export function firstDayAfterBreak(
  closures: readonly Closure[],
  meeting: IsoDate,
  kind: string | null,
): IsoDate | null {
  const said = saidBreak(closures, meeting, kind);
  return said === null ? null : addSchoolDays(said.to, 1, closures);
}

/**
 * "The Monday we're back", "the Tuesday we're back": that weekday, the first one the school is open after the next
 * break said in the meeting (or, when none was, the next days off the meeting or the case names); null when no days
 * off are known. `day` is the ISO weekday (Monday 1).
 */
export function weekdayBack(closures: readonly Closure[], meeting: IsoDate, day: number): IsoDate | null {
  const ahead = [...closures].filter((c) => c.from > meeting).sort((a, b) => (a.from < b.from ? -1 : 1));
  const said = ahead.find((c) => c.reason?.endsWith(SAID) === true) ?? ahead[0];
  // "With the long weekend, I'll call you the Monday we're back", said the week before Thanksgiving: Thanksgiving's
  // days off come first when they are the next ones (within three weeks of the meeting).
  const thanksgiving = thanksgivingAfter(meeting);
  const off =
    thanksgiving !== null &&
    thanksgiving <= shiftDays(meeting, 21) &&
    (said === undefined || thanksgiving < said.from)
      ? { from: thanksgiving, to: shiftDays(thanksgiving, 1) }
      : said;
  if (off === undefined) return null;
  let back = addSchoolDays(off.to, 1, closures);
  for (let tries = 0; tries < 14 && (weekday(back) !== day || !isSchoolDay(back, closures)); tries += 1)
    back = shiftDays(back, 1);
  return weekday(back) === day ? back : null;
}

/** The next closed day of a state holiday after the meeting (this year's or next, up to `last` when given), or null. */
export function nextHoliday(name: string, meeting: IsoDate, last?: IsoDate): IsoDate | null {
  const year = Number(meeting.slice(0, 4));
  for (const y of [year, year + 1]) {
    const day = missouriHolidays(y).find((h) => h.name === name)?.date;
    if (day !== undefined && day > meeting && (last === undefined || day <= last)) return day;
  }
  return null;
}

/** Thanksgiving Day after the meeting (this year's or next), or null. */
export function thanksgivingAfter(meeting: IsoDate): IsoDate | null {
  const year = Number(meeting.slice(0, 4));
  for (const y of [year, year + 1]) {
    const day = missouriHolidays(y).find((h) => h.name === 'Thanksgiving Day')?.actualDate;
    if (day !== undefined && day > meeting) return day;
  }
  return null;
}
