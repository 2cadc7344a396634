import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { extractItems } from './extract-items.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-three, from sets ZT, ZU and ZV's misses after they were scored blind. Wording written for this file,
// not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
  { name: 'Ms. Ortiz', role: 'school counselor' },
] satisfies SpeakerRole[];
const { say, extract, kindOf, itemsOf, kindsOf } = rulesMeeting('2026-03-10', roster);
const january = rulesMeeting('2026-01-20', roster);

describe('a day taken back with "well"', () => {
  it.each([
    ["I'll drop it off Thursday -- well no, you're closed Thursday. Friday.", '2026-03-13'],
    ["I'll call you tonight -- well, tomorrow, my notes are at home.", '2026-03-11'],
    ["I'll have the badge for him Monday -- well, Monday's a workday, so Tuesday.", '2026-03-17'],
  ])('%s', (text, due) => {
    expect(itemsOf(text)[0]?.due).toBe(due);
  });
});

describe('days off and breaks said in the meeting', () => {
  it('"the day after we get back from spring break" is the Tuesday after it', () => {
    const items = extract(
      say('Ms. Hale', 'Spring break is the week of the 23rd.'),
      say('Ms. Ortiz', "I'll meet with her the day after we get back from spring break."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-31');
  });

  it('"Thursday and Friday, the 19th and 20th" are the days off counted past', () => {
    const items = extract(
      say('Ms. Hale', "We're off Thursday and Friday, the 19th and 20th."),
      say('Ms. Hale', "I'll have the evaluation plan to you in eight school days."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-24');
  });

  it('"Break\'s the 23rd through the 27th" said in January is spring break in March', () => {
    const items = january.extract(
      january.say(
        'Ms. Hale',
        "I'll have the reading numbers to you before spring break. Break's the 23rd through the 27th, right?",
      ),
    );
    expect(items[0]?.due).toBe('2026-03-20');
  });

  it('"after spring break. Which is -- the week of the 16th?" names the break unsure, and dates it', () => {
    const items = january.extract(
      january.say(
        'Ms. Hale',
        'We decide summer school after spring break. Which is -- the week of the 16th?',
      ),
      january.say('Ms. Ortiz', "I'll send you the regression data before spring break."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-13');
  });
});

describe('when it reaches them', () => {
  it('"today, so you have it in ten school days" is due when it arrives', () => {
    expect(
      itemsOf("I'll send it to the translator today, so you have the Spanish copy in ten school days.")[0]
        ?.due,
    ).toBe('2026-03-24');
  });

  it('"by Monday, so she has it at the start of the week" keeps its "by"', () => {
    expect(
      itemsOf("I'll send her the rubric by Monday, so she has it at the start of next week.")[0]?.due,
    ).toBe('2026-03-16');
  });

  it('a later promise on a day says when a weekly time starts', () => {
    expect(
      itemsOf("I can do 7:30 on Thursdays. I'll set up the first one for next Thursday, the 19th.")[0]?.due,
    ).toBe('2026-03-19');
  });
});

describe('an event the meeting dated', () => {
  it('"before the concert" is the day before the concert the meeting said', () => {
    const items = extract(
      say('Dana Ruiz', 'What about the spring concert?'),
      say('Ms. Hale', "That's Thursday the 19th."),
      say('Ms. Ortiz', "I'll have her part recorded before the concert."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-18');
  });

  it('an event the meeting never dated gives no day', () => {
    expect(itemsOf("I'll have her part recorded before the concert.")[0]?.due).toBeNull();
  });
});

describe('the family telling the school to go ahead', () => {
  it.each(['Fine. Do that.', 'Okay. With the chart -- yes, put that goal in.', 'Yes. All of it.'])(
    '%s',
    (text) => {
      expect(
        kindOf(
          say('Ms. Hale', 'We could move her speech time to the morning block.'),
          say('Dana Ruiz', text),
        ),
      ).toBe('agreement');
    },
  );

  it('"Yes, please do that" to an offer settles nothing', () => {
    expect(
      kindOf(
        say('Ms. Ortiz', 'If you want, I can ask the nurse to call you about it.'),
        say('Dana Ruiz', 'Yes, please do that.'),
      ),
    ).not.toBe('agreement');
  });

  it('"Okay. Where do I sign?" is no yes', () => {
    expect(
      kindOf(
        say('Ms. Hale', 'We need your consent for the services.'),
        say('Dana Ruiz', 'Okay. Where do I sign?'),
      ),
    ).toBeNull();
  });
});

describe('the school settling it', () => {
  it.each([
    'So we keep the reading group at four days until the review. That is the decision.',
    "Snacks in every room, not just class. Yes -- I'm changing the wording right now.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('agreement');
  });

  it('"Let\'s do the health plan now and come back to the bus" orders the agenda', () => {
    expect(kindsOf("Then let's do the health plan now and come back to the bus stuff.")).toEqual([]);
  });
});

describe('questions', () => {
  it('a question the school moves past with the next agenda item stays open', () => {
    expect(
      extract(
        say('Dana Ruiz', 'Is the summer reading program free?'),
        say('Ms. Hale', 'Okay, transition. I have two goals here.'),
      ).map((i) => i.kind),
    ).toEqual(['open-question']);
  });

  it.each(['Where do I sign?', 'Should I hold her question?', "Is it all right my sister's here?"])(
    '%s is no open question',
    (text) => {
      expect(kindsOf(text, 'Dana Ruiz')).toEqual([]);
    },
  );
});

describe('no refusal', () => {
  it.each([
    "I can't decide that sitting here, I have to take it to the director.",
    "I need a signed order from her doctor or I legally can't give it.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('refusal');
  });
});

describe('promises', () => {
  it('"It\'ll be in her backpack tomorrow" promises it, due tomorrow', () => {
    expect(
      itemsOf("The chart's done, I just have to laminate it. It'll be in her backpack tomorrow.")[0],
    ).toMatchObject({ kind: 'commitment', due: '2026-03-11' });
  });

  it('"last time somebody said they\'d look into it" is no promise', () => {
    expect(
      kindsOf(
        "How long does that take? Because last time somebody said they'd look into it and that was May.",
        'Dana Ruiz',
      ),
    ).not.toContain('commitment');
  });

  it('a promise handed to someone else after "actually, no" is theirs', () => {
    expect(
      itemsOf(
        "I'll set that up -- actually, no, Ms. Ortiz runs the job shadows, she'll set it up. She can have it by the 20th.",
      )[0],
    ).toMatchObject({ kind: 'commitment', who: 'Ms. Ortiz' });
  });

  it("the student's own promise is none, whatever the classifier reads", () => {
    const items = extractItems(
      [
        {
          speaker: 'Jordan',
          text: "I can fill it out this week. I'll get it back to you by Friday.",
          start: null,
        },
      ],
      { meetingDate: '2026-03-10', speakers: [...roster, { name: 'Jordan', role: 'student' }] },
    );
    expect(items).toEqual([]);
  });
});
