import { describe, expect, it } from 'vitest';
import { extractItems } from './extract-items.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round ten, from sets J and K's misses after they were scored blind (now corpus/seen-j and seen-k): a family's
// question stays open when the reply leaves the meeting, reads the list back or turns to something else; the school
// settling a change in words of the plan's pages is the agreement, a read-back, a proposal or a bare "I agree" is
// not; "I was going to tell you" and "I'll just add --" promise nothing. Wording written for this file, not taken
// from any corpus set. The meeting is on Thursday 2027-04-15.

const meetingDate = '2027-04-15';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Dr. Lind', role: 'school psychologist' },
  { name: 'Mr. Reyes', role: 'assistant principal' },
  { name: 'Tara Boyd', role: 'parent (mother)' },
  { name: 'Sam Boyd', role: 'parent (father)' },
];
const { kindsIn, kindsOf } = rulesMeeting(meetingDate, speakers);

describe("a family's question the reply does not take up stays open", () => {
  const question = 'Will the bus company know about his seizure plan before the field trip?';

  it.each([
    // the replier leaves the meeting
    ["So sorry, I've got a three-fifteen I have to get to. Ms. Okafor, can you finish up?", 'Dr. Lind'],
    ['Before I lose everyone, I have a hard stop in five minutes, so let us get signatures.', 'Mr. Reyes'],
    // the replier reads the list back
    [
      'Okay, let me just read everything back before we sign: the new reading goal and OT consult.',
      'Ms. Okafor',
    ],
  ])('reply: %s', (reply, replier) => {
    expect(
      kindsIn([
        ['Tara Boyd', question],
        [replier, reply],
      ]),
    ).toEqual([['open-question', question]]);
  });

  it('a promise that turns to something else ("Also, while we are on...") does not answer it', () => {
    const reply = 'Also, while we are on reading, Mrs. Hart said she would send the summer book list home.';
    expect(
      kindsIn([
        ['Tara Boyd', question],
        ['Ms. Okafor', reply],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question', 'commitment']);
  });

  it('a promise about the question answers it, even after "also"', () => {
    expect(
      kindsIn([
        ['Tara Boyd', question],
        ['Ms. Okafor', "Also, I'll call the bus company about his seizure plan tomorrow."],
      ]).map(([kind]) => kind),
    ).toEqual(['commitment']);
  });

  it('a reply that shares only a short word ("gets" and "get") does not take the question up', () => {
    expect(
      kindsIn([
        ['Tara Boyd', 'Can he use audiobooks on the state test? He gets so upset with the long passages.'],
        ['Sam Boyd', 'And what about homework? What should we be doing at night?'],
        ['Ms. Okafor', "Keep practicing at home. And I'll get you a list of decodable books by Friday."],
      ]).map(([kind]) => kind),
    ).toEqual(['open-question', 'commitment']);
  });

  it('the one leaving hands over the meeting; asking a colleague to wrap up is no open question', () => {
    expect(
      kindsIn([
        ['Dr. Lind', 'My four-thirty is here, sorry. Ms. Okafor, can you wrap up?'],
        ['Ms. Okafor', 'Sure.'],
      ]),
    ).toEqual([]);
  });
});

describe('the school settling a change in words of the plan is the agreement', () => {
  it.each([
    'Perfect, so the word bank and the graphic organizer stay exactly as they are.',
    'Okay, and a copy of the notes. Those two go on the accommodations page.',
    "Okay, job shadowing once a month in the fall. I'm adding that to the transition services.",
    'So, a water bottle at his desk in every class. That is going in too.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['agreement']);
  });

  it.each([
    // reading back, proposing, or agreeing with nothing named
    "Let me read it all back so we're all on the same page: the word bank, the organizer and the notes.",
    "Okay, so then the services piece. What we're proposing is a social skills group twice a week at lunch.",
    'I agree.',
    // not the plan
    "I'm adding a note to my own calendar.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('no promise', () => {
  it.each([
    // an intention that is over
    ['She told me about it on Monday. I was going to tell you.', 'Tara Boyd'],
    ['We had to call the pharmacy twice last month.', 'Sam Boyd'],
    // saying something in the meeting
    ["And I'll just add -- if the reading gets harder, you can ask for a meeting any time.", 'Ms. Okafor'],
  ])('%s', (text, speaker) => {
    expect(kindsOf(text, speaker)).toEqual([]);
  });

  it('"I\'ll add that to the plan" is still the change', () => {
    expect(kindsOf("I'll add that to the plan.")).toEqual(['agreement']);
  });
});

// Round eleven, from sets L and M's misses after they were scored blind (now corpus/seen-l and seen-m): the reply
// heads for the meeting's end (signatures, the last page, thanks), asks the room, reads back, did not hear the
// question, or runs out of time; or the family's side leaves.
describe('a question the meeting moves past at its end stays open', () => {
  const question =
    'Is there anything for him over the summer, like a reading camp? Last summer he lost a lot.';

  it.each([
    'Okay, let me just pull up the signature page. Sorry, the laptop is slow today.',
    "Let me get through the last page, and then we'll do signatures.",
    'Okay, does everyone agree with the changes, the word bank and the organizer?',
    'I want to thank you both. That was a lot of information for one afternoon.',
    'Sorry, Sam, you cut out for a second there. Tara, did you want to go over the behavior piece?',
    "Okay, we're a little over, so I'll send the draft home and we'll sign next week.",
    "I'm watching the clock, so I'll send the meeting notice home on Monday.",
  ])('reply: %s', (reply) => {
    expect(
      kindsIn([
        ['Tara Boyd', question],
        ['Ms. Okafor', reply],
      ])[0],
    ).toEqual(['open-question', question]);
  });

  it('"the last one" in a later turn does not take up "last summer"', () => {
    expect(
      kindsIn([
        ['Tara Boyd', question],
        ['Dr. Lind', 'I want to make sure we get through the goals before we lose Mr. Reyes.'],
        ['Ms. Okafor', 'So the last one is the writing goal, same as before, up to three sentences.'],
      ])[0],
    ).toEqual(['open-question', question]);
  });

  it('stays open when the other parent says they have to go', () => {
    expect(
      kindsIn([
        ['Tara Boyd', 'Does he need a new 504 every year, or does it carry over?'],
        ['Sam Boyd', 'Tara, we gotta go, he gets out at three.'],
      ])[0],
    ).toEqual(['open-question', 'Does he need a new 504 every year, or does it carry over?']);
  });

  it('is answered when the reply is about it, even at the end', () => {
    expect(
      kindsIn([
        ['Tara Boyd', question],
        [
          'Ms. Okafor',
          'Yes, the district runs a summer reading camp in June. Let me get signatures and I will send the flyer.',
        ],
      ]).map(([kind]) => kind),
    ).not.toContain('open-question');
  });
});

// Round twelve, from sets N and O's misses after they were scored blind (now corpus/seen-n and seen-o).
describe('round twelve: the day counted out loud, the named adult, and the question to the room', () => {
  const one = (turns: [string, string][]) =>
    extractItems(
      turns.map(([speaker, text]) => ({ speaker, text, start: null })),
      { meetingDate: '2026-11-18', method: 'rules', speakers },
    )[0];

  it.each([
    "I'll have the evaluation done in ten school days. With the break that puts us at, um, the 8th.",
    "I'll get you the draft in ten school days -- with the whole Thanksgiving week off, that's December 8th.",
  ])('the day the speaker says a count comes to wins over our count: %s', (text) => {
    expect(one([['Ms. Okafor', text]])?.due).toBe('2026-12-08');
  });

  it('a count with no day said is counted (Thanksgiving Day and the Friday after it are skipped)', () => {
    expect(one([['Ms. Okafor', "I'll get you the draft in ten school days."]])?.due).toBe('2026-12-04');
  });

  it('a role said of the adult just named does not replace the name', () => {
    const item = one([
      [
        'Mr. Reyes',
        "One more thing. Coach Tran -- he's the JV soccer coach -- said he'd talk to the athletic director about tryouts.",
      ],
    ]);
    expect(item?.who).toBe('Coach Tran');
  });

  it('the school naming a change and asking the room is no agreement yet (the guide: "Does everybody agree?")', () => {
    expect(kindsOf('So, the break card as an accommodation, in every class. Does everyone agree?')).toEqual(
      [],
    );
    // A change said outright, then checked with the room, is.
    expect(
      kindsOf('So the break card goes in as an accommodation, in every class. Does everyone agree?'),
    ).toEqual(['agreement']);
  });
});
