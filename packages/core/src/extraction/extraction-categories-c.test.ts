import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// One test per kind of mistake found on held-out set C (now corpus/seen-c), with wording written for this file (not
// copied from any corpus meeting), read by the rules alone. The meeting is on Tuesday 2027-04-13.

const meetingDate = '2027-04-13';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Varga', role: 'case manager' },
  { name: 'Mr. Soto', role: 'interpreter' },
  { name: 'Dana Pike', role: 'parent' },
];
const { say, kindOf } = rulesMeeting(meetingDate, speakers);

describe("the speaker's own part in the meeting is not a promise", () => {
  it.each([
    'Sure. I will interpret for him, and I will tell you in English what she says.',
    'Alright, so I will start.',
    "Great, I'll see her after lunch.",
    'See you all Thursday, then.',
    "I can't do four o'clock, but I can do 4:30.",
    'We can do Friday morning.',
  ])('%s', (text) => {
    expect(kindOf(say('Ms. Varga', text))).toBeNull();
  });

  it.each([
    "I'll translate the summary letter into Spanish and send it home by Friday.",
    "I'll start the referral for the assistive technology evaluation this week.",
    "I'll see if the district can cover the bus, and call you Thursday.",
  ])('still a promise: %s', (text) => {
    expect(kindOf(say('Ms. Varga', text))).toBe('commitment');
  });
});
