import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty, from sets ZK, ZL and ZM's misses after they were scored blind: due dates. Wording written for this
// file, not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th, Monday the 16th.

const speakers = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Mr. Pike', role: 'school counselor' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { extract, itemsOf, say } = rulesMeeting('2026-03-10', speakers);
const breakSaid = say('Mr. Pike', "Spring break's the week of the 16th.");
const dueOf = (...turns: ReturnType<typeof say>[]) =>
  extract(...turns).find((i) => i.kind === 'commitment' && i.source === turns.at(-1)?.text)?.due;

describe('the speaker takes back a day with "-- no"', () => {
  it('"Friday -- no. Monday." is Monday', () => {
    expect(itemsOf("I'll get the schedule to you Friday -- no. Monday. The copier's down.")[0]?.due).toBe(
      '2026-03-16',
    );
  });

  it('"Thursday, the 12th -- no, I have a field trip. Friday, the 13th." is the 13th', () => {
    expect(
      itemsOf(
        "I'll send the final plan by Thursday, the 12th -- no, I'm on a field trip. Friday, the 13th.",
      )[0]?.due,
    ).toBe('2026-03-13');
  });

  it('"-- no problem" takes nothing back', () => {
    expect(itemsOf("I'll send it Thursday -- no problem at all. Or sooner.")[0]?.due).toBe('2026-03-12');
  });
});

describe('a weekday and a day of the month said side by side are one day', () => {
  it('"the 13th, that Friday" is the 13th', () => {
    expect(itemsOf("I'll have the draft to you the 13th, that Friday.")[0]?.due).toBe('2026-03-13');
  });

  it('"actually, let me say the 20th, that Friday" is the 20th, not this Friday', () => {
    expect(
      itemsOf("I'll have it to you by Thursday -- actually, let me say the 20th, that Friday.")[0]?.due,
    ).toBe('2026-03-20');
  });

  it('"the Tuesday we\'re back, the 24th" is the 24th', () => {
    expect(itemsOf("I'll bring the form in the Tuesday we're back, the 24th.", 'Dana Ruiz')[0]?.due).toBe(
      '2026-03-24',
    );
  });

  it('a weekday that is not that day of the month keeps its own date', () => {
    expect(itemsOf("I'll call you Thursday, that's before the 13th.")[0]?.due).toBe('2026-03-12');
  });
});

describe('back from a break the meeting said', () => {
  it('"the Monday we\'re back" is the Monday after the break', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll call you the Monday we're back."))).toBe('2026-03-23');
  });

  it('"the Wednesday we\'re back" is that week\'s Wednesday', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll start the check-in sheet the Wednesday we're back."))).toBe(
      '2026-03-25',
    );
  });

  it('with no break said, "the Monday we\'re back" has no date', () => {
    expect(dueOf(say('Ms. Hale', "I'll call you the Monday we're back."))).toBeNull();
  });

  it('"before we leave for break" is the last school day before it', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll get you the graphs before we leave for break."))).toBe(
      '2026-03-13',
    );
  });

  it('a break asked about and answered in the next turn is said', () => {
    const asked = say(
      'Ms. Hale',
      "Sure, I can get you those. I'll send the reading graphs before spring break -- when is spring break?",
    );
    const answer = say('Mr. Pike', 'The week of the 16th. All week.');
    expect(extract(asked, answer).find((i) => i.kind === 'commitment')?.due).toBe('2026-03-13');
  });
});

describe('a break said with its days: "Thanksgiving break is the 25th through the 27th"', () => {
  const november = rulesMeeting('2026-11-10', speakers);
  const said = november.say(
    'Ms. Hale',
    'Heads up, Thanksgiving break is the 25th through the 27th this year.',
  );
  const due = (text: string) =>
    november.extract(said, november.say('Ms. Hale', text)).find((i) => i.kind === 'commitment')?.due;

  it('"before Thanksgiving break" is the 24th', () => {
    expect(due("I'll have the quizzes graded before Thanksgiving break.")).toBe('2026-11-24');
  });

  it('"the Monday we\'re back" is the 30th', () => {
    expect(due("I'll email you the Monday we're back.")).toBe('2026-11-30');
  });
});

describe('other sentences of the promise', () => {
  it('a day said alone after the promise is its day, even after "each week" in it', () => {
    expect(itemsOf("I'll send you the topics we're working on each week. Probably Monday.")[0]?.due).toBe(
      '2026-03-16',
    );
  });

  it('a repeating promise still borrows no date from another sentence', () => {
    expect(itemsOf("I'll check in every Monday. The next report card is the 20th.")[0]?.due).toBeNull();
  });
});

describe('who: a first name said with the office', () => {
  it('"Rhonda in transportation said she would call you" is Rhonda\'s', () => {
    const [item] = itemsOf(
      'Yes. Um, Rhonda in transportation said she would call you about the route by Friday.',
    );
    expect([item?.who, item?.due]).toEqual(['Rhonda', '2026-03-13']);
  });
});
