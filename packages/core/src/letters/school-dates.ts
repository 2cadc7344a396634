import { onOrBeforeBusinessDay } from '../calendar/index.js';

/**
 * A by-date the letter asks the school to meet: when a count of calendar days ends on a weekend or a Missouri
 * holiday, the business day before it (an office cannot act on a closed day, and a day early never asks for less
 * than the law). Business-day counts already end on a business day, so this changes nothing for them.
 */
export function schoolByDate(date: string): string {
  return onOrBeforeBusinessDay(date);
}
