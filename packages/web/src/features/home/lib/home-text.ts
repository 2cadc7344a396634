import { daysLateWords, whenInWords } from '@iep/core';
import type { HomeCase } from '@iep/core/contract';

// The home page's sentences, from core's day words, kept here so a test can hold them to a grade 6-8 reading level.

type Home = HomeCase['home'];

export const HOME_INTRO = 'Here is what comes next for each child. Start with anything that is late.';

/** "Next meeting: in 5 days, Tuesday, December 8." or that none is planned. */
export function meetingLine(home: Home): string {
  const next = home.nextMeeting;
  if (!next) return 'No meeting is planned yet.';
  return `Next meeting: ${whenInWords(next.day, home.today)}.`;
}

/** "Due in 3 days, Monday, December 7" / "Was due 2 days ago, Wednesday, December 2". */
export function dueLine(due: string, today: string): string {
  const words = whenInWords(due, today);
  return due < today ? `Was due ${words}` : `Due ${words}`;
}

/**
 * A next step's day: "Due in 3 days, Monday, December 7", or, past its best day but still in time (its last moment
 * is ahead), "Best done 4 days ago, Monday, November 30. Do it now".
 */
export function nextStepLine(due: string, today: string): string {
  return due < today ? `Best done ${whenInWords(due, today)}. Do it now` : dueLine(due, today);
}

/** "Due Friday, November 27. 5 days late." */
export function lateLine(late: Home['late'][number], today: string): string {
  return `${dueLine(late.due, today)}. ${daysLateWords(late.daysLate)}.`;
}

/** "and 2 more" under a list cut at three. */
export function moreWords(shown: number, count: number): string | null {
  const more = count - shown;
  return more > 0 ? `And ${more} more.` : null;
}

/** Whose plan the count is about: the next meeting's, else the last one's. */
export function progressLabel(home: Home): string {
  return home.nextMeeting && home.progress?.meetingId === home.nextMeeting.meetingId
    ? 'Plan for the next meeting'
    : 'Plan for the last meeting';
}

export function allClearLine(home: Home): string | null {
  return home.overdueCount === 0 && home.lateCount === 0 ? 'Nothing is late.' : null;
}
