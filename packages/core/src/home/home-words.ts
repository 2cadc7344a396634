import { DateTime } from 'luxon';

// The home page's dates in words: "in 5 days, Tuesday, December 8". Days are calendar days (YYYY-MM-DD) already
// taken in the case's zone, so nothing here can shift them.

const dayOf = (day: string) => DateTime.fromISO(day, { zone: 'utc', locale: 'en-US' });

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago". */
export function daysAwayWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 1 ? `in ${days} days` : `${-days} days ago`;
}

/** "Tuesday, December 8", with the year when it is not this year's ("Monday, January 4, 2027"). */
export function dayInWords(day: string, today: string): string {
  const date = dayOf(day);
  if (!date.isValid) return day;
  return date.toFormat(day.slice(0, 4) === today.slice(0, 4) ? 'cccc, LLLL d' : 'cccc, LLLL d, yyyy');
}

/** "in 5 days, Tuesday, December 8" (or "today, Friday, December 4"). */
export function whenInWords(day: string, today: string): string {
  const days = Math.round(dayOf(day).diff(dayOf(today), 'days').days);
  return `${daysAwayWords(days)}, ${dayInWords(day, today)}`;
}

/** "3 days late", "1 day late". */
export function daysLateWords(days: number): string {
  return days === 1 ? '1 day late' : `${days} days late`;
}
