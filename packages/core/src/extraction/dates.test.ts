import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addSchoolDays,
  isIsoDate,
  shiftDays,
  weekday,
  type IsoDate,
} from '../calendar/index.js';
import { findDatePhrases, resolveDue } from './dates.js';

// One table per convention of the labeling guide. Meetings: Monday 2026-12-07 and Wednesday 2026-12-09 unless a
// row says otherwise.
const MON = '2026-12-07' as IsoDate;
const WED = '2026-12-09' as IsoDate;
const due = (s: string, meeting: IsoDate = MON) => resolveDue(s, meeting).due;

type Row = [sentence: string, meeting: IsoDate, expected: string | null];

describe('dates: today and tomorrow', () => {
  it.each<Row>([
    ["I'll sign it today.", MON, '2026-12-07'],
    ["I'll resend it tonight.", WED, '2026-12-09'],
    ["I'll email it by the end of the day.", WED, '2026-12-09'],
    ["I'll get the form to you tomorrow.", MON, '2026-12-08'],
    ["I'll email everyone the draft tomorrow morning.", WED, '2026-12-10'],
    ["We'll call the day after tomorrow.", WED, '2026-12-11'],
    ["I'll send it tomorrow.", '2026-12-31' as IsoDate, '2027-01-01'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: a weekday is the next such day after the meeting', () => {
  it.each<Row>([
    ["I'll send it by Friday.", WED, '2026-12-11'],
    ["I'll send it Monday.", WED, '2026-12-14'],
    ["I'm going to start on Monday.", MON, '2026-12-14'],
    ["I'll call you Wednesday.", WED, '2026-12-16'],
    ["I'll have it to you this Friday.", MON, '2026-12-11'],
    ["I'll drop off the orders on Monday, he sees her Friday.", MON, '2026-12-14'],
    ['I can send it before Friday.', MON, '2026-12-11'],
    ["I'll email everyone the plan by Friday afternoon.", MON, '2026-12-11'],
    ["I'll send it Thursday, okay?", MON, '2026-12-10'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: "next Tuesday" is the Tuesday of the following week', () => {
  it.each<Row>([
    ['I will train the teacher by next Wednesday.', MON, '2026-12-16'],
    ['I will train the teacher by next Wednesday.', WED, '2026-12-16'],
    ["I'll send dates by next Tuesday.", '2027-01-15' as IsoDate, '2027-01-19'],
    ["I'll call by next Friday.", '2026-12-11' as IsoDate, '2026-12-18'],
    ["I'll call next Monday.", WED, '2026-12-14'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: this week is its Friday, next week the Friday after', () => {
  it.each<Row>([
    ["I'll email the notes by the end of the week.", MON, '2026-12-11'],
    ["I'll call you this week.", WED, '2026-12-11'],
    ["I'll get those from the doctor's office this week.", MON, '2026-12-11'],
    ['The OT will send the handout next week.', MON, '2026-12-18'],
    ['The OT will send the handout next week.', WED, '2026-12-18'],
    ["I'll email the notes by end of next week.", MON, '2026-12-18'],
    // A Friday meeting: "this week" is that day.
    ["I'll send it by the end of the week.", '2026-11-06' as IsoDate, '2026-11-06'],
    // A Saturday meeting: the meeting's week is over, so the coming week.
    ["I'll send it by the end of the week.", '2026-12-12' as IsoDate, '2026-12-18'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: N days, N school or business days, weeks, months', () => {
  it.each<Row>([
    ['Dr. Patel will write the report within 30 days.', MON, '2027-01-06'],
    ["I'll write it up and send it in two days.", '2026-08-26' as IsoDate, '2026-08-28'],
    ['We will answer within 10 business days.', MON, '2026-12-21'],
    // Thanksgiving (Thursday 2026-11-26) and the Friday after it are skipped.
    ["I'll email you the plan within five school days.", '2026-11-19' as IsoDate, '2026-11-30'],
    // Veterans Day (Wednesday 2026-11-11) is skipped.
    ["I'll send it in the next five business days.", '2026-11-06' as IsoDate, '2026-11-16'],
    // Martin Luther King Jr. Day (Monday 2027-01-18) is skipped.
    ["I'll get it to you in five business days.", '2027-01-15' as IsoDate, '2027-01-25'],
    // Truman Day (Friday 2026-05-08) is skipped.
    // Truman Day (Friday May 8) is a school day: districts may keep school on it.
    ["I'll get the inventory to him in five school days or so.", '2026-05-01' as IsoDate, '2026-05-08'],
    // Juneteenth 2027 is a Saturday: not moved, so Friday 2027-06-18 counts.
    ["We'll send you a Notice of Action within ten school days.", '2027-06-15' as IsoDate, '2027-06-29'],
    ['We will finish it within 10 school days.', MON, '2026-12-21'],
    ['We will meet again in two weeks.', MON, '2026-12-21'],
    ["I'll have the revised draft to you in two weeks.", '2027-02-09' as IsoDate, '2027-02-23'],
    ['We will have it within a week.', MON, '2026-12-14'],
    ["I'll write it up and get it to you in a week.", '2027-02-26' as IsoDate, '2027-03-05'],
    ['You will hear from us in a month.', MON, '2027-01-07'],
    ["We'll decide within a month.", '2027-01-31' as IsoDate, '2027-02-28'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: a day of the month, a month and a day, the end of the month', () => {
  it.each<Row>([
    ["I'll call you by the 15th.", MON, '2026-12-15'],
    ["I'll call you on the 3rd.", MON, '2027-01-03'],
    ["I'll send you a copy by 15th.", MON, '2026-12-15'],
    ['I can send the results on the 20th.', '2026-10-14' as IsoDate, '2026-10-20'],
    // A deadline set on the 7th "by the 7th" is next month's 7th (blind set ZZR labeled it so; "today" says today).
    ["I'll bring the form by the 7th.", MON, '2027-01-07'],
    ["I'll bring the form on the 7th.", MON, '2026-12-07'],
    ["We'll meet Monday the 14th.", MON, '2026-12-14'],
    ["We'll meet December the 15th.", MON, '2026-12-15'],
    ["I'll update the goals by December 15th.", MON, '2026-12-15'],
    ["I'll update the goals by December 15.", MON, '2026-12-15'],
    ["We'll send the list by January 8th.", MON, '2027-01-08'],
    ["You'll have it after the break, by January 8th.", '2026-12-17' as IsoDate, '2027-01-08'],
    ["I'll send it by December 1st.", MON, '2027-12-01'],
    ['I will email the graphs by the end of the month.', MON, '2026-12-31'],
    ["I'll send the referral by the end of the month.", '2027-02-09' as IsoDate, '2027-02-28'],
  ])('%s (meeting %s) -> %s', (s, meeting, expected) => expect(due(s, meeting)).toBe(expected));
});

describe('dates: phrases with no date', () => {
  it.each([
    'We will schedule the FBA before winter break.',
    "I'll try to get those out to you before spring break.",
    "Sure, I'll email it to you before break.",
    "I'll bring it to the next meeting.",
    'We will look at it by the end of the semester.',
    "I'll get it to you soon.",
    "I'll send it ASAP.",
    "We'll look at it in the next few weeks.",
    'I can send a log home every Friday.',
    "I'll send them on Fridays.",
    'We will add it next month.',
    "We'll start it in January.",
    'His fluency went up since September.',
    'He has 60 minutes per week of speech.',
    'Why was his recess taken away last Tuesday?',
    'I will say the data looks good.',
    "I'll fill it out this weekend.",
    "I'll put the word list in the Friday folder.",
    "She didn't give me a day, though.",
  ])('%s', (s) => expect(due(s)).toBeNull());
});

describe('resolveDue options', () => {
  it('gives the span of the date phrase with its "by"', () => {
    const s = "I'll send it by Friday, promise.";
    const r = resolveDue(s, MON);
    const [from, to] = r.span ?? [0, 0];
    expect(s.slice(from, to)).toBe('by Friday');
  });

  it('with deadlineOnly, a date counts only after "by", "on", "within" and the like', () => {
    expect(resolveDue("He's not here today.", MON, { deadlineOnly: true }).due).toBeNull();
    expect(resolveDue('We agreed to meet on January 12th.', MON, { deadlineOnly: true }).due).toBe(
      '2027-01-12',
    );
  });

  it('with `from`, prefers the first date after that position', () => {
    const s = 'He sees her Friday, so I will bring the note Monday.';
    expect(resolveDue(s, MON).due).toBe('2026-12-11');
    expect(resolveDue(s, MON, { from: s.indexOf('I will') }).due).toBe('2026-12-14');
  });

  it('lists every phrase in order, with null for the ones with no date', () => {
    const phrases = findDatePhrases("I'll email it before spring break or by Friday.", MON);
    expect(phrases.map((p) => p.due)).toEqual([null, '2026-12-11']);
  });
});

const meetingDate = fc.integer({ min: 0, max: 4 * 365 }).map((n) => shiftDays('2025-01-01' as IsoDate, n));
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe('date properties', () => {
  const phrases = [
    'by Friday',
    'tomorrow',
    'today',
    'in two weeks',
    'by the end of the month',
    'by December 15th',
    'on Monday',
    'next Tuesday',
    'next week',
    'by the end of the week',
    'within 30 days',
    'by the 3rd',
    'on January 8th',
    'within 10 business days',
    'in ten school days',
    'in a month',
  ];

  it('a resolved date is a real date, never before the meeting, and within about a year', () => {
    fc.assert(
      fc.property(meetingDate, fc.constantFrom(...phrases), (date, phrase) => {
        const found = resolveDue(`I will send the report ${phrase}.`, date).due;
        expect(found).not.toBeNull();
        expect(isIsoDate(found)).toBe(true);
        expect((found ?? '') >= date).toBe(true);
        expect((found ?? '') <= shiftDays(date, 366)).toBe(true);
      }),
    );
  });

  it('a weekday name resolves to that weekday, 1 to 7 days after the meeting', () => {
    fc.assert(
      fc.property(meetingDate, fc.integer({ min: 1, max: 7 }), (date, day) => {
        const found = resolveDue(`I'll call you ${DAY_NAMES[day - 1] ?? ''}.`, date).due as IsoDate;
        expect(weekday(found)).toBe(day);
        expect(found > date && found <= shiftDays(date, 7)).toBe(true);
      }),
    );
  });

  it('"next <weekday>" is that weekday in the week after the meeting\'s week', () => {
    fc.assert(
      fc.property(meetingDate, fc.integer({ min: 1, max: 7 }), (date, day) => {
        const found = resolveDue(`I'll call you next ${DAY_NAMES[day - 1] ?? ''}.`, date).due as IsoDate;
        const mondayAfter = shiftDays(date, 8 - weekday(date));
        expect(weekday(found)).toBe(day);
        expect(found >= mondayAfter && found <= shiftDays(mondayAfter, 6)).toBe(true);
      }),
    );
  });

  it('"in N school days" is the calendar\'s N school days, and never earlier than N calendar days', () => {
    fc.assert(
      fc.property(meetingDate, fc.integer({ min: 1, max: 30 }), (date, n) => {
        const found = resolveDue(`I'll send it in ${n} school days.`, date).due as IsoDate;
        expect(found).toBe(addSchoolDays(date, n));
        expect(resolveDue(`I'll send it in ${n} business days.`, date).due).toBe(addBusinessDays(date, n));
        expect(found >= shiftDays(date, n)).toBe(true);
      }),
    );
  });

  it('a closed day in the count moves "in N school days" one school day later; a closed weekend moves nothing', () => {
    fc.assert(
      fc.property(meetingDate, fc.integer({ min: 1, max: 20 }), (date, n) => {
        const plain = addSchoolDays(date, n);
        const firstSchoolDay = addSchoolDays(date, 1);
        const closures = [{ from: firstSchoolDay, to: firstSchoolDay, reason: 'Teacher workday' }];
        const closed = resolveDue(`I'll send it in ${n} school days.`, { date, closures }).due as IsoDate;
        expect(closed).toBe(addSchoolDays(plain, 1));
        const saturday = shiftDays(date, ((6 - weekday(date) + 6) % 7) + 1);
        const weekend = [{ from: saturday, to: shiftDays(saturday, 1), reason: 'Weekend' }];
        expect(resolveDue(`I'll send it in ${n} school days.`, { date, closures: weekend }).due).toBe(plain);
      }),
    );
  });

  it('"this week" and "next week" are Fridays one week apart', () => {
    fc.assert(
      fc.property(meetingDate, (date) => {
        const thisWeek = resolveDue('I will send it this week.', date).due as IsoDate;
        const nextWeek = resolveDue('I will send it next week.', date).due as IsoDate;
        expect(weekday(thisWeek)).toBe(5);
        expect(nextWeek).toBe(shiftDays(thisWeek, 7));
        expect(thisWeek >= date).toBe(true);
      }),
    );
  });
});
