import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round thirty, from set ZZC's misses after it was scored blind. Wording written for this file, not taken from the
// set. The meeting is on Tuesday 2026-03-10.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
  { name: 'Pat Owens', role: 'advocate' },
] satisfies SpeakerRole[];
const { say, extract } = rulesMeeting('2026-03-10', roster);

describe('asking for it in the notice', () => {
  it('"Please put that in the PWN too." "Will do." is a promise, not a change to the plan', () => {
    const items = extract(
      say('Pat Owens', 'Please put that in the notice too.'),
      say('Ms. Hale', 'Will do. Same notice, same date.'),
    );
    expect(items.map((i) => [i.kind, i.who])).toEqual([['commitment', 'Ms. Hale']]);
  });

  it('"Go ahead and put that in." still settles a change to the plan', () => {
    const items = extract(
      say('Ms. Hale', 'We could add a break card.'),
      say('Dana Ruiz', 'Yes. Go ahead and put that in.'),
    );
    expect(items.map((i) => i.kind)).toEqual(['agreement']);
  });
});
