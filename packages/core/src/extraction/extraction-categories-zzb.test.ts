import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-six, from what sets ZZ, ZZA and ZZB still missed after round twenty-five. Wording written for this
// file, not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf, kindsOf } = rulesMeeting('2026-03-10', roster);
const september = rulesMeeting('2026-09-09', roster);

describe('whose relayed promise it is', () => {
  it.each([
    ["Renee, she's the nurse at the eye clinic, she said she'd fax you the new orders.", 'Renee'],
    [
      'Let me -- Marcus in transportation, I talked to him yesterday, and he said he would call you about the stop.',
      'Marcus',
    ],
    [
      "oh and Karen at Dr. Lowe's office, i talked to her this morning, she said she'd send the form",
      'Karen',
    ],
  ])('%s', (text, who) => {
    expect(itemsOf(text, 'Dana Ruiz')[0]?.who).toBe(who);
  });

  it('"the nurse at the clinic" names no one', () => {
    expect(
      itemsOf("I called the nurse at the clinic. She said she'd fax it.", 'Dana Ruiz')[0]?.who,
    ).toBeNull();
  });
});

describe('a day that says when something happened', () => {
  it.each([
    "Mr. Osei emailed me this morning, he said he'd set up the practice room.",
    "Karen, I talked to her this morning, she said she'd send the form.",
  ])('%s', (text) => {
    const items = itemsOf(text);
    expect(items[0]?.kind).toBe('commitment');
    expect(items[0]?.due).toBeNull();
  });
});

describe('not promises', () => {
  it.each([
    'Okay. I guess -- okay. I will take it for now.',
    "I'll sign it.",
    "I'll sign it right now.",
    "Sorry, that's my dog. I'll mute.",
    "You're right, that shouldn't have happened. That's on me. I'll own that.",
  ])('%s', (text) => {
    expect(kindsOf(text, 'Dana Ruiz')).toEqual([]);
  });

  it('"I\'ll sign it and send it back Friday" is one', () => {
    expect(itemsOf("I'll sign it and send it back Friday.", 'Dana Ruiz')[0]?.due).toBe('2026-03-13');
  });

  it("a day said for the test, not the child's large print, is plan content", () => {
    expect(
      kindsOf("ok state testing. the tests are the week of may 4th. he'll have the large print."),
    ).toEqual([]);
    expect(itemsOf("She'll have the packet by Friday.")[0]?.due).toBe('2026-03-13');
  });
});

describe('the day meant', () => {
  it('"Right, the 4th." after "Wednesday the 4th, November 4th" is November 4th', () => {
    const items = september.extract(
      say('Ms. Hale', "Progress reports go home Wednesday the 4th, November 4th. I'll send his that day."),
      say('Dana Ruiz', "Right, the 4th. I'll send the speech one too."),
    );
    expect(items.map((i) => i.due)).toEqual(['2026-11-04', '2026-11-04']);
  });

  it('a day cut off after "by" and said alone later', () => {
    expect(
      itemsOf("I'll get it back to you by -- I'm out all day tomorrow. Monday. By Monday.", 'Dana Ruiz')[0]
        ?.due,
    ).toBe('2026-03-16');
  });

  it('"next week" pinned by a day of that week said after it', () => {
    expect(
      itemsOf("He told me he'd do the stair practice next week, he's got it on his calendar for the 17th.")[0]
        ?.due,
    ).toBe('2026-03-17');
  });
});

describe('contractions written without the apostrophe', () => {
  it('"yes, lets write that in" settles it', () => {
    const items = extract(
      say('Dana Ruiz', 'can the room be nut free'),
      say('Ms. Hale', 'the room can be nut free, yes, lets write that in'),
    );
    expect(items.map((i) => i.kind)).toEqual(['agreement']);
  });

  it('"he doesnt qualify for that" is a no', () => {
    expect(
      kindsOf('no. homebound needs a doctor to say he cant come at all, so he doesnt qualify for that'),
    ).toEqual(['refusal']);
  });
});
