import { describe, expect, it } from 'vitest';
import { extractItems } from './extract-items.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round nine, from set G's misses after it was scored blind (now corpus/seen-g): the school summing up what was just
// settled ("Okay, so the quiet room goes in") is the agreement; a family's question left behind when the other
// parent asks the next one is open unless a later turn takes it up; and no promise in signatures at the table, in
// what the plan gives the child, or in a family putting off its own decision. Wording written for this file, not taken from
// any corpus set. The meeting is on Tuesday 2027-03-09.

const meetingDate = '2027-03-09';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Whitfield', role: 'case manager' },
  { name: 'Dana Price', role: 'parent (mother)' },
  { name: 'Rob Price', role: 'parent (father)' },
  { name: 'Mr. Cho', role: 'school nurse' },
];
const { kindsIn, kindsOf } = rulesMeeting(meetingDate, speakers);

describe('the school summing up what was just settled is the agreement', () => {
  it.each([
    'Okay, so the quiet room goes in, ten minutes at a time, with the counselor or the nurse.',
    'Okay. So the plan will say she carries her inhaler on her at all times.',
    'Alright, so the team finds Mia eligible under other health impairment.',
    'Okay, then the reading and writing goals carry over as written.',
    // settling it in so many words
    "Agreed. We'll write the shortened spelling lists into her plan.",
    "Let's make that a formal accommodation: a copy of the class notes before each test.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['agreement']);
  });
});

describe('a summing-up opener that settles nothing is no agreement', () => {
  it.each([
    // a topic opened, not a decision
    'Okay, so goals.',
    'Okay, so I wrote up three new goals for reading and math.',
    "Okay so, let's look at the accommodations page together.",
    // the agenda, a question, the past and a recap
    "Alright, so today is Mia's annual review and we'll cover goals and services.",
    'Okay, so the other thing is the break card. She already has one in her plan, right?',
    'Okay, so her hearing test in May showed a drop, and the audiologist recommended a new mic.',
    'Alright, so to recap: the break card stays, reading minutes go up, and no ESY for now.',
    // a bare "Agreed." settles nothing new by itself
    'Agreed.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("a family's question left behind by the next one", () => {
  it('stays open when the school answers only the second', () => {
    expect(
      kindsIn([
        ['Dana Price', 'One more thing. Who gives her the noon dose on field trip days?'],
        ['Rob Price', 'And can she keep her phone in class for the glucose alerts?'],
        ['Mr. Cho', 'The phone is fine, the alerts go to my office too, so she keeps it on her.'],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it('is answered when a later turn takes it up', () => {
    expect(
      kindsIn([
        ['Dana Price', 'Who gives her the noon dose on field trip days?'],
        ['Rob Price', 'And can she keep her phone in class?'],
        [
          'Mr. Cho',
          'I go on every field trip with a dose kit, so the noon dose is covered, and yes on the phone.',
        ],
      ]),
    ).toEqual([]);
  });

  it('a question that hands the floor to the other parent is not left open', () => {
    expect(
      kindsIn([
        ['Dana Price', 'Rob, do you want to ask about the bus?'],
        ['Rob Price', 'Yes. Does the bus driver know what to do if she goes low?'],
        ['Mr. Cho', 'Yes, I trained all the drivers on her route in January.'],
      ]),
    ).toEqual([]);
  });

  it('stays open when the reply is the meeting closing on a promise about something else', () => {
    expect(
      kindsIn([
        ['Dana Price', 'Does her plan follow her to the summer camp at the Y?'],
        ['Ms. Whitfield', "Okay, so next steps. I'll send the final plan to all her teachers by Friday."],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question', 'commitment']);
  });

  it('stays open when the reply says time is up', () => {
    expect(
      kindsIn([
        ['Rob Price', 'What do we do about the bus in winter?'],
        ['Ms. Whitfield', "We're about at time, I'm sorry. Let me get your signatures."],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it('stays open when the reply asks someone else something else', () => {
    expect(
      kindsIn([
        ['Dana Price', 'Who pays for the meter if it breaks at school?'],
        ['Ms. Whitfield', "Sorry, I'm getting an echo. Mr. Cho, are you on speaker?"],
        ['Mr. Cho', 'Yes, sorry, muting now.'],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it('a bare "hmm" is no reply; the turn after it is', () => {
    expect(
      kindsIn([
        ['Dana Price', 'Could she keep her phone during tests for the glucose alerts?'],
        ['Mr. Cho', 'Hmm.'],
        ['Ms. Whitfield', "I'd have to think about that one, with test security."],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it.each([
    "That's really a transportation question, honestly.",
    "You'd want to ask the counselor about that, she's out this week.",
    "I'm not aware of one in Spanish.",
    "We're still working out the summer routes with the bus company.",
    "I don't have her service logs in front of me.",
  ])('a reply that sends it elsewhere or does not know yet leaves it open: %s', (reply) => {
    expect(
      kindsIn([
        ['Rob Price', 'Is there a summer bus out to our side of the county?'],
        ['Ms. Whitfield', reply],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });

  it('asking what you missed is manners, not a question to follow up', () => {
    expect(
      kindsIn([
        ['Rob Price', "Sorry, I'm back. What'd I miss?"],
        ['Ms. Whitfield', "We're almost out of time, but nothing you need to worry about."],
      ]),
    ).toEqual([]);
  });
});

describe('no promise to follow up', () => {
  it.each([
    // steps at the table
    ['Ms. Whitfield', 'Alright. Let me get signatures on the consent for services. Dana, this is the page.'],
    ['Ms. Whitfield', "Okay, we're short on time, so let me get the signature page. Right here, and here."],
    [
      'Ms. Whitfield',
      "Good morning. Let's do introductions. I'll be serving as the district representative.",
    ],
    // what the plan gives the child
    ['Ms. Whitfield', "He'll get a copy of the class notes before each unit test."],
    ['Ms. Whitfield', "She'll have a picture schedule taped to her desk."],
    // the family putting off its own decision
    ['Rob Price', 'Let me talk to my wife about it first.'],
    ['Dana Price', "Maybe. I'll let you know."],
  ])('%s: %s', (speaker, text) => {
    expect(kindsIn([[speaker, text]])).toEqual([]);
  });

  it.each([
    ['Ms. Whitfield', "She'll have the review packet by Friday."],
    ['Rob Price', "I'll talk to my wife tonight and let you know by Thursday."],
  ])('but a day to hold it to keeps the promise: %s: %s', (speaker, text) => {
    expect(kindsIn([[speaker, text]]).map(([kind]) => kind)).toEqual(['commitment']);
  });
});

describe('a no named as a case, or not knowing, is no refusal', () => {
  it('a no inside "if" or "when" names a case', () => {
    expect(
      kindsIn([
        ['Mr. Cho', "I'll check the closet, and if we don't have a spare meter I'll order one by the 19th."],
      ]).map(([kind]) => kind),
    ).toEqual(['commitment']);
    expect(
      kindsIn([
        [
          'Ms. Whitfield',
          "So we'll put that in her accommodations: captions on all videos, or a transcript when captions aren't available.",
        ],
      ]).map(([kind]) => kind),
    ).toEqual(['agreement']);
  });

  it('not knowing the answer to a question refuses nothing', () => {
    expect(
      kindsIn([
        ['Dana Price', 'How many sessions did she miss in the fall?'],
        ['Ms. Whitfield', "I don't know that number off the top of my head."],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question']);
  });
});

describe("the speaker's own dated promise in the same turn is what the parent follows up", () => {
  it.each([
    // next to a yes to a change
    "Sure, we can add that. I'll update her schedule by Friday.",
    // next to a no
    "I won't have the progress report before break, but I'll send you the draft plan by the 18th.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['commitment']);
  });

  it('a change said outright stays the agreement', () => {
    expect(kindsOf("We agree to add the break card. I'll send you the new page by Friday.")).toEqual([
      'agreement',
    ]);
  });
});

describe('round nine, from sets H and I after they were scored blind', () => {
  it.each([
    "Okay, then that's in: a quiet room for tests, with the clock stopped when she's out of range.",
    "Okay. Audio for the listening tests, with a transcript as the backup. That's added.",
    "Yes. So that's settled: sixty minutes a week of reading, in a small group.",
  ])('the decision said as done is the agreement: %s', (text) => {
    expect(kindsOf(text)).toEqual(['agreement']);
  });

  it("the district's position is a no (the guide's own example); asking what it is is not", () => {
    expect(
      kindsOf("I wish I could. But the district's position is that the nurse doesn't go on overnight trips."),
    ).toEqual(['refusal']);
    expect(kindsOf("I'm not sure what the district's position is on that.")).toEqual([]);
  });

  it.each([
    [
      'The school nurse, Carla, said she would fax the new orders over by the end of the month.',
      'Carla',
      '2027-03-31',
    ],
    [
      'And Janelle, the coordinator at the shelter, said she would send the forms by next Tuesday.',
      'Janelle',
      '2027-03-16',
    ],
    [
      'Also, the audiologist, Dr. Kim, said she would check the receivers by Friday.',
      'Dr. Kim',
      '2027-03-12',
    ],
  ])('a promise relayed for someone named with commas around it: %s', (text, who, due) => {
    const items = extractItems([{ speaker: 'Ms. Whitfield', text, start: null }], {
      meetingDate,
      method: 'rules',
      speakers,
    });
    expect(items.map((i) => [i.kind, i.who, i.due])).toEqual([['commitment', who, due]]);
  });

  it.each([
    ['Ms. Whitfield', "Okay. Thanks, everyone. Dana, I'll walk you out."],
    ['Rob Price', 'I will.'],
    ['Dana Price', '(laughs) I will.'],
  ])('no promise to follow up: %s: %s', (speaker, text) => {
    expect(kindsIn([[speaker, text]])).toEqual([]);
  });
});

describe('the day a promise is due, round nine', () => {
  const dueOf = (text: string) =>
    extractItems([{ speaker: 'Ms. Whitfield', text, start: null }], {
      meetingDate,
      method: 'rules',
      speakers,
    }).map((i) => i.due);

  it('the day the speaker corrects to, not the one taken back', () => {
    expect(
      dueOf("I'll start the check-ins Monday -- oh wait, Monday's a teacher workday. Starting Tuesday."),
    ).toEqual(['2027-03-16']);
    expect(dueOf("I'll talk to her science teacher this week -- actually, I'll do it tomorrow.")).toEqual([
      '2027-03-10',
    ]);
  });

  it('"end of day tomorrow" is tomorrow', () => {
    expect(dueOf("I'll send you the meeting notice by end of day tomorrow.")).toEqual(['2027-03-10']);
  });

  it("the Monday back from Thanksgiving break is Thanksgiving's Monday", () => {
    expect(
      extractItems(
        [
          {
            speaker: 'Ms. Whitfield',
            text: "I'll send the first readers home the Monday we get back from Thanksgiving break.",
            start: null,
          },
        ],
        { meetingDate: '2027-11-16', method: 'rules', speakers },
      ).map((i) => i.due),
    ).toEqual(['2027-11-29']);
  });
});
