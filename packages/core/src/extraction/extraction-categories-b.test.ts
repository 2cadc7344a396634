import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// One test per kind of mistake found on held-out set B (now corpus/seen-b), with wording written for this file (not
// copied from any corpus meeting), read by the rules alone so a test names the rule it needs. The meeting is on
// Wednesday 2027-03-10.

const meetingDate = '2027-03-10';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Mr. Lindqvist', role: 'assistant principal' },
  { name: 'Dr. Haney', role: 'school psychologist' },
  { name: 'Rosa Medina', role: 'parent' },
];
const { say, extract, kindOf } = rulesMeeting(meetingDate, speakers);
const ask = say('Rosa Medina', 'Could he get a reading tutor three times a week instead of once?');

describe('agreements said as the change itself, or as a check with the room', () => {
  it.each([
    'Fine by us. The reading block goes in as we wrote it.',
    'Okay, so we are adding a second check-in every afternoon.',
    "Let's raise it to sixty minutes, then.",
    'Sure thing. Put it in.',
    'Alright, it will go in the accommodations page.',
    "I think we're all on board with that.",
    "Okay, we'll write that in.",
    "Let's go ahead and add the tutor.",
  ])('%s', (text) => {
    expect(kindOf(ask, say('Ms. Okafor', text))).toBe('agreement');
  });

  // Round twelve: the guide's "a question like 'Does everybody agree?'" is no agreement (writers G to O label none).
  it('asking the room whether it agrees is no agreement yet', () => {
    expect(kindOf(ask, say('Ms. Okafor', 'So are we all agreed on the small group for math?'))).toBeNull();
  });

  it.each(['Sounds good.', 'Okay.', 'Yeah, phones go in the basket by the door.', "Let's keep going."])(
    'bare assent or small talk is no agreement: %s',
    (text) => {
      expect(kindOf(ask, say('Ms. Okafor', text))).toBeNull();
    },
  );
});

describe('refusals: hedged, polite, policy-phrased', () => {
  it.each([
    "I don't think the building is going to be able to staff that.",
    "We're not going to be able to offer a daily tutor, though.",
    "We're not going to decide that today.",
    "Honestly, that's a district-level decision, not ours.",
    "We're going to hold off on the tutor for now.",
    "The data isn't showing a need for that much support.",
    "I don't think we're there yet with a one-on-one.",
    'A tutor every day would be more restrictive than he needs.',
  ])('%s', (text) => {
    expect(kindOf(ask, say('Mr. Lindqvist', text))).toBe('refusal');
  });

  it.each(['No, that is fine.', 'Not a problem at all.', "I'm not going to sugarcoat the scores."])(
    'a negation that refuses nothing: %s',
    (text) => {
      expect(kindOf(ask, say('Mr. Lindqvist', text))).not.toBe('refusal');
    },
  );

  it('a "not something the district does" answer to a question asked of the district is a refusal', () => {
    expect(
      kindOf(
        say('Rosa Medina', 'Could the district pay for a private evaluation?'),
        say(
          'Dr. Haney',
          "Paying for an outside one, that's not something the district does. Your insurance might.",
        ),
      ),
    ).toBe('refusal');
  });
});

describe('a "not now, not me" followed by a promise is a commitment', () => {
  it.each([
    "I can't promise a tutor, but I'll ask the reading coach tomorrow.",
    "I can't approve that sitting here. But I'll get you a written answer within five school days.",
  ])('%s', (text) => {
    const [item] = extract(ask, say('Ms. Okafor', text)).filter((i) => i.source === text);
    expect(item?.kind).toBe('commitment');
  });
});

describe('commitments without "I will", and owners in the third person', () => {
  it('"that is on me" with a promise takes it on; the same words about a past slip do not', () => {
    expect(kindOf(say('Mr. Lindqvist', "The calls home will stop. That's on me."))).toBe('commitment');
    expect(kindOf(say('Mr. Lindqvist', "That's on me, the letter got lost."))).toBeNull();
  });

  it('an office can take it on', () => {
    const [item] = extract(say('Ms. Okafor', 'Transportation will call you with the new pickup time.'));
    expect(item?.kind).toBe('commitment');
    expect(item?.who?.toLowerCase()).toBe('transportation');
  });

  it('"she" is the titled adult named just before, not nobody', () => {
    const [first] = extract(
      say('Ms. Okafor', 'Dr. Haney has the rating scales. She will email them to you.'),
    );
    expect(first?.who).toBe('Dr. Haney');
    const [second] = extract(say('Ms. Okafor', "Mrs. Pratt says she'll bring the log on Friday."));
    expect(second?.who).toBe('Mrs. Pratt');
  });

  it('a promise said before a question is still a promise', () => {
    const [item] = extract(
      say('Ms. Okafor', "I'll set up the observation - how about three weeks from Monday?"),
    );
    expect(item?.kind).toBe('commitment');
    expect(item?.due).toBe('2027-04-05');
  });

  it('an offer that waits on the family, taking a paper, and writing on the sheet are no commitments', () => {
    expect(
      kindOf(
        say('Ms. Okafor', 'If you get the form back to me by Friday, I can get him into the spring group.'),
      ),
    ).toBeNull();
    expect(kindOf(say('Rosa Medina', "Oh, I'll take it."))).toBeNull();
    expect(kindOf(say('Ms. Okafor', "I'll jot a few ideas right on the sheet."))).toBeNull();
  });
});

describe('open questions deflected', () => {
  it('"we will come back to that" leaves the question open', () => {
    const items = extract(
      say('Rosa Medina', 'Why did nobody call me when he missed three weeks of speech?'),
      say('Ms. Okafor', "We'll come back to that. Let's finish the goals page."),
    );
    expect(items.map((i) => i.kind)).toContain('open-question');
  });
});

describe('due dates', () => {
  it('"first thing in the morning" is the next day', () => {
    expect(extract(say('Rosa Medina', "I'll drop the form off first thing in the morning."))[0]?.due).toBe(
      '2027-03-11',
    );
  });

  it('the day the family hears back, not the day of the errand', () => {
    expect(
      extract(say('Ms. Okafor', "I'll talk to the coach tonight and let you know tomorrow what she says."))[0]
        ?.due,
    ).toBe('2027-03-11');
  });

  it('a day corrected after "so" wins', () => {
    expect(
      extract(
        say('Ms. Okafor', "I'll mail the notice to you. We're closed Friday for the in-service, so Monday."),
      )[0]?.due,
    ).toBe('2027-03-15');
  });
});
