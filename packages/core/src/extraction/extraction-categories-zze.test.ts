import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-seven, from set ZZE's misses after it was scored blind. Wording written for this file, not taken
// from the set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf, kindsOf } = rulesMeeting('2026-03-10', roster);

describe('the day restated after the promise', () => {
  it.each([
    [
      "I'll send the clean copy home by Friday -- oh, that's the 13th, too soon. By next Friday, let's say.",
      '2026-03-20',
    ],
    [
      "I'll have the list to you in ten school days. No, that's too slow for him. Five. Five school days.",
      '2026-03-17',
    ],
  ])('%s', (text, due) => {
    expect(itemsOf(text)[0]?.due).toBe(due);
  });

  it('a day said alone after a promise with nothing taken back is not a restatement', () => {
    expect(itemsOf("I'll send the log home Friday. Monday, the data meeting.")[0]?.due).toBe('2026-03-13');
  });
});

describe('a day counted from a day said before', () => {
  it('"that Monday after" the day the fair was given', () => {
    expect(
      itemsOf(
        "After the book fair -- that's the 21st -- things slow down. I'll call you that Monday after.",
      )[0]?.due,
    ).toBe('2026-03-23');
  });
});

describe('events said without "the"', () => {
  it('"by the Friday before state testing", with testing the week of the 23rd', () => {
    const items = extract(
      say('Ms. Hale', "State testing's the week of the 23rd, so there's a little time."),
      say('Ms. Hale', "I'll get you a draft by the Friday before state testing."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-20');
  });

  it('"the Thursday before the concert"', () => {
    const items = extract(
      say('Ms. Hale', 'The spring concert is Tuesday the 24th.'),
      say('Ms. Hale', "I'll have his ear protection in by the Thursday before the concert."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-19');
  });
});

describe('whose relayed promise it is', () => {
  it.each([
    [
      'So I talked to Hank at the bus garage this morning, and he said he would call you about the stop on Monday.',
      'Hank',
    ],
    [
      "Oh, and Mandy -- the OT -- asked me to tell you she found the grips. She said she'd send them home Thursday.",
      'Mandy',
    ],
    [
      "It's a real employer who already knows him. So I talked to Larry last week. He said he'd call you by Friday.",
      'Larry',
    ],
  ])('%s', (text, who) => {
    expect(itemsOf(text, 'Dana Ruiz')[0]?.who).toBe(who);
  });
});

describe('not promises', () => {
  it('"Mostly. I\'ll take mostly." accepts it', () => {
    expect(kindsOf("Mostly. I'll take mostly.", 'Dana Ruiz')).toEqual([]);
  });
});
