import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-four, from sets ZW, ZX and ZY's misses after they were scored blind. Wording written for this file,
// not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, kindOf, itemsOf, kindsOf } = rulesMeeting('2026-03-10', roster);
const december = rulesMeeting('2026-12-02', roster);

describe('dates', () => {
  it('"no, wait" takes the day back, and a day said for reference after it is not the new day', () => {
    expect(
      itemsOf(
        "I'll have it by Friday, no, wait, I'm out Friday. Monday the 16th. That still gives you time before the 20th.",
      )[0]?.due,
    ).toBe('2026-03-16');
  });

  it.each([
    ["I'll order the cushion tonight. It'll be here by Thursday.", '2026-03-12'],
    ["I'll put the work order in today. It'll be fixed by Friday.", '2026-03-13'],
  ])('the day it arrives, said after the promise: %s', (text, due) => {
    expect(itemsOf(text)[0]?.due).toBe(due);
  });

  it('"on Tuesday ... by the end of that week" is the Friday of that week', () => {
    expect(
      itemsOf("I'll observe him on Tuesday the 17th and email it out to you by the end of that week.")[0]
        ?.due,
    ).toBe('2026-03-20');
  });

  it('"the next morning" counts from the day said before it', () => {
    expect(
      itemsOf("We see the surgeon on the 18th. I'll bring the new note in the next morning.", 'Dana Ruiz')[0]
        ?.due,
    ).toBe('2026-03-19');
  });

  it('"ten school days ... so that\'s -- the 23rd" takes the day the speaker counted to', () => {
    expect(itemsOf("I'll have the report done in ten school days, so that's -- the 23rd.")[0]?.due).toBe(
      '2026-03-23',
    );
  });

  it('"I\'ll start Monday -- a full week, Monday through Friday" starts Monday', () => {
    expect(
      itemsOf("I'll start the observations Monday, a full week of data, Monday through Friday.")[0]?.due,
    ).toBe('2026-03-16');
  });

  it('"the Friday before winter break" is the last Friday before the break said', () => {
    const items = december.extract(
      december.say(
        'Ms. Hale',
        "The semester ends Thursday the 17th, that's the last day before winter break, and we're back Tuesday, January 5th.",
      ),
      december.say('Ms. Hale', "I'll have a new schedule to you the Friday before winter break."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-12-11');
  });
});

describe('the school settling it', () => {
  it.each([
    "Okay, so she's eligible under other health impairment. I'm checking that box.",
    'Okay, then those are in. Extra time, the quiet room, the breaks.',
    'Okay, so those three are in.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('agreement');
  });

  it('a concern typed into the parent concerns section settles nothing', () => {
    expect(kindsOf("It's noted. It's going in the parent concerns section, I'm typing it now.")).toEqual([]);
  });

  it('"Does the team agree with ...?" asks; it settles nothing', () => {
    expect(
      kindsOf(
        'So does the team agree with continued eligibility under SLD, in reading and written expression?',
      ),
    ).not.toContain('agreement');
  });
});

describe('steps in the meeting', () => {
  it.each([
    "So Ms. Hale's going to start us off with the reading data.",
    "Okay, I'll go fast and you stop me. His scores are in the average range.",
    "Sorry, I've got a class at one, I'm going to have to run in five minutes.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it('"Can we wrap up in five?" is no open question', () => {
    expect(kindsOf("Sorry, the delivery's here. Can we wrap up in like five?", 'Dana Ruiz')).toEqual([]);
  });
});

describe('a no from the data', () => {
  it.each([
    "He came back from break where he left off, so he doesn't meet the regression criteria for summer services.",
    "She wouldn't qualify this year, there's no regression in her data.",
  ])('%s', (text) => {
    expect(kindOf(say('Dana Ruiz', 'Can she get summer services?'), say('Ms. Hale', text))).toBe('refusal');
  });
});

describe('unchanged', () => {
  it('a promise with its own "by" keeps it', () => {
    expect(extract(say('Ms. Hale', "I'll email you the form by Thursday.")).map((i) => i.due)).toEqual([
      '2026-03-12',
    ]);
  });
});
