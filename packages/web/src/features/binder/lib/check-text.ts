import type { ProgressStatus } from '@iep/core';

// Plain words for the binder's checks (pure, tested).

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one-sentence summary of an IEP against a meeting. */
export function compareSummary(c: {
  missing: unknown[];
  differs: unknown[];
  new: unknown[];
  settledCount: number;
}): string {
  if (c.settledCount === 0)
    return 'Nothing from this meeting is confirmed yet, and your case lists no services, so there is nothing to compare.';
  if (c.missing.length + c.differs.length + c.new.length === 0)
    return 'Everything the meeting settled is in this paper, as far as we can tell.';
  return `We could not find ${count(c.missing.length, 'thing', 'things')}, ${count(c.differs.length, 'thing is', 'things are')} different, and ${count(c.new.length, 'thing is', 'things are')} new.`;
}

export const STATUS_WORDS: Record<ProgressStatus, string> = {
  mastered: 'Mastered',
  'sufficient-progress': 'Enough progress',
  progressing: 'Making progress',
  'limited-progress': 'Not enough progress',
  'no-progress': 'No progress',
  regressing: 'Going backward',
  'not-introduced': 'Not started yet',
  other: 'Other',
};

/** The one-sentence summary of a progress report against the data. */
export function progressSummary(marks: number, findings: number): string {
  if (marks === 0) return 'We could not read a mark for any goal of your case in this report.';
  if (findings === 0)
    return `We read marks for ${count(marks, 'goal', 'goals')}. None of them goes against the scores we have.`;
  return `We read marks for ${count(marks, 'goal', 'goals')}. ${count(findings, 'thing in the report does', 'things in the report do')} not match the scores we have.`;
}
