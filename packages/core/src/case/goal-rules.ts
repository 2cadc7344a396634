// The cross-field rules of goals and services, once: the case file check (case-cross-checks.ts) and the web
// forms both ask these, each in its own words (a JSON path for a file, a field for a form). Dates are ISO
// YYYY-MM-DD, so string order is date order.

/** A goal's target date comes after its baseline date (the same day is not after). */
export function targetAfterBaseline(baselineDate: string, targetDate: string): boolean {
  return targetDate > baselineDate;
}

/** Mastery asks for no more scores at the threshold than the scores it looks at. */
export function masteryRequiredFits(required: number, window: number): boolean {
  return required <= window;
}

/** A service (or a closure) ends on or after the day it starts. */
export function endsOnOrAfterStart(start: string, end: string): boolean {
  return end >= start;
}
