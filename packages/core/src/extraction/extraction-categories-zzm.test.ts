import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-two, from the misses of sets ZZM to ZZQ after they were scored blind. Wording written for this file,
// not taken from the sets. The meeting is on Tuesday 2026-09-15.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { itemsOf } = rulesMeeting('2026-09-15', roster);

describe('whose relayed promise it is', () => {
  it("\"Dr. Lee's nurse -- Marisol -- told me they'd fax it\" is the nurse's, named", () => {
    expect(
      itemsOf(
        "So Dr. Lee's nurse -- Marisol -- told me they'd fax the new orders over Thursday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Marisol');
  });

  it('"his dad said -- ... -- and Carla said she\'d email it" is Carla\'s, the one named right before', () => {
    expect(
      itemsOf(
        "And his dad said -- he keeps the log on weekends -- and Carla said she'd email it to the nurse every Monday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Carla');
  });

  it('"because Mr. Soto flagged it. I talked to Ray, the dispatcher, and he said he\'d..." is Ray\'s', () => {
    expect(
      itemsOf(
        "I called the bus company this morning, because Mr. Soto flagged it. I talked to Ray, he's the dispatcher, and he said he'd fix the pickup time by Monday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Ray');
  });
});
