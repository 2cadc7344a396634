import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-one, from the misses of sets ZZC and ZZE to ZZL (ZZH to ZZL after they were scored blind). Wording
// written for this file, not taken from the sets. The meeting is on Tuesday 2026-09-15.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf } = rulesMeeting('2026-09-15', roster);

const dueOfLast = (items: ReturnType<typeof extract>) =>
  items.filter((i) => i.kind === 'commitment').at(-1)?.due;

describe('a promise that joins one made before', () => {
  it('"I\'ll put it in the same notice" is due when the notice is', () => {
    const items = extract(
      say('Dana Ruiz', "I'd like the answer on summer school in a Prior Written Notice."),
      say('Ms. Hale', "Okay. I'll send you the notice by the 25th."),
      say('Dana Ruiz', 'And the aide request too, please.'),
      say('Ms. Hale', "Yes, I'll put it in the same notice."),
    );
    expect(dueOfLast(items)).toBe('2026-09-25');
  });

  it('a notice whose day is settled in the next words carries that day to "the same notice"', () => {
    const items = extract(
      say('Ms. Hale', "We'll get you a written notice on that."),
      say('Dana Ruiz', 'By when?'),
      say('Ms. Hale', "I'll have it to you by October 2nd."),
      say('Dana Ruiz', 'Put the bus question in it too.'),
      say('Ms. Hale', "Sure, I'll add it to the same notice."),
    );
    expect(dueOfLast(items)).toBe('2026-10-02');
  });

  it('"same date" with no promise before it stays undated', () => {
    expect(itemsOf("I'll send the goals the same date.")[0]?.due).toBeNull();
  });
});

describe('the day taken back', () => {
  it('"Monday -- no, Tuesday, Monday\'s the district training": the day described is not the day meant', () => {
    expect(
      itemsOf("I'll have the draft to you Monday -- no, Tuesday, Monday's the district training day.")[0]
        ?.due,
    ).toBe('2026-09-22');
  });

  it('"in the Tuesday folder -- wait, Tuesday\'s the field trip. So Wednesday."', () => {
    expect(
      itemsOf("I'll send it home in the Tuesday folder -- wait, Tuesday's the field trip. So Wednesday.")[0]
        ?.due,
    ).toBe('2026-09-16');
  });

  it('"Let\'s say Thursday, I\'ve got meetings all day Friday": the reason is no day', () => {
    expect(
      itemsOf(
        "I'll get it to you Friday -- no, Thursday. Let's say Thursday, I've got meetings all day Friday.",
      )[0]?.due,
    ).toBe('2026-09-17');
  });
});

describe('later the same day', () => {
  it('"after practice" and "on my way home" are the meeting day', () => {
    expect(itemsOf("I'll stop by the bus garage after practice.")[0]?.due).toBe('2026-09-15');
    expect(itemsOf("I'll call the doctor's office on my way home.", 'Dana Ruiz')[0]?.due).toBe('2026-09-15');
  });

  it('a day said with it wins: "on my way home Thursday"', () => {
    expect(itemsOf("I'll drop the form off on my way home Thursday.", 'Dana Ruiz')[0]?.due).toBe(
      '2026-09-17',
    );
  });
});

describe('the day counted out loud', () => {
  it('"that would be, let me count... the 30th": the day said wins over our count', () => {
    expect(
      itemsOf(
        "I'll have the evaluation plan to you in ten school days. With the holiday that would be, let me count... the 30th.",
      )[0]?.due,
    ).toBe('2026-09-30');
  });

  it('"the first Monday of each month, so the first one would be October 5th"', () => {
    expect(
      itemsOf(
        "I'll check in with you the first Monday of each month, so the first one would be October 5th.",
      )[0]?.due,
    ).toBe('2026-10-05');
    expect(itemsOf("I'll call you the first Monday of every month.")[0]?.due).toBeNull();
  });

  it('"once the window closes on the 18th -- so the Monday after" is counted from the 18th', () => {
    expect(
      itemsOf("I'll email you the scores once the window closes on the 18th -- so the Monday after.")[0]?.due,
    ).toBe('2026-09-21');
  });

  it('"the Thursday before, the 24th": the day before an event said with its date', () => {
    expect(
      itemsOf("I'll train the aides before the field trip -- the Thursday before, the 24th, after school.")[0]
        ?.due,
    ).toBe('2026-09-24');
  });
});

describe('days off and days named', () => {
  it('"we don\'t have school Friday the 25th, it\'s a teacher workday" is off when school days are counted', () => {
    const items = extract(
      say('Ms. Hale', "Just so you know, we don't have school Friday the 25th, it's a teacher workday."),
      say('Ms. Hale', "I'll have the typed plan sent home in eight school days."),
    );
    expect(dueOfLast(items)).toBe('2026-09-28');
  });

  it('"the week before break is chaos" is no deadline: "the Monday we\'re back" is', () => {
    const items = extract(
      say('Ms. Hale', "Fall break's the week of October 12th."),
      say(
        'Ms. Hale',
        "I'll have the office fix the attendance codes. Realistically the Monday we're back, because the week before break is busy.",
      ),
    );
    expect(dueOfLast(items)).toBe('2026-10-19');
  });

  it('"the 8th, it\'s a Thursday. I\'ll bring a copy in the next day, Friday."', () => {
    expect(
      itemsOf(
        "The clinic visit is on the 7th -- no, the 8th, it's a Thursday. I'll bring a copy in the next day, Friday.",
        'Dana Ruiz',
      )[0]?.due,
    ).toBe('2026-10-09');
  });

  it('"in ten school -- well, no, there aren\'t ten days left. By the 18th." takes the day said after', () => {
    expect(
      itemsOf(
        "I'll get the final plan to you in ten school -- well, no, we don't have ten school days left. By the last day. The 18th.",
      )[0]?.due,
    ).toBe('2026-09-18');
  });

  it('"by Friday, and then you can sign it and bring it back Monday": the family\'s errand is not the due day', () => {
    expect(
      itemsOf(
        "I'll get the plan emailed to you by Friday, and then you can sign it and bring it back Monday.",
      )[0]?.due,
    ).toBe('2026-09-18');
  });
});

describe('a question answered', () => {
  const openOf = (items: ReturnType<typeof extract>) => items.filter((i) => i.kind === 'open-question');

  it('"Good question. So we have three people trained..." answers it', () => {
    const items = extract(
      say(
        'Dana Ruiz',
        'What happens on the days the nurse is at the other school? Who gives the medicine then?',
      ),
      say(
        'Ms. Hale',
        'Good question. So we have three people trained on the medicine right now, the secretary, the coach and me.',
      ),
    );
    expect(openOf(items)).toHaveLength(0);
  });

  it('"Good question. Let me think." leaves it open', () => {
    const items = extract(
      say('Dana Ruiz', 'Who covers his lunch duty when the aide is out sick?'),
      say('Ms. Hale', 'Good question. Let me think.'),
      say('Ms. Hale', 'Okay, the next page is the services grid.'),
    );
    expect(openOf(items)).toHaveLength(1);
  });

  it('"...out of state it depends, you\'d have to look each one up" answers it', () => {
    const items = extract(
      say('Dana Ruiz', 'Do colleges take the accommodations, though? Like out of state?'),
      say(
        'Ms. Hale',
        "The state university takes them, I checked for another student. Out of state, you'd have to look each one up.",
      ),
    );
    expect(openOf(items)).toHaveLength(0);
  });
});

describe('the plan typed as it is settled', () => {
  const kindOf = (text: string) => itemsOf(text)[0]?.kind;

  it.each([
    'So, the number line for classwork, not for the timed probes. Okay, done, adding it.',
    'Okay, a study hall in the library on test days, adding it.',
    "So for state tests: extra time, a small room, breaks. Okay, I'm writing it.",
    "And that'll be written into the plan, that an adult trained on the pump is there all day.",
    'Printed notes for every lecture. Anybody against? Okay. In.',
    'Great, a water bottle in every class goes in.',
    'Two-day extensions for any test, in any class. Added.',
  ])('"%s" is an agreement', (text) => {
    expect(kindOf(text)).toBe('agreement');
  });

  it('"Great. Added." alone settles nothing said in the turn', () => {
    expect(kindOf('Great. Added.')).toBeUndefined();
  });

  it('"Writing it down." is a note, not the plan', () => {
    expect(kindOf("Sure. I'm writing it down.")).toBeUndefined();
  });
});

describe('the recap read back at the end', () => {
  it('a turn of three or more "item: outcome" lines restates what was settled, and adds no item', () => {
    expect(
      itemsOf(
        "Extra time on tests: added. A one-on-one aide: not this year. Speech minutes: staying at sixty. Mom's sending the form Monday.",
      ),
    ).toHaveLength(0);
  });

  it('one "item: outcome" line is still read', () => {
    expect(itemsOf("Okay, so we're adding: extra time on tests and quizzes.")[0]?.kind).toBe('agreement');
  });
});

describe('a yes with its day', () => {
  const staff = [
    { name: 'Ms. Hale', role: 'case manager' },
    { name: 'Mr. Tran', role: 'speech therapist' },
    { name: 'Dana Ruiz', role: 'parent' },
  ] satisfies SpeakerRole[];
  const team = rulesMeeting('2026-09-15', staff);

  it('"Can you send me the schedule?" "Yep. Tomorrow." is a promise due tomorrow, between staff too', () => {
    const items = team.extract(
      team.say('Ms. Hale', 'Mr. Tran, can you send me the speech schedule?'),
      team.say('Mr. Tran', 'Yep. Tomorrow.'),
    );
    expect(items.find((i) => i.kind === 'commitment')).toMatchObject({ who: 'Mr. Tran', due: '2026-09-16' });
  });

  it('a yes with a day to a question that asks for nothing is no promise', () => {
    const items = team.extract(
      team.say('Dana Ruiz', 'Is the field trip still on?'),
      team.say('Ms. Hale', 'Yep. Friday.'),
    );
    expect(items.filter((i) => i.kind === 'commitment')).toHaveLength(0);
  });
});

describe('steps at the table', () => {
  it.each([
    "Sure. I'll be interpreting for Mrs. Ortiz today, and I'll relay everything in the third person.",
    "Sorry, I'm going to be taking a lot of notes, so I may ask you to repeat things.",
    "I'll let Dana, she does the testing plans.",
    "I'll let Dr. Amsel answer that one.",
  ])('"%s" is no promise', (text) => {
    expect(itemsOf(text).filter((i) => i.kind === 'commitment')).toHaveLength(0);
  });

  it('"I\'ll let you know by Friday" still is', () => {
    expect(itemsOf("I'll let you know by Friday.")[0]).toMatchObject({
      kind: 'commitment',
      due: '2026-09-18',
    });
  });
});

describe('a question the meeting is pulled away from', () => {
  const openOf = (items: ReturnType<typeof extract>) => items.filter((i) => i.kind === 'open-question');

  it.each([
    "Sorry -- hang on, that's the front office on the radio. Okay, go ahead.",
    'Oh, shoot, sorry, my phone. One second.',
    'Oh -- that reminds me, totally different thing, the copier ate my copies.',
  ])('after "%s" the question is still open', (reply) => {
    const items = extract(
      say('Dana Ruiz', 'Will she keep the same aide next year at the middle school?'),
      say('Ms. Hale', reply),
      say('Ms. Hale', 'Okay, where were we. The testing page.'),
    );
    expect(openOf(items)).toHaveLength(1);
  });

  it('"Hang on, let me look. Yes, the aide moves up with her." answers it', () => {
    const items = extract(
      say('Dana Ruiz', 'Will she keep the same aide next year at the middle school?'),
      say('Ms. Hale', 'Hang on, let me look. Yes, the aide moves up with her to the middle school.'),
    );
    expect(openOf(items)).toHaveLength(0);
  });
});

describe('the day given in the next turn', () => {
  it('"I\'ll pull them." "When?" "Tomorrow. I\'ll email them." is one promise, due tomorrow', () => {
    const items = extract(
      say('Dana Ruiz', 'Can I get copies of the probes?'),
      say('Ms. Hale', "Yeah, I'll pull them."),
      say('Dana Ruiz', 'When?'),
      say('Ms. Hale', "Tomorrow. I'll email them, folders get lost."),
    );
    const promises = items.filter((i) => i.kind === 'commitment');
    expect(promises).toHaveLength(1);
    expect(promises[0]?.due).toBe('2026-09-16');
  });

  it("a day said by someone else is not the promiser's", () => {
    const items = extract(
      say('Ms. Hale', "I'll email the transportation office."),
      say('Dana Ruiz', 'Tomorrow.'),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBeNull();
  });
});
