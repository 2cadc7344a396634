import { describe, expect, it } from 'vitest';
import type { Utterance } from '../transcripts/transcript-types.js';
import { toIsoDate } from '../calendar/index.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { everyTurnCalled } from '../test-support/stand-in-models.js';
import { closuresSaid } from './closures-said.js';
import { ordinalDaysInDigits, resolveDue } from './dates.js';
import { extractItems } from './extract-items.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-five, from the misses of sets ZZZB to ZZZF after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Wednesday 2026-03-04.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
  { name: 'Mr. Ortiz', role: 'teacher' },
] satisfies SpeakerRole[];
const say = (speaker: string, text: string): Utterance => ({ speaker, text, start: null });

const afterClassifier = (...turns: Utterance[]) =>
  extractItems(turns, {
    meetingDate: '2026-03-04',
    method: 'combined',
    speakers: roster,
    models: everyTurnCalled('open-question'),
  }).find((i) => i.source === turns[0]?.text)?.kind ?? null;

describe('a question answered with a plain yes or no is answered', () => {
  it.each([
    'No, no, he keeps band. Band is second hour.',
    "Nope. It doesn't go on his report card.",
    'Yes, the bus driver has her plan and an EpiPen on the bus.',
    'Of course. You can change your mind any time.',
    'It does. The plan follows him to the middle school.',
    'She does, I sent the bus office his plan in August.',
    "It doesn't, technically. The plan ends at graduation.",
  ])('"%s" answers it, whatever the classifier reads', (reply) => {
    expect(
      afterClassifier(say('Dana Ruiz', 'Does he lose band if he is in your class?'), say('Ms. Hale', reply)),
    ).toBeNull();
  });

  it.each([
    'Yeah, good question, um -- sorry, I have to grab my next group. Mr. Ortiz, can you close?',
    "Yeah, that's a big one. Let me finish the goals first.",
    'Not yet. We are still waiting on the district.',
    "He's going to be okay. He's one of my favorite kids.",
    "It's a lot to think about, for sure.",
  ])('"%s" leaves it to the classifier', (reply) => {
    expect(
      afterClassifier(
        say('Dana Ruiz', 'Will he still get the bus when he moves schools?'),
        say('Ms. Hale', reply),
      ),
    ).toBe('open-question');
  });

  it('a yes to a question the next turn takes away from is not read as the answer', () => {
    expect(
      afterClassifier(
        say('Dana Ruiz', 'Is there a backup if the job shadow falls through?'),
        say('Ms. Hale', "Yes -- oh, hang on, Mr. Ortiz, I think you're muted."),
      ),
    ).toBe('open-question');
  });
});

describe('a weekday with its day of the month said in words', () => {
  const { itemsOf } = rulesMeeting('2026-03-04', roster);
  it.each([
    ["I'll get a draft to you by Thursday the twelfth.", '2026-03-12'],
    ["I'll call you Monday, the sixteenth, after the team meets.", '2026-03-16'],
    ["I'll send the new schedule Friday the twenty-seventh of March.", '2026-03-27'],
    // The 16th of March is a Monday: "Friday the sixteenth" is the next 16th that is a Friday, as with digits.
    ["He'll come observe by Friday the sixteenth.", '2026-10-16'],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
  });

  it('"Thursday the first time we meet" is no day of the month', () => {
    expect(itemsOf("I'll bring the laptop Thursday, the first time we meet.").map((i) => i.due)).toEqual([
      '2026-03-05',
    ]);
  });
});

describe('an errand word after "going to" is the verb', () => {
  const { itemsOf } = rulesMeeting('2026-03-04', roster);
  it.each([
    ["I'm going to email all of his teachers about it by Friday.", '2026-03-06'],
    ["We're planning to text you the pickup time by Thursday.", '2026-03-05'],
    ["I'm going to fax the form to Dr. Lin by Monday.", '2026-03-09'],
  ])('"%s" is a promise due %s', (text, due) => {
    expect(itemsOf(text).map((i) => [i.kind, i.due])).toEqual([['commitment', due]]);
  });

  it('"she\'s going to have to email her professors" promises nothing', () => {
    expect(itemsOf("In college she's going to have to email her professors herself.")).toEqual([]);
  });
});

describe('a day off and a break said in one sentence', () => {
  const housekeeping =
    "Quick housekeeping: we're off Monday the 16th for Presidents' Day, and spring break is the week of March 16th.";

  it("the day off is no part of the break: Presidents' Day is a day off, spring break the week of March 16th", () => {
    expect(
      closuresSaid([housekeeping], toIsoDate('2026-02-10')).map((c) => [c.from, c.to, c.reason]),
    ).toEqual([
      ['2026-02-16', '2026-02-16', 'Day off said in the meeting'],
      ['2026-03-16', '2026-03-20', 'Spring break, said in the meeting'],
    ]);
  });

  it('"before spring break -- so before the 13th" is the Friday before the break, in March', () => {
    const { extract, say } = rulesMeeting('2026-02-10', roster);
    const items = extract(
      say('Ms. Hale', housekeeping),
      say('Ms. Hale', "I'll open the student account before spring break -- so before the 13th."),
    );
    expect(items.map((i) => i.due)).toEqual(['2026-03-13']);
  });

  it('"we\'re out the 25th through the 27th for Thanksgiving" is still the break', () => {
    expect(
      closuresSaid(
        [
          "We're out the 25th through the 27th for Thanksgiving, so I'll train them before Thanksgiving break.",
        ],
        toIsoDate('2026-11-10'),
      ).map((c) => c.reason),
    ).toEqual(['Thanksgiving break, said in the meeting']);
  });
});

describe("today's changes are the meeting's, no day", () => {
  const { itemsOf } = rulesMeeting('2026-12-02', roster);
  it.each([
    ["I'll get you the updated plan with all of today's changes in ten school days.", '2026-12-16'],
    ["I'll have the draft with today's notes to you within two weeks.", '2026-12-16'],
    ["I'll send it today.", '2026-12-02'],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
  });
});

describe('a day said as the one it cannot be', () => {
  const { itemsOf } = rulesMeeting('2026-09-02', roster);
  it.each([
    [
      "I'll put it in the Thursday folders, not tomorrow, I can't get it done by tomorrow, so next Thursday.",
      '2026-09-10',
    ],
    ["I can't do it by Friday, but I'll have it to you by Monday.", '2026-09-07'],
    ["I'll call you back. Monday's Labor Day, so, Tuesday.", '2026-09-08'],
    // "Not until Friday" is Friday.
    ["I won't have the schedule to you until Friday, but I'll send it.", '2026-09-04'],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
  });
});

describe('a day named as closed is no due day', () => {
  it.each([
    ["i will call you back -- monday's labor day, so, tuesday.", '2026-09-08'],
    ['friday is a teacher workday, so i will have it to you monday.', '2026-09-07'],
  ])('"%s" is due %s', (sentence, due) => {
    expect(resolveDue(sentence, toIsoDate('2026-09-02')).due).toBe(due);
  });
});

describe('whose promise a relayed one is', () => {
  const { itemsOf } = rulesMeeting('2026-09-15', roster);
  it.each([
    ["And Carla said she'd email you the lunch menu by Friday.", 'Carla'],
    ["So Renee said she'd fax the order over by Friday.", 'Renee'],
    [
      "Dr. Amsel's office. Actually, her nurse, Bonnie, already told me she'd fax the letter to you.",
      'Bonnie',
    ],
    ["And our transition person, Dan, said he'd send you the list of providers.", 'Dan'],
  ])('"%s" is %s\'s', (text, who) => {
    expect(itemsOf(text).map((i) => i.who)).toEqual([who]);
  });
});

describe('a break asked about and answered in words', () => {
  const closures = (...texts: string[]) =>
    closuresSaid(texts, toIsoDate('2026-03-04')).map((c) => [c.from, c.to, c.reason]);
  const spring = ['2026-03-16', '2026-03-20', 'Spring break, said in the meeting'];

  it.each([
    ["When's your spring break here, is it the week of the 16th?", 'Sixteenth through the twentieth, yeah.'],
    ['When is spring break?', "It's the 16th through the 20th."],
  ])('"%s" "%s" names the break', (question, answer) => {
    expect(closures(question, answer)).toEqual([spring]);
  });

  it('"spring break is the sixteenth through the twentieth" names it too', () => {
    expect(closures('Spring break is the sixteenth through the twentieth.')).toEqual([spring]);
  });

  it("only the answer's first days are the break: 'they're back the 23rd' and 'kids are here Monday' are not", () => {
    expect(
      closures(
        'When is spring break?',
        "It's the week of the 16th. So the 16th through the 20th, and they're back the 23rd.",
      ),
    ).toEqual([spring]);
    expect(
      closuresSaid(
        [
          'When is Thanksgiving break here?',
          'Wednesday through Friday, so the 25th through the 27th. Kids are here Monday and Tuesday that week.',
        ],
        toIsoDate('2026-11-17'),
      ).map((c) => [c.from, c.to]),
    ).toEqual([['2026-11-25', '2026-11-27']]);
  });

  it('days said as words read as digits; "the fourth grade", "the first", "the second half" stay words', () => {
    expect(ordinalDaysInDigits('the sixteenth through the twenty-first')).toBe('the 16th through the 21st');
    expect(ordinalDaysInDigits('sixteenth through the twentieth', true)).toBe('the 16th through the 20th');
    expect(ordinalDaysInDigits('sixteenth through the twentieth')).toBe('sixteenth through the 20th');
    for (const words of [
      'the fourth grade team',
      'the fifth period',
      'the first',
      'the second half',
      'the third',
    ])
      expect(ordinalDaysInDigits(words)).toBe(words);
  });

  it('"the fourth grade" and "the first" name no day off', () => {
    expect(closures("We're off the fourth grade field day.", 'First, we are off Monday.')).toEqual([
      ['2026-03-09', '2026-03-09', 'Day off said in the meeting'],
    ]);
  });
});
