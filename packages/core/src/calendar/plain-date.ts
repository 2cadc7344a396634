import { DateTime } from 'luxon';

// Dates in sentences for parents. A calendar date (YYYY-MM-DD) is a day, not a moment: formatted in UTC so no
// zone can shift it.

/** "2026-12-04" -> "December 4, 2026". */
export function plainDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc', locale: 'en-US' }).toFormat('LLLL d, yyyy');
}

/** "2026-12-04" -> "Friday, December 4, 2026". */
export function plainDayDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc', locale: 'en-US' }).toFormat('cccc, LLLL d, yyyy');
}
