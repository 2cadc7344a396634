import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/index.js';
import { closuresSaid } from './closures-said.js';
import { extractItems } from './extract-items.js';

// Meeting: Wednesday 2026-09-16 (the next Monday is the 21st), and Tuesday 2026-11-17 for Thanksgiving week.
const WED = '2026-09-16';
const days = (texts: string[], meeting = WED) =>
  closuresSaid(texts, toIsoDate(meeting)).map((c) => [c.from, c.to]);

describe('closuresSaid: the days off a meeting names', () => {
  it.each<[string, string, string]>([
    ['Monday the 21st is a teacher workday, no kids.', '2026-09-21', '2026-09-21'],
    ["Quick reminder, we're off Monday, no school.", '2026-09-21', '2026-09-21'],
    ["There's no school on Friday.", '2026-09-18', '2026-09-18'],
    ["Monday's the holiday.", '2026-09-21', '2026-09-21'],
    ['Remember that ten days does not count Monday.', '2026-09-21', '2026-09-21'],
    ['Friday is a PD day for staff.', '2026-09-18', '2026-09-18'],
    ['And Monday you guys are off, right. Yeah.', '2026-09-21', '2026-09-21'],
  ])('%s', (text, from, to) => {
    expect(days([text])).toEqual([[from, to]]);
  });

  it('reads a range to the weekday after its first day, not after the meeting', () => {
    expect(
      days(["Before we start, we're off Wednesday the 25th through Friday for Thanksgiving."], '2026-11-17'),
    ).toEqual([['2026-11-25', '2026-11-27']]);
  });

  it('reads bare weekdays in the week the sentence names: next week, or Thanksgiving week', () => {
    // Monday 2026-11-16: "Thursday" alone would be the 19th.
    expect(days(["We're off Thursday and Friday next week."], '2026-11-16')).toEqual([
      ['2026-11-26', '2026-11-26'],
      ['2026-11-27', '2026-11-27'],
    ]);
    // Wednesday 2026-11-18: the Thursday and Friday of Thanksgiving, not of this week.
    expect(
      days(["With Thanksgiving, we're off Thursday and Friday, so it's the fourth."], '2026-11-18'),
    ).toEqual([
      ['2026-11-26', '2026-11-26'],
      ['2026-11-27', '2026-11-27'],
    ]);
    // With no week named, the next Friday after the meeting.
    expect(days(["We're off Friday."], '2026-11-16')).toEqual([['2026-11-20', '2026-11-20']]);
  });

  it('reads each day of a list of days off', () => {
    expect(
      days(
        ["I'll have it done in ten school days, and we're out the twenty-sixth and twenty-seventh."],
        '2026-11-17',
      ),
    ).toEqual([
      ['2026-11-26', '2026-11-26'],
      ['2026-11-27', '2026-11-27'],
    ]);
  });

  it('takes Lincoln Day and Truman Day named in the meeting as days off (core counts them as school days)', () => {
    expect(days(["With Lincoln Day in there, that's the twenty-fifth."], '2027-02-09')).toEqual([
      ['2027-02-12', '2027-02-12'],
    ]);
    expect(days(['She got into Truman State, and she starts at Lincoln Elementary.'], '2027-05-03')).toEqual(
      [],
    );
  });

  it('leaves out the day given as the new date, questions, people off work, and the past', () => {
    expect(
      days([
        "Friday's a holiday, so I'll send it Monday.",
        'Is Monday a holiday?',
        "I'm off Thursday, so email Ms. Ortiz.",
        'He was out Monday with a fever.',
        'She takes a day off Tuesday for the appointment.',
      ]),
    ).toEqual([['2026-09-18', '2026-09-18']]);
  });

  it('reads a break said in the meeting as its week, and marks it a break', () => {
    const said = (text: string) =>
      closuresSaid([text], toIsoDate('2026-03-10')).map((c) => [c.from, c.to, c.reason]);
    expect(said("Spring break's the week of the 23rd.")).toEqual([
      ['2026-03-23', '2026-03-27', 'Spring break, said in the meeting'],
    ]);
    expect(said("We're off starting the 30th for break, right?")).toEqual([
      ['2026-03-30', '2026-04-03', 'School break, said in the meeting'],
    ]);
    // A week named for something else closes nothing; a one-day closure stays one day.
    expect(said("The book fair's the week of the 23rd.")).toEqual([]);
    expect(said("We're off starting the 30th.")).toEqual([
      ['2026-03-30', '2026-03-30', 'Day off said in the meeting'],
    ]);
  });

  it('runs days off to the day before the day back, a holiday as the end or none', () => {
    const said = (text: string, meeting = '2026-12-09') =>
      closuresSaid([text], toIsoDate(meeting)).map((c) => [c.from, c.to, c.reason]);
    expect(said("We're out the 21st through New Year's, back on the 4th.")).toEqual([
      ['2026-12-21', '2027-01-03', 'Day off said in the meeting'],
    ]);
    expect(said("Winter break, we're out the 21st and back on Monday the 4th.")).toEqual([
      ['2026-12-21', '2027-01-03', 'Winter break, said in the meeting'],
    ]);
    // Said on December 2nd, "the 4th" after the 21st is January's.
    expect(said("We're out the 21st through New Year's, back on the 4th.", '2026-12-02')).toEqual([
      ['2026-12-21', '2027-01-03', 'Day off said in the meeting'],
    ]);
    // Getting back to someone is not being back at school; a day back weeks later is another matter.
    expect(said("We're off Friday the 11th, and I'll get back to you on the 14th.")).toEqual([
      ['2026-12-11', '2026-12-11', 'Day off said in the meeting'],
    ]);
    expect(said("We're off Friday the 11th, and we're back on February 2nd for the review.")).toEqual([
      ['2026-12-11', '2026-12-11', 'Day off said in the meeting'],
    ]);
  });

  it('counts "in ten school days" around a winter break said with its day back', () => {
    const [item] = extractItems(
      [
        {
          speaker: 'Ms. Okafor',
          text: "I'll have the draft to you in ten school days. Just so you know, we're out the 21st through New Year's, back on the 4th.",
          start: null,
        },
      ],
      {
        meetingDate: '2026-12-09',
        method: 'rules',
        speakers: [{ name: 'Ms. Okafor', role: 'case manager' }],
      },
    );
    // Seven school days before the break (the 10th to the 18th), then January 4th, 5th and 6th.
    expect(item?.due).toBe('2027-01-06');
  });

  it('reads nothing further than the months ahead', () => {
    expect(days(["We're off on March 15th."])).toEqual([]);
  });
});
