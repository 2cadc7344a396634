import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// One test per kind of mistake found on held-out set E (now corpus/seen-e), with wording written for this file (not
// copied from any corpus meeting), read by the rules alone. The meeting is on Tuesday 2027-03-09.

const meetingDate = '2027-03-09';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Varga', role: 'case manager' },
  { name: 'Mr. Ibsen', role: 'assistant principal' },
  { name: 'Lucia Ferro', role: 'parent' },
  { name: 'Ana Ruiz', role: 'interpreter' },
];
const { say, kindOf, kindAt } = rulesMeeting(meetingDate, speakers);

describe('a question relayed or softened, without a question mark, is still a question', () => {
  it.each([
    "She's asking whether the bus can pick him up at her sister's house.",
    'He wants to know if the speech minutes count during testing week.',
    'I was wondering if the district would pay for the hearing aid batteries.',
  ])('%s, left unanswered, is an open question', (text) => {
    expect(
      kindAt(0, say('Ana Ruiz', text), say('Ms. Varga', "Hmm, I'm not sure. Let's keep moving for now.")),
    ).toBe('open-question');
  });

  it('answered, it is nothing to follow up', () => {
    expect(
      kindAt(
        0,
        say('Ana Ruiz', "She's asking whether the bus can pick him up at her sister's house."),
        say('Mr. Ibsen', 'Yes, any address in the district works, she just fills out the change form.'),
      ),
    ).toBeNull();
  });
});

describe('a passage read out in quotes promises nothing', () => {
  it('a goal read aloud with "will" in it is not a commitment', () => {
    expect(
      kindOf(
        say(
          'Ms. Varga',
          "Second goal, I'll read it as written: 'By March, given a grade-level word problem, Theo will choose the operation in four of five tries.'",
        ),
      ),
    ).toBeNull();
  });

  it('a promise said around the quote is still a promise', () => {
    expect(
      kindOf(
        say(
          'Ms. Varga',
          "The goal says 'Theo will write a five-sentence paragraph with a checklist' and I will send you the checklist by Friday.",
        ),
      ),
    ).toBe('commitment');
  });
});

describe("the school's check with the room that names the plan", () => {
  it('said as agreed, is an agreement', () => {
    expect(kindOf(say('Mr. Ibsen', 'So the typing program for long answers, agreed.'))).toBe('agreement');
  });

  // Round twelve: asked as a question, it is the guide's "a question like 'Does everybody agree?'" (no agreement;
  // writers G to O label none); the room's answer settles it.
  it.each([
    'So the accommodation is a quiet room for quizzes and a copy of class notes. Everybody okay with that?',
    'So services: reading forty minutes daily and language twenty minutes weekly. Everyone agree?',
    'Okay, are we all in agreement to add the visual schedule to his accommodations?',
  ])('asked as a question, is not yet: %s', (text) => {
    expect(kindOf(say('Mr. Ibsen', text))).toBeNull();
  });

  it('a room check with nothing of the plan in it is not', () => {
    expect(kindOf(say('Mr. Ibsen', 'Thanks for coming in so early. Everybody okay?'))).toBeNull();
  });

  it('a bare "okay, added" names nothing', () => {
    expect(kindOf(say('Ms. Varga', 'Okay, added.'))).toBeNull();
  });
});

describe('the family letting a no stand is not an agreement', () => {
  it('"I can live with that" after a refusal', () => {
    expect(
      kindOf(
        say('Lucia Ferro', 'Could she get the aide on the bus too?'),
        say('Mr. Ibsen', "We can't add a bus aide, her data doesn't show a safety need on the bus."),
        say('Lucia Ferro', 'Okay, I can live with that.'),
      ),
    ).toBeNull();
  });

  it('the family agreeing to something named after a no is still an agreement', () => {
    expect(
      kindOf(
        say('Lucia Ferro', 'Could she get the aide on the bus too?'),
        say('Mr. Ibsen', "We can't add a bus aide, her data doesn't show a safety need on the bus."),
        say('Lucia Ferro', 'We agree with the new reading goals, though.'),
      ),
    ).toBe('agreement');
  });
});

describe('a no said as "we are not proposing" or "not going to commit" is a refusal', () => {
  it.each([
    "With the growth we're seeing, we're not proposing daily pull-out this year.",
    "I'm not going to commit to a one-on-one aide today.",
    "We'll look at summer services in April. We're not deciding that today.",
  ])('%s', (text) => {
    expect(kindOf(say('Lucia Ferro', 'He needs more help, can he get it?'), say('Mr. Ibsen', text))).toBe(
      'refusal',
    );
  });

  it('a no that trails off before naming anything is not a refusal', () => {
    expect(
      kindOf(
        say('Lucia Ferro', 'What happens if he runs out of the room?'),
        say('Ms. Varga', "We'd call the office first. I don't, um..."),
      ),
    ).toBeNull();
  });
});

describe('in-meeting steps and things done to the speaker are no promises', () => {
  it.each([
    "I'll sign it.",
    "And I'll need to be trained on the new reading software.",
    'Let me look at my calendar - does Thursday the 18th work?',
  ])('%s', (text) => {
    expect(kindAt(0, say('Lucia Ferro', text), say('Ms. Varga', 'That works for me.'))).toBeNull();
  });

  it('signing and sending something back later is still a promise', () => {
    expect(kindOf(say('Lucia Ferro', "I'll sign the release and send it back in his folder."))).toBe(
      'commitment',
    );
  });
});

describe('offering a later look is not a change to the plan', () => {
  it('"we can look again at the next progress report"', () => {
    expect(
      kindOf(
        say('Lucia Ferro', 'Is twice a week enough?'),
        say('Ms. Varga', 'I think twice a week is right, and we can look again at the next progress report.'),
      ),
    ).not.toBe('agreement');
  });

  it('"we can see him twice a week" still offers a change', () => {
    expect(
      kindOf(
        say('Lucia Ferro', 'Could he get more time with the counselor?'),
        say('Ms. Varga', 'Yes, we can see him twice a week instead of once.'),
      ),
    ).toBe('agreement');
  });
});

describe('"it depends" answers nothing', () => {
  it('the question stays open', () => {
    expect(
      kindAt(
        0,
        say('Lucia Ferro', 'Does she get sent home if she hits another child?'),
        say('Ms. Varga', "Well, it depends. We'd talk it over."),
      ),
    ).toBe('open-question');
  });

  it('"it depends on the employer" is an answer', () => {
    expect(
      kindAt(
        0,
        say('Lucia Ferro', 'Does he get paid for the work placement?'),
        say('Mr. Ibsen', 'Some are paid and some are not, it depends on the employer.'),
      ),
    ).toBeNull();
  });
});
