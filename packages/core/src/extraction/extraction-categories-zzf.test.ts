import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-eight, from set ZZF's misses after it was scored blind. Wording written for this file, not taken
// from the set. The meeting is on Thursday 2026-11-12.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf } = rulesMeeting('2026-11-12', roster);

describe('the day meant', () => {
  it('"by the 15th -- December 15th": the day said again with its month', () => {
    expect(itemsOf("I'll have the next meeting on the calendar by the 15th -- December 15th.")[0]?.due).toBe(
      '2026-12-15',
    );
  });

  it('"the whole week of Thanksgiving, the 23rd through the 27th" is off when school days are counted', () => {
    const items = extract(
      say('Ms. Hale', "We're off the whole week of Thanksgiving, the 23rd through the 27th."),
      say('Ms. Hale', "I'll send you the written notice in ten school days."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-12-03');
  });
});

describe('whose relayed promise it is', () => {
  it('"she said she\'d email you the results and walk you through them" is a promise, not a step in the meeting', () => {
    expect(
      itemsOf(
        "I talked to Ms. Kessler, and she said she'd email you the results and walk you through them.",
      )[0]?.who,
    ).toBe('Ms. Kessler');
  });

  it("\"Dr. Ferris's office said they'd fax it\" is the doctor's", () => {
    expect(
      itemsOf("Dr. Ferris's office said they'd fax you the new orders by next Tuesday.", 'Dana Ruiz')[0]?.who,
    ).toBe('Dr. Ferris');
  });
});
