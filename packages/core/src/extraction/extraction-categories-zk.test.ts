import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/index.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { analyzeUtterance } from './analysis.js';
import type { SpeakerRole } from './roles.js';

// Round twenty, from sets ZK, ZL and ZM's misses after they were scored blind: due dates. Wording written for this
// file, not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th, Monday the 16th.

const speakers = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Mr. Pike', role: 'school counselor' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { extract, itemsOf, kindsOf, say } = rulesMeeting('2026-03-10', speakers);
const breakSaid = say('Mr. Pike', "Spring break's the week of the 16th.");
const dueOf = (...turns: ReturnType<typeof say>[]) =>
  extract(...turns).find((i) => i.kind === 'commitment' && i.source === turns.at(-1)?.text)?.due;

describe('the speaker takes back a day with "-- no"', () => {
  it('"Friday -- no. Monday." is Monday', () => {
    expect(itemsOf("I'll get the schedule to you Friday -- no. Monday. The copier's down.")[0]?.due).toBe(
      '2026-03-16',
    );
  });

  it('"Thursday, the 12th -- no, I have a field trip. Friday, the 13th." is the 13th', () => {
    expect(
      itemsOf(
        "I'll send the final plan by Thursday, the 12th -- no, I'm on a field trip. Friday, the 13th.",
      )[0]?.due,
    ).toBe('2026-03-13');
  });

  it('"-- no problem" takes nothing back', () => {
    expect(itemsOf("I'll send it Thursday -- no problem at all. Or sooner.")[0]?.due).toBe('2026-03-12');
  });
});

describe('a weekday and a day of the month said side by side are one day', () => {
  it('"the 13th, that Friday" is the 13th', () => {
    expect(itemsOf("I'll have the draft to you the 13th, that Friday.")[0]?.due).toBe('2026-03-13');
  });

  it('"actually, let me say the 20th, that Friday" is the 20th, not this Friday', () => {
    expect(
      itemsOf("I'll have it to you by Thursday -- actually, let me say the 20th, that Friday.")[0]?.due,
    ).toBe('2026-03-20');
  });

  it('"the Tuesday we\'re back, the 24th" is the 24th', () => {
    expect(itemsOf("I'll bring the form in the Tuesday we're back, the 24th.", 'Dana Ruiz')[0]?.due).toBe(
      '2026-03-24',
    );
  });

  it('a weekday that is not that day of the month keeps its own date', () => {
    expect(itemsOf("I'll call you Thursday, that's before the 13th.")[0]?.due).toBe('2026-03-12');
  });
});

describe('back from a break the meeting said', () => {
  it('"the Monday we\'re back" is the Monday after the break', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll call you the Monday we're back."))).toBe('2026-03-23');
  });

  it('"the Wednesday we\'re back" is that week\'s Wednesday', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll start the check-in sheet the Wednesday we're back."))).toBe(
      '2026-03-25',
    );
  });

  it('with no break said, "the Monday we\'re back" has no date', () => {
    expect(dueOf(say('Ms. Hale', "I'll call you the Monday we're back."))).toBeNull();
  });

  it('"before we leave for break" is the last school day before it', () => {
    expect(dueOf(breakSaid, say('Ms. Hale', "I'll get you the graphs before we leave for break."))).toBe(
      '2026-03-13',
    );
  });

  it('a break asked about and answered in the next turn is said', () => {
    const asked = say(
      'Ms. Hale',
      "Sure, I can get you those. I'll send the reading graphs before spring break -- when is spring break?",
    );
    const answer = say('Mr. Pike', 'The week of the 16th. All week.');
    expect(extract(asked, answer).find((i) => i.kind === 'commitment')?.due).toBe('2026-03-13');
  });
});

describe('a break said with its days: "Thanksgiving break is the 25th through the 27th"', () => {
  const november = rulesMeeting('2026-11-10', speakers);
  const said = november.say(
    'Ms. Hale',
    'Heads up, Thanksgiving break is the 25th through the 27th this year.',
  );
  const due = (text: string) =>
    november.extract(said, november.say('Ms. Hale', text)).find((i) => i.kind === 'commitment')?.due;

  it('"before Thanksgiving break" is the 24th', () => {
    expect(due("I'll have the quizzes graded before Thanksgiving break.")).toBe('2026-11-24');
  });

  it('"the Monday we\'re back" is the 30th', () => {
    expect(due("I'll email you the Monday we're back.")).toBe('2026-11-30');
  });
});

describe('other sentences of the promise', () => {
  it('a day said alone after the promise is its day, even after "each week" in it', () => {
    expect(itemsOf("I'll send you the topics we're working on each week. Probably Monday.")[0]?.due).toBe(
      '2026-03-16',
    );
  });

  it('a repeating promise still borrows no date from another sentence', () => {
    expect(itemsOf("I'll check in every Monday. The next report card is the 20th.")[0]?.due).toBeNull();
  });
});

describe('who: a first name said with the office', () => {
  it('"Rhonda in transportation said she would call you" is Rhonda\'s', () => {
    const [item] = itemsOf(
      'Yes. Um, Rhonda in transportation said she would call you about the route by Friday.',
    );
    expect([item?.who, item?.due]).toEqual(['Rhonda', '2026-03-13']);
  });
});

// Round twenty's kinds, from the same sets.
describe('settling a decision', () => {
  it.each([
    "Three kits: the nurse's office, the gym, the art room. Written.",
    "Okay. Then that's what we're writing: sixty minutes of speech a week and a reading check-in.",
    "So OT stays at thirty minutes a month, consult. That's what we'll write.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('agreement');
  });

  it('"written" inside a sentence settles nothing', () => {
    expect(kindsOf("It's written in the old plan that way, I think.")).not.toContain('agreement');
  });
});

describe('a no', () => {
  it.each([
    "Late work is max seventy percent. I can't really just wipe that for one kid.",
    "It's on the report card, so she can't be exempt from it.",
    "It's a state assessment, and there's no opting out in Missouri. I'm sorry.",
    'Finals are required by district policy for credit. What we can do is a separate room.',
    "I don't think that's something we'd be able to do through a 504, honestly.",
    "Honestly, I don't think moving her out of the resource room is the right call this year.",
    "ESY is decided in the spring, so we're not able to say yes to that today.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('refusal');
  });
});

describe('steps at the table', () => {
  it.each([
    "Yes, I have it. I'll interpret everything for Mom.",
    "And then I'll relay what she says back.",
    "Okay, let me read it back, and then I'll print it if the copier works.",
    "Happens to everyone. I'm gonna go rescue my sub.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });
});

describe("the interpreter gives the parent's promise", () => {
  const withInterpreter = rulesMeeting('2026-03-10', [
    { name: 'Ms. Hale', role: 'case manager' },
    { name: 'Ms. Soto', role: 'district Spanish interpreter' },
    { name: 'Mrs. Ibarra', role: 'parent (mother)' },
  ] satisfies SpeakerRole[]);

  it('"She says she will bring the form Monday" is the parent\'s', () => {
    const [item] = withInterpreter.extract(
      withInterpreter.say('Mrs. Ibarra', 'Sí, el lunes.'),
      withInterpreter.say('Ms. Soto', 'She says she will bring the form Monday, to the front office.'),
    );
    expect([item?.kind, item?.who, item?.due]).toEqual(['commitment', 'Mrs. Ibarra', '2026-03-16']);
  });

  it("the interpreter's own promise stays hers", () => {
    const [item] = withInterpreter.extract(
      withInterpreter.say('Mrs. Ibarra', 'Gracias.'),
      withInterpreter.say('Ms. Soto', "I'll translate the plan and send it home by Friday."),
    );
    expect(item?.who).toBe('Ms. Soto');
  });
});

describe('a step at the table in one sentence, a dated errand in another', () => {
  const read = (text: string) =>
    analyzeUtterance({ speaker: 'Ms. Hale', text }, 0, 'staff', toIsoDate('2026-03-10'));

  it('is not marked a step at the table for the learned model', () => {
    expect(
      read("She has nine missing assignments right now. So what I'll do, I'll send you the list by Friday.")
        .inMeeting,
    ).toBe(false);
  });

  it('is, when the errand is now', () => {
    expect(read("She has nine missing assignments. I'll send you the list right now.").inMeeting).toBe(true);
  });
});
