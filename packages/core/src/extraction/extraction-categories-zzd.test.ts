import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-nine, from set ZZD's misses after it was scored blind. Wording written for this file, not taken
// from the set. The meeting is on Tuesday 2026-03-10.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { itemsOf, kindsOf } = rulesMeeting('2026-03-10', roster);

describe("the speaker's part in this meeting is no promise", () => {
  it.each([
    "I'm new to her, so I'm going to be asking a lot of questions.",
    "Okay, I'm gonna give it one more minute, Mr. Lane is on his way up.",
    "My husband's going to try to call in from work.",
    "My husband's going to try to call in, he's on a job site.",
  ])('%s', (text) => {
    expect(kindsOf(text, 'Dana Ruiz')).toEqual([]);
  });

  it('"I\'ll call in to the district office tomorrow" is one', () => {
    expect(itemsOf("I'll call in to the district office tomorrow and ask about the bus.")[0]?.due).toBe(
      '2026-03-11',
    );
  });
});
