import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round sixteen, from sets ZB, ZC and ZD's misses after they were scored blind: the meeting's own steps (noting a
// disagreement, walking through what happened, getting through the signature pages, summing up for the notes,
// signing "that one"), words that take on nothing ("I'll own that", "we'll hold you to that", calling back into a
// call that drops, "I do try to"), promises relayed with a place after the name or on a trip, "that goes in", and
// "I'm afraid not". Wording written for this file, not taken from any corpus set. The meeting is on Tuesday
// 2026-04-21.

const meetingDate = '2026-04-21';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Varga', role: 'case manager' },
  { name: 'Mr. Osei', role: 'assistant principal' },
  { name: 'Tina Reyes', role: 'parent' },
];
const { itemsOf, kindsOf, kindOf, say } = rulesMeeting(meetingDate, speakers);

describe('no promise', () => {
  it.each([
    "I understand. I'll note your disagreement in the minutes.",
    "So I'll walk through what happened on Friday, and then we'll take questions.",
    "We're short on time, so let me get through the signature pages.",
    "I'll just summarize the outcome for the notes: eligible, services start Monday.",
    "Sure, I'll sign that one now, it's just the attendance page.",
    "That's fair. The check-in stopped after break, and I'll own that.",
    "Okay, Friday then. We'll hold you to that.",
    "I'm parked outside the building, so if it cuts out I'll call back.",
    'I do try to walk him to the bus, but some days I have lunch duty.',
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it.each(["I'll call you back Friday with the bus times.", "I'll sign the release and return it Monday."])(
    'an errand still: %s',
    (text) => {
      expect(kindsOf(text)).toContain('commitment');
    },
  );
});

describe('a repeating promise', () => {
  it('takes no day from another sentence unless that sentence starts it', () => {
    expect(
      itemsOf(
        "I'll send the check-in sheet home on the Monday of any week with an assembly. The next one is May 4th.",
      )[0]?.due,
    ).toBeNull();
    expect(
      itemsOf("I'll send his reading log home every Thursday. The first one starts next Thursday.")[0]?.due,
    ).toBe('2026-04-30');
  });
});

describe('trying to have it done', () => {
  it('reads "we\'ll try to have it done" as a promise (the parser drops "have it")', () => {
    expect(kindsOf("We'll try to have it done before the next team meeting.")).toContain('commitment');
    expect(kindsOf("We'll try.")).not.toContain('commitment');
  });
});

describe('relayed promises', () => {
  it('names the adult when the parser takes the place after the name for the subject', () => {
    const [item] = itemsOf(
      "Mr. Boateng from the career center said he'd pull the application dates for all three programs.",
    );
    expect([item?.kind, item?.who]).toEqual(['commitment', 'Mr. Boateng']);
  });

  it('reads going on a trip with an errand there as a promise', () => {
    const [item] = itemsOf("Also, Ms. Pruitt said she'd go on the zoo trip and carry his inhaler.");
    expect([item?.kind, item?.who]).toEqual(['commitment', 'Ms. Pruitt']);
    expect(kindsOf("Ms. Pruitt said she'd go on the zoo trip.")).not.toContain('commitment');
  });
});

describe('agreements and refusals', () => {
  it('settles a change with "that goes in"', () => {
    expect(
      kindOf(
        say('Tina Reyes', 'Could he have a copy of the class notes?'),
        say('Ms. Varga', 'Yes. Okay, then that goes in.'),
      ),
    ).toBe('agreement');
  });

  it('hears "I\'m afraid not" as a no to what was asked', () => {
    expect(
      kindOf(
        say('Tina Reyes', 'Can the grade from last spring be changed, with a doctor note?'),
        say('Mr. Osei', "I'm afraid not, even with a note. Grade changes only fix clerical errors."),
      ),
    ).toBe('refusal');
  });
});
