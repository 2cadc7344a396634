import type { HomeCase } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import {
  HOME_INTRO,
  allClearLine,
  dueLine,
  lateLine,
  meetingLine,
  moreWords,
  nextStepLine,
  progressLabel,
} from './home-text';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const home: HomeCase['home'] = {
  today: '2026-12-03',
  timeZone: 'America/Chicago',
  nextMeeting: { meetingId: 'm1', start: '2026-12-08T09:00:00', day: '2026-12-08', daysAway: 5 },
  nextSteps: [{ meetingId: 'm1', taskId: 'concerns-letter', title: 'Send your concerns', due: '2026-12-04' }],
  overdue: [{ meetingId: 'm1', taskId: 'records-request', title: 'Ask for records', due: '2026-12-01' }],
  overdueCount: 4,
  late: [{ id: 'x', title: 'Records', due: '2026-11-27', daysLate: 6 }],
  lateCount: 1,
  progress: { meetingId: 'm1', done: 3, total: 8 },
};

describe('the home page’s words', () => {
  it('says when in days and in words, never the machine way', () => {
    expect(meetingLine(home)).toBe('Next meeting: in 5 days, Tuesday, December 8.');
    expect(meetingLine({ ...home, nextMeeting: null })).toBe('No meeting is planned yet.');
    expect(dueLine('2026-12-04', home.today)).toBe('Due tomorrow, Friday, December 4');
    expect(dueLine('2026-12-01', home.today)).toBe('Was due 2 days ago, Tuesday, December 1');
    expect(lateLine({ id: 'x', title: 'Records', due: '2026-11-27', daysLate: 6 }, home.today)).toBe(
      'Was due 6 days ago, Friday, November 27. 6 days late.',
    );
    expect(nextStepLine('2026-11-30', home.today)).toBe(
      'Best done 3 days ago, Monday, November 30. Do it now',
    );
    expect(nextStepLine('2026-12-04', home.today)).toBe(dueLine('2026-12-04', home.today));
    expect(moreWords(3, 4)).toBe('And 1 more.');
    expect(moreWords(3, 3)).toBeNull();
    expect(progressLabel(home)).toBe('Plan for the next meeting');
    expect(progressLabel({ ...home, nextMeeting: null })).toBe('Plan for the last meeting');
    expect(allClearLine(home)).toBeNull();
    expect(allClearLine({ ...home, overdueCount: 0, lateCount: 0 })).toBe('Nothing is late.');
  });

  it('reads at grade 8 or below', () => {
    const text = [
      HOME_INTRO,
      meetingLine(home),
      dueLine('2026-12-04', home.today),
      nextStepLine('2026-11-30', home.today),
      lateLine({ id: 'x', title: 'Records', due: '2026-11-27', daysLate: 6 }, home.today),
      'No steps are coming up. Open the plan to see what is done.',
      'Add the next meeting to get a plan with dates.',
      'Your steps that are late. The school is late with.',
    ].join(' ');
    expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });
});
