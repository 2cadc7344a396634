import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round forty, from the misses of sets R40A to R40E (read after they decided the last retrain). Wording written for
// this file, not taken from the sets. The meeting is on Wednesday 2026-10-07.

const roster = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Lena Park', role: 'parent' },
  { name: 'Ms. Ruiz', role: 'facilitator' },
] satisfies SpeakerRole[];
const { itemsOf, kindsIn } = rulesMeeting('2026-10-07', roster);

describe('an offer waits on the family even after "and" or a name', () => {
  // (The first three were none before this round too, by other rules: guards here.)
  it.each([
    'Jaden, if you want that, I can set it up.',
    'And, um, if it would help at home, I could send his word list home on Fridays.',
    "Mrs. Park, if you'd like, I can call the bus office.",
    'Okay, well, if that helps, I can bring the sample to the next meeting.',
    'And if it helps, I can send Mr. Lee the names of the two tutoring places we use.',
    'And if she wants, we can try to set the check-in on a Thursday, since that is her day off.',
  ])('"%s" is none', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it.each([
    'And if she misses class for the nurse, I can try to get her the notes the same day.',
    'Jaden, I can set it up by Friday.',
  ])('guard: "%s" is still a promise (the condition is an event, or there is none)', (text) => {
    expect(itemsOf(text).map((i) => i.kind)).toEqual(['commitment']);
  });
});

describe('a question put on the parking lot or held for later is left open', () => {
  it.each([
    'Parking lot? I want it answered properly.',
    "I'm going to hold that one for item three, because it's really a transition question.",
    "Let me put 'summer device checkout' on the parking lot.",
  ])('the reply "%s" leaves it open', (reply) => {
    expect(
      kindsIn([
        ['Lena Park', 'Can his talker come home over the summer, or does it stay in the building?'],
        ['Ms. Ruiz', reply],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it('guard: a reply that answers it settles it', () => {
    expect(
      kindsIn([
        ['Lena Park', 'Can his talker come home over the summer, or does it stay in the building?'],
        ['Ms. Okafor', 'It comes home. Families sign it out in May, and it goes back in August.'],
      ]),
    ).toEqual([]);
  });
});
