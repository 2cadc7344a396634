import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-two, from sets ZQ, ZR and ZS's misses after they were scored blind. Wording written for this file,
// not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const { itemsOf, kindsOf } = rulesMeeting('2026-03-10', [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[]);

describe('the plan typed as it is settled', () => {
  it.each([
    "Okay, I'm putting it in: small-group testing for MAP and for unit tests.",
    "So I'm writing that in -- a phone for the class on field trips.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('agreement');
  });

  it.each([
    "I'm typing it in right now: the parent disagrees with the three items we declined.",
    "I'm putting this in my planner so I don't forget it.",
  ])('%s is no decision', (text) => {
    expect(kindsOf(text, 'Dana Ruiz')).not.toContain('agreement');
  });
});

describe('dates', () => {
  it('"I\'ll email you everything from today ... by the end of the week" is due Friday', () => {
    expect(
      itemsOf(
        "I'll email you the draft with everything from today -- the minutes, the goals -- by the end of the week.",
      )[0]?.due,
    ).toBe('2026-03-13');
  });

  it('"She said she\'d fax it. She told me by Friday." is due Friday', () => {
    expect(itemsOf("Dr. Lane's nurse said she'd fax you the report. She told me by Friday.")[0]?.due).toBe(
      '2026-03-13',
    );
  });

  it('a past sentence about something else still dates nothing', () => {
    expect(
      itemsOf("Dr. Lane said she'd fax you the report. She told me on Monday she was swamped.")[0]?.due,
    ).toBeNull();
  });
});

describe('getting a thing done is a promise', () => {
  it.each([
    "Those copies are fuzzy, that's on us. We'll get that fixed.",
    "I'll get it set up for the specials teachers.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('commitment');
  });
});

describe('a no', () => {
  it.each([
    "Oh, I'd love to, honestly, but I can't. I'm the only nurse for two buildings.",
    "No. We don't reimburse private tutoring. There's free tutoring in the library.",
    "Honestly, I think 120 is right. She doesn't need more time pulled out with me.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('refusal');
  });
});

describe('taking the floor is no promise', () => {
  it('"So, I\'ll take this one." before an answer', () => {
    expect(
      kindsOf("So, I'll take this one. She scored in the average range on every subtest."),
    ).not.toContain('commitment');
  });
});
