import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.js';
import { resolveDue } from './dates.js';

// Meeting on Monday 2026-12-07 unless said otherwise.
const MEETING = '2026-12-07' as IsoDate;
const due = (s: string, meeting = MEETING) => resolveDue(s, meeting).due;

describe('resolveDue', () => {
  it.each([
    ["I'll send it by Friday.", '2026-12-11'],
    ['We will meet again in two weeks.', '2026-12-21'],
    ['I will email the graphs by the end of the month.', '2026-12-31'],
    ["I'll update the goals by December 15th.", '2026-12-15'],
    ["We'll send the list by January 8th.", '2027-01-08'],
    ["I'll get the form to you tomorrow.", '2026-12-08'],
    ["I'll sign it today.", '2026-12-07'],
    // Said on a Monday, "on Monday" is next Monday.
    ["I'm going to start on Monday.", '2026-12-14'],
    ['The OT will send it next week.', '2026-12-18'],
    ["I'll email the notes by the end of the week.", '2026-12-11'],
    ["I'll email the notes by end of next week.", '2026-12-18'],
    ['Dr. Patel will write the report within 30 days.', '2027-01-06'],
    ['We will answer within 10 business days.', '2026-12-21'],
    ["I'll call you by the 15th.", '2026-12-15'],
    ["I'll call you on the 3rd.", '2027-01-03'],
    ["We'll meet Monday the 14th.", '2026-12-14'],
    ["We'll meet December the 15th.", '2026-12-15'],
    ['We will have it within a week.', '2026-12-14'],
    ['You will hear from us in a month.', '2027-01-07'],
  ])('%s -> %s', (sentence, expected) => {
    expect(due(sentence)).toBe(expected);
  });

  it.each([
    'We will schedule the FBA before winter break.',
    "I'll bring it to the next meeting.",
    'We will finish it within 10 school days.',
    'I can send a log home every Friday.',
    'His fluency went up since September.',
    'He has 60 minutes per week of speech.',
    'We will add it next month.',
    'Why was his recess taken away last Tuesday?',
    'We will look at it by the end of the semester.',
    'I will say the data looks good.',
  ])('no date: %s', (sentence) => {
    expect(due(sentence)).toBeNull();
  });

  it('never gives a date before the meeting', () => {
    expect(due('It happened on December 1st.')).toBe('2027-12-01');
    expect(due("I'll send it Thursday.", '2026-12-10' as IsoDate)).toBe('2026-12-17');
  });

  it('on a weekend, "end of the week" is the coming Friday', () => {
    expect(due("I'll send it by the end of the week.", '2026-12-12' as IsoDate)).toBe('2026-12-18');
  });

  it('gives the span of the date phrase with its "by"', () => {
    const s = "I'll send it by Friday, promise.";
    const r = resolveDue(s, MEETING);
    expect(r.span).not.toBeNull();
    const [from, to] = r.span ?? [0, 0];
    expect(s.slice(from, to)).toBe('by Friday');
  });

  it('with deadlineOnly, a date counts only after "by", "on", "within" and the like', () => {
    expect(resolveDue("He's not here today.", MEETING, { deadlineOnly: true }).due).toBeNull();
    expect(resolveDue('We agreed to meet on January 12th.', MEETING, { deadlineOnly: true }).due).toBe(
      '2027-01-12',
    );
  });
});
