import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// One test per kind of mistake found on held-out set D (now corpus/seen-d), with wording written for this file (not
// copied from any corpus meeting), read by the rules alone. The meeting is on Wednesday 2027-02-10.

const meetingDate = '2027-02-10';
const speakers: SpeakerRole[] = [
  { name: 'Mrs. Okoye', role: 'case manager' },
  { name: 'Mr. Lund', role: 'school psychologist' },
  { name: 'Tara Boone', role: 'parent' },
];
const { say, kindOf } = rulesMeeting(meetingDate, speakers);

describe('the agenda read out at the start is not a decision, a promise or a no', () => {
  it.each([
    "Okay, so this is Eli's annual review, and since he turns fourteen we'll add the transition pages today.",
    "We're here today to amend Rosa's IEP to add the reading services, and Mr. Lund is going to go over his testing.",
    "So this is a 504 review, we're not rewriting the whole plan, only the testing part.",
    'Today is mostly about the behavior plan, and then we will add the new goals at the end.',
  ])('%s', (text) => {
    expect(kindOf(say('Mrs. Okoye', text))).toBeNull();
  });
});

describe('the same words still count when the decision or the promise is really there', () => {
  it('an agreement said outright inside the framing stays an agreement', () => {
    expect(
      kindOf(
        say(
          'Mrs. Okoye',
          "So this is Eli's eligibility meeting, and we are all in agreement that he qualifies.",
        ),
      ),
    ).toBe('agreement');
  });

  it('a dated errand inside the framing stays a promise', () => {
    expect(
      kindOf(
        say('Mrs. Okoye', "We're here to review the plan, and I will email you the new schedule by Friday."),
      ),
    ).toBe('commitment');
  });

  it('a plan change outside any framing is still an agreement', () => {
    expect(
      kindOf(
        say('Tara Boone', 'Could he have the tests read aloud?'),
        say('Mrs. Okoye', "Yes, we'll add read-aloud for tests to his accommodations."),
      ),
    ).toBe('agreement');
  });
});
