import { dateKeyInZone } from '../../../lib/format-time';

// "In 5 days": how far away a meeting is, counted in calendar days from the reader's today.

const DAY = 24 * 60 * 60 * 1000;

/** The meeting's calendar date: a wall-clock start as written, an instant in Missouri time (the app's default). */
export function meetingDay(start: string): string {
  return /[zZ]|[+-]\d\d:\d\d$/.test(start) ? dateKeyInZone(start, 'America/Chicago') : start.slice(0, 10);
}

/** Whole days from `today` (YYYY-MM-DD) to `day` (YYYY-MM-DD). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** "Today", "Tomorrow", "In 12 days", "Yesterday", "3 days ago". */
export function daysInWords(days: number): string {
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days === -1) return 'Yesterday';
  return days > 1 ? `In ${days} days` : `${-days} days ago`;
}

/** "Next meeting: in 12 days" for a case list, or that none is planned. */
export function nextMeetingWords(start: string | null, today: string): string {
  if (start === null) return 'No meeting planned yet.';
  const words = daysInWords(daysBetween(today, meetingDay(start)));
  return `Next meeting: ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
}

/** "1 answer is late", "3 answers are late", "Nothing is late". */
export function overdueWords(count: number): string {
  if (count === 0) return 'Nothing is late.';
  return count === 1 ? '1 step or answer is late.' : `${count} steps or answers are late.`;
}
