import { plainDate, type AnswerItem } from '@iep/core';

// The words of the "What the school owes you" page, kept apart from the page so a test can read them.

export const STATE_HEADINGS = {
  late: 'Late',
  waiting: 'Waiting for an answer',
  answered: 'Answered',
} as const;

/** One line that says where the item stands. */
export function stateLine(item: AnswerItem): string {
  if (item.state === 'answered' && item.answer) {
    return `Answered on ${plainDate(item.answer.answeredOn)}.`;
  }
  if (item.state === 'answered') return 'Done.';
  if (item.due === null) return item.waitingFor ?? 'No last day yet.';
  if (item.state === 'late') {
    const days = item.daysLate === 1 ? '1 day' : `${item.daysLate} days`;
    return `The last day was ${plainDate(item.due)}. That was ${days} ago.`;
  }
  return `The last day is ${plainDate(item.due)}.`;
}

/** Who owes it, when a meeting promise names a person. */
export function whoLine(item: AnswerItem): string | null {
  return item.who ? `Promised by ${item.who}.` : null;
}

export const PAGE_INTRO =
  'Here is what you asked the school for, and what the team promised at meetings. ' +
  'When an answer comes, add it to the binder and mark it answered. ' +
  'When an answer is late, the next letter is ready to start.';
