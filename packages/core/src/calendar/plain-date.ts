import { DateTime } from 'luxon';

// Dates in sentences for parents. A calendar date (YYYY-MM-DD) is a day, not a moment: formatted in UTC so no
// zone can shift it.

/** The calendar day as written at the start of "2026-12-04" or "2026-12-04T09:00...", or null for anything else. */
function dayOf(text: string): DateTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (m === null) return null;
  const dt = DateTime.fromObject(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
    { zone: 'utc', locale: 'en-US' },
  );
  return dt.isValid ? dt : null;
}

/**
 * "2026-12-04" -> "December 4, 2026": the one way dates are written in sentences (letters, calendars, transcripts,
 * the web app). A date-time keeps the day as written; text that is not a date comes back unchanged.
 */
export function plainDate(date: string): string {
  return dayOf(date)?.toFormat('LLLL d, yyyy') ?? date;
}

/** "2026-12-04" -> "Friday, December 4, 2026". */
export function plainDayDate(date: string): string {
  return dayOf(date)?.toFormat('cccc, LLLL d, yyyy') ?? date;
}
