import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-four, from the misses of sets ZZW to ZZZA after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Tuesday 2026-03-10.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, kindAt, kindOf, kindsOf } = rulesMeeting('2026-03-10', roster);
const november = rulesMeeting('2026-11-10', roster);
const september = rulesMeeting('2026-09-15', roster);

describe('sayings in the shape of a promise', () => {
  it.each([
    "Some of those worksheets are pointless, I'll give you that.",
    "Friday. Okay. I'll believe it when I see it in the backpack.",
    "Okay, I'll lay it out. Last Tuesday he left the room twice.",
    "Hang on, I'll get the door, it's loud out there.",
    "(laughs) I'll let her tell you about the field trip.",
  ])('"%s" promises nothing', (text) => {
    expect(kindsOf(text, 'Dana Ruiz')).toEqual([]);
    expect(kindsOf(text)).toEqual([]);
  });

  it('a real errand next to the same words is still a promise', () => {
    expect(kindsOf("I'll give you the tally sheet by Friday.")).toEqual(['commitment']);
  });
});

describe('conceding a point is no refusal', () => {
  it('"the research is clear, I won\'t argue that" declines nothing', () => {
    expect(kindsOf("I see the concern, and the research on recess is clear, I won't argue that.")).toEqual(
      [],
    );
  });

  it('"I won\'t lie to you, it\'s been a hard month" declines nothing', () => {
    expect(kindsOf("I won't lie to you, it's been a hard month for him.")).toEqual([]);
  });
});

describe('how the plan works, said of the plan itself', () => {
  it('"It doesn\'t just stop when she changes grades" answers the worry; it refuses nothing', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'Does the plan follow her to second grade, or do we start over?'),
        say('Ms. Hale', "It follows her. It doesn't just stop when she changes grades."),
      ),
    ).toBeNull();
  });

  it('"The IEP doesn\'t change that" after the diploma question refuses nothing', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'Is he still on track for a regular diploma?'),
        say('Ms. Hale', "Yes. Same credits as everybody else. The IEP doesn't change that."),
      ),
    ).toBeNull();
  });

  it('the school saying what it will not do is still a refusal', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'Can he have a one-on-one aide?'),
        say('Ms. Hale', "We won't add a one-on-one aide. The data doesn't show he needs one."),
      ),
    ).toBe('refusal');
  });
});

describe('"before Thanksgiving" with no days off said', () => {
  it('is the Tuesday of Thanksgiving week', () => {
    expect(
      november.itemsOf("I'll call her office and get the letter to you before Thanksgiving break.")[0]?.due,
    ).toBe('2026-11-24');
    expect(november.itemsOf("I'll have the new schedule to you before Thanksgiving.")[0]?.due).toBe(
      '2026-11-24',
    );
  });

  it('gives way to the days off the meeting said, and to a day said with it', () => {
    expect(
      november
        .extract(
          november.say('Ms. Hale', "We're off the 23rd through the 27th for Thanksgiving."),
          november.say('Ms. Hale', "I'll have the new schedule to you before Thanksgiving break."),
        )
        .at(-1)?.due,
    ).toBe('2026-11-20');
    expect(
      november.itemsOf("I'll get you the menu binder before Thanksgiving break. By the 20th.")[0]?.due,
    ).toBe('2026-11-20');
  });
});

describe('days of the month said with one month', () => {
  it('"the 22nd and 23rd of October" are both October\'s: "before fall break" is the 21st', () => {
    expect(
      september.itemsOf(
        "I'll train her teachers before fall break. Fall break's the 22nd and 23rd of October, so before then.",
      )[0]?.due,
    ).toBe('2026-10-21');
  });

  it('"the Monday we\'re back from fall break, so the 26th" restates that Monday, in its month', () => {
    expect(
      september
        .extract(
          september.say('Ms. Hale', "Fall break's the 22nd and 23rd of October."),
          september.say(
            'Ms. Hale',
            "I'll send you a progress summary the Monday we're back from fall break, so the 26th.",
          ),
        )
        .at(-1)?.due,
    ).toBe('2026-10-26');
  });
});

describe('a day taken back with "No --"', () => {
  it('"Monday. No -- Tuesday, I have a sub Monday." is due Tuesday', () => {
    expect(kindsOf("I'll get the draft to you Monday. No -- Tuesday, I have a sub Monday.").length).toBe(1);
    expect(
      rulesMeeting('2026-10-14', roster).itemsOf(
        "I'll get the draft to you Monday. No -- Tuesday, I have a sub Monday.",
      )[0]?.due,
    ).toBe('2026-10-20');
  });
});

describe("the interpreter's note before the parent's promise", () => {
  it('"[interpreting] She says she\'ll fill it out" is the parent\'s promise', () => {
    const withInterpreter = rulesMeeting('2026-03-10', [
      { name: 'Ms. Hale', role: 'case manager' },
      { name: 'Ms. Ortiz', role: 'interpreter' },
      { name: 'Dana Ruiz', role: 'parent' },
    ]);
    const items = withInterpreter.extract(
      withInterpreter.say('Ms. Hale', 'Can she fill out the rating form at home?'),
      withInterpreter.say('Dana Ruiz', '[in Spanish]'),
      withInterpreter.say(
        'Ms. Ortiz',
        "[interpreting] She says yes, she'll fill out the form and send it back Friday.",
      ),
    );
    expect(items.find((i) => i.kind === 'commitment')?.who).toBe('Dana Ruiz');
  });
});

describe('a change settled as it is said', () => {
  it('"the team is adding check-in, check-out" settles it', () => {
    expect(
      kindsOf('Then for the notes: the team is adding check-in, check-out twice daily, with Mr. Costa.'),
    ).toEqual(['agreement']);
  });

  it('"tests in a separate setting, that\'s now a formal accommodation" settles it', () => {
    expect(
      kindsOf(
        "I think that makes sense. So tests in a separate, quiet setting, that's now a formal accommodation.",
      ),
    ).toEqual(['agreement']);
  });

  it('"the team is meeting again in May" settles nothing', () => {
    expect(kindsOf('The team is meeting again in May to look at the data.')).toEqual([]);
  });
});

describe('"show you around" is a visit, later', () => {
  it('"Mr. Strand said he\'d show you around" is his promise; "I\'ll show you around when you come" the speaker\'s', () => {
    expect(kindsOf("Mr. Strand said he'd show you around when you come.")).toEqual(['commitment']);
    expect(kindsOf("I'll show you around the resource room when you visit.")).toEqual(['commitment']);
  });

  it('"Let me show you the graph", "I\'ll show you the data" are done at the table', () => {
    expect(kindsOf('Let me show you the graph.')).toEqual([]);
    expect(kindsOf("I'll show you the data from this fall.")).toEqual([]);
  });
});

describe('a soft no, and an answer put off', () => {
  it('"I\'m hesitant to go to a full-day one-on-one" is a refusal', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'Can she have a one-on-one aide all day?'),
        say('Ms. Hale', "Um. I'm hesitant to go to a full-day one-on-one. The data shows she's independent."),
      ),
    ).toBe('refusal');
  });

  it('"I don\'t want to give you an answer off the cuff ... before we could commit" refuses nothing yet', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'What about the overnight trip in May?'),
        say(
          'Ms. Hale',
          "That's a fair point, and I don't want to give you an answer off the cuff. We'd need the itinerary before we could commit either way.",
        ),
      ),
    ).toBeNull();
  });
});

describe('the one who would answer leaves, or takes a call', () => {
  it.each([
    "Oh, shoot, it's 9:35. I'm so sorry, I have to grab my kids from music.",
    "Okay, I'm going to go, I'm so sorry. Good luck with everything.",
    "Oh no, it's 3:55, I have bus duty. Thank you all.",
    "Sorry -- that's the sub calling about lunch, give me one sec.",
  ])('"%s" leaves the question open', (reply) => {
    expect(
      kindAt(0, say('Dana Ruiz', 'Will Ms. Bell still be the nurse here next year?'), say('Ms. Hale', reply)),
    ).toBe('open-question');
  });
});

describe('"let\'s give her one" gives it', () => {
  it('"Let\'s give her one of those" after the parent asks settles it', () => {
    expect(
      kindOf(
        say('Dana Ruiz', 'Is there any way she could get a parking spot closer to the doors?'),
        say('Ms. Hale', "We've got two medical spots by the east entrance. Let's give her one of those."),
      ),
    ).toBe('agreement');
  });

  it('"let\'s give it some time and see" settles nothing', () => {
    expect(
      kindOf(
        say('Dana Ruiz', "What if the new group doesn't help?"),
        say('Ms. Hale', "Let's give it some time and see. I'm hoping we see a jump."),
      ),
    ).toBeNull();
  });
});
