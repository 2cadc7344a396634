import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round seventeen, from sets ZE and ZF's misses after they were scored blind: a break named as "the week of the
// thirtieth" in the sentence that counts school days, a yes and then "do the FBA", a list settled with "Done.",
// the speaker's own turn ("I'll back up", "then I'll stop", "I'll read the goals back"), and "the district doesn't
// purchase". Wording written for this file, not taken from any corpus set. The meeting is on Wednesday 2026-03-18.

const meetingDate = '2026-03-18';
const speakers: SpeakerRole[] = [
  { name: 'Mrs. Lund', role: 'case manager' },
  { name: 'Mr. Ames', role: 'district representative' },
  { name: 'Rosa Diaz', role: 'parent' },
];
const { itemsOf, kindsOf, kindOf, say } = rulesMeeting(meetingDate, speakers);

describe('dates', () => {
  it('counts school days without a break said as "the week of" a day in the same sentence', () => {
    const [item] = itemsOf(
      "I'll have the plan sent home within ten school days, not counting spring break, which is the week of the thirtieth.",
    );
    // March 30 to April 3 are off: the tenth school day after March 18 is April 8.
    expect(item?.due).toBe('2026-04-08');
  });
});

describe('agreements', () => {
  it('hears a yes and then "do the FBA" as settling it', () => {
    expect(
      kindOf(
        say('Mrs. Lund', 'We think a functional behavior assessment would help. Are you okay with that?'),
        say('Rosa Diaz', 'Yeah. Fine. Do the FBA.'),
      ),
    ).toBe('agreement');
  });

  it('hears a list ended with "Done." as settling it, and "Okay, done." before a promise as the promise', () => {
    expect(
      kindOf(
        say('Rosa Diaz', 'Can it be five days a week?'),
        say('Mrs. Lund', 'Five days, thirty minutes. Done.'),
      ),
    ).toBe('agreement');
    expect(
      kindOf(
        say('Rosa Diaz', 'Could you send me the reading log every week?'),
        say('Mrs. Lund', "Okay, done. You'll get the first one this Friday."),
      ),
    ).toBe('commitment');
  });
});

describe('no promise', () => {
  it.each([
    "Okay, I'll back up a second.",
    'One more, and then I will stop.',
    "Okay, before we sign, I'll read the goals back.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });
});

describe('refusals', () => {
  it('hears "the district doesn\'t purchase" as a no to what was asked', () => {
    expect(
      kindOf(
        say('Rosa Diaz', 'Can the school get him a lighter wheelchair for the building?'),
        say('Mr. Ames', "The district doesn't purchase personal equipment. That goes through insurance."),
      ),
    ).toBe('refusal');
  });
});
