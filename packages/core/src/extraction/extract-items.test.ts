import { describe, expect, it } from 'vitest';
import { DomainError } from '../rules/domain-error.js';
import type { Utterance } from '../transcripts/transcript-types.js';
import { extractItems } from './extract-items.js';

const meetingDate = '2026-12-07';
const say = (speaker: string | null, text: string, start: number | null = null): Utterance => ({
  speaker,
  text,
  start,
});
// These tests pin the rule method's behavior; the learned methods are measured on the corpus
// (extraction-score.test.ts) and checked for the same contract in extraction-properties.test.ts.
const extract = (...utterances: Utterance[]) => extractItems(utterances, { meetingDate, method: 'rules' });
const one = (speaker: string | null, text: string) => extract(say(speaker, text));

describe('extractItems: small talk and tricky negatives give nothing', () => {
  it.each([
    'Thanks for coming, everyone.',
    'How was your weekend?',
    "Let's get started.",
    'Good morning! Can everyone hear me okay?',
    'I will say the data looks good this quarter.',
    "I'll be honest, he has had a hard month.",
    "I'll tell you what, he is a joy to have in class.",
    "We'll see how he does with the new plan.",
    "Thanks for coming, we'll see you in January.",
    "I'll share my screen so we can all see the draft.",
    "I'll pass around the sign-in sheet.",
    "I'll give you a paper copy now.",
    'I will need a copy before I sign.',
    "He can't sit still after lunch.",
    "I won't be here next week.",
    'Sounds good.',
    'Yeah, no problem.',
    "Okay, I'm fine with that.",
    'Have a great holiday break!',
    "Let's take a five-minute break.",
  ])('%s', (text) => {
    expect(one('Ms. Lee', text)).toEqual([]);
  });
});

describe('extractItems: commitments', () => {
  it('takes who, what and when from "I will"', () => {
    expect(one('Ms. Lee', 'I will send you the Notice of Action by Friday.')).toEqual([
      {
        kind: 'commitment',
        text: 'Send you the Notice of Action',
        who: 'Ms. Lee',
        due: '2026-12-11',
        start: null,
        source: 'I will send you the Notice of Action by Friday.',
      },
    ]);
  });

  it('"we will" is the speaker; a title and name, a known speaker, or a role is that person', () => {
    const items = extract(
      say('Mr. Ortiz', "We'll send home the draft IEP within a week."),
      say('Mr. Ortiz', 'Ms. Lee will set up the reconvene meeting in two weeks.'),
      say('Ms. Lee', 'Patel will write up the evaluation report.'),
      say('Dr. Patel', 'The case manager will schedule the FBA.'),
      say('Ms. Lee', 'The OT is going to send the sensory diet handout.'),
    );
    expect(items.map((i) => [i.who, i.text, i.due])).toEqual([
      ['Mr. Ortiz', 'Send home the draft IEP', '2026-12-14'],
      ['Ms. Lee', 'Ms. Lee will set up the reconvene meeting', '2026-12-21'],
      ['Dr. Patel', 'Dr. Patel will write up the evaluation report', null],
      ['the case manager', 'The case manager will schedule the FBA', null],
      ['the OT', 'The OT will send the sensory diet handout', null],
    ]);
  });

  it('works on lower-case speech-to-text with no punctuation', () => {
    expect(
      one(null, 'ms lee will email you the graphs by friday').map((i) => [i.who, i.text, i.due]),
    ).toEqual([['Ms. Lee', 'Ms. Lee will email you the graphs', '2026-12-11']]);
  });

  it('"I will" with no known speaker has no who', () => {
    expect(one(null, "I'll bring his outside evaluation.")[0]?.who).toBeNull();
  });

  it('"she will" counts only for a clear action, with no who', () => {
    expect(one('Ms. Lee', "She'll send the report home.").map((i) => [i.kind, i.who])).toEqual([
      ['commitment', null],
    ]);
    expect(one('Ms. Lee', "She'll struggle with the new schedule.")).toEqual([]);
  });

  it('"you will get" is a promise by the speaker', () => {
    expect(one('Ms. Lee', "You'll get the draft by Friday.").map((i) => [i.who, i.text])).toEqual([
      ['Ms. Lee', 'Send you the draft'],
    ]);
  });

  it('a tag question does not hide a commitment', () => {
    expect(one('Ms. Lee', "I'll send it Thursday, okay?").map((i) => [i.kind, i.due])).toEqual([
      ['commitment', '2026-12-10'],
    ]);
  });

  it('gives one item per utterance (the guide labels one kind a turn): a refusal wins over a promise', () => {
    const items = one(
      'Mrs. Brooks',
      "I won't be at the January meeting. But I'll send my notes. We can't add a session.",
    );
    expect(items.map((i) => i.kind)).toEqual(['refusal']);
  });

  it("a promise in the words of the request it answers takes the request's date", () => {
    const items = extract(
      say('Dana', 'Could you email me his new schedule by Wednesday?'),
      say('Ms. Lee', 'Yep, I can do that.'),
    );
    expect(items.map((i) => [i.kind, i.who, i.due])).toEqual([['commitment', 'Ms. Lee', '2026-12-09']]);
  });

  it('a role or a relative as said is who; "he" or "she" names nobody', () => {
    const items = extract(
      say('Marcus Reed', "And his mom will send you the doctor's note Monday."),
      say('Mrs. Vance', 'And, um, the nurse will call you once the orders come in.'),
    );
    expect(items.map((i) => [i.who, i.due])).toEqual([
      ['his mom', '2026-12-14'],
      ['the nurse', null],
    ]);
  });

  it('hedged real offers count; in-meeting steps, habits, past actions and hypotheticals do not', () => {
    expect(one('Mr. Park', 'I can try to get that to you by Friday.').map((i) => [i.kind, i.due])).toEqual([
      ['commitment', '2026-12-11'],
    ]);
    expect(one('Mr. Park', 'Let me see if I can find that data for you.').map((i) => i.kind)).toEqual([
      'commitment',
    ]);
    for (const text of [
      'Let me pull up the draft.',
      'Let me share the goals page.',
      'I always email on Fridays.',
      'I emailed you the data sheets on Friday.',
      'We could maybe look at an organization coach next semester.',
      "If the FBA shows it's attention-seeking, we'd probably change the plan.",
      "We're gonna go through present levels first, then goals.",
      "And I'll want to see the incident reports for September.",
    ])
      expect(one('Mr. Park', text)).toEqual([]);
  });
});

describe('extractItems: refusals, soft ones too', () => {
  it.each([
    "We're not able to add a second session right now.",
    "That's not something we offer at the elementary level.",
    "We don't typically provide speech therapy over the summer.",
    "The district doesn't provide private tutoring.",
    "Unfortunately, SSD can't provide transportation to the clinic.",
    "I'm afraid a private aide is beyond what we can provide.",
    "We'd rather not change his placement in the middle of the year.",
    "That's not an option for us this year.",
    "There's nothing we can do about the bus schedule.",
    "I don't think a full reevaluation is needed at this point.",
    "We won't be able to do the assistive technology evaluation until spring.",
    'He does not qualify for extended school year.',
  ])('%s', (text) => {
    const items = one('Mr. Ortiz', text);
    expect(items.map((i) => [i.kind, i.who, i.due])).toEqual([['refusal', 'Mr. Ortiz', null]]);
  });

  it('keeps the words, without the filler in front', () => {
    expect(one('Ms. Rivera', 'Um, so, unfortunately, we cannot approve the IEE.')[0]?.text).toBe(
      'We cannot approve the IEE.',
    );
  });
});

describe('extractItems: agreements', () => {
  it.each([
    ["Sounds good, we'll add the graphic organizers.", "We'll add the graphic organizers."],
    [
      'We agree to move his speech minutes to 60 a week.',
      'We agree to move his speech minutes to 60 a week.',
    ],
    ['The team agreed that he qualifies under OHI.', 'The team agreed that he qualifies under OHI.'],
    ["Everyone's in agreement on the accommodations.", "Everyone's in agreement on the accommodations."],
    ["Yes, that's allowed, we'll add it.", "That's allowed, we'll add it."],
  ])('%s', (text, expected) => {
    expect(one('Mr. Chen', text).map((i) => [i.kind, i.text])).toEqual([['agreement', expected]]);
  });

  it('an agreement keeps a date introduced by "on"', () => {
    expect(one('Ms. Rivera', 'The team agreed to reconvene on January 12th.')[0]?.due).toBe('2027-01-12');
  });

  it('"yes, I\'ll email it" is a commitment, not an agreement', () => {
    expect(one('Ms. Lee', "Yes, I'll email the notes by the end of the week.").map((i) => i.kind)).toEqual([
      'commitment',
    ]);
  });
});

describe('extractItems: open questions', () => {
  it('"I\'ll find out", "let me check", "I\'ll ask and get back to you" are commitments (the guide)', () => {
    const items = extract(
      say('Ms. Lee', "I'll find out from the reading specialist and let you know."),
      say(
        'Ms. Rivera',
        "I'm not sure about mileage, I'll ask the director and get back to you by Wednesday.",
      ),
    );
    expect(items.map((i) => [i.kind, i.who, i.due])).toEqual([
      ['commitment', 'Ms. Lee', null],
      ['commitment', 'Ms. Rivera', '2026-12-09'],
    ]);
  });

  it('a question answered "we\'d have to check" or "I don\'t know" is open; the reply is not an item', () => {
    const items = extract(
      say('Dana', 'What about extended school year for this summer?', 1),
      say('Mr. Ortiz', "We'll have to check with the district office on ESY eligibility.", 2),
      say('Dana', 'Is he going to miss recess for speech?', 3),
      say('Ms. Reyes', "Oh, I'd have to look at my schedule, I don't know yet.", 4),
    );
    expect(items.map((i) => [i.kind, i.start])).toEqual([
      ['open-question', 1],
      ['open-question', 3],
    ]);
  });

  it('a question that gets an answer is nothing; one put off or left hanging is open', () => {
    const items = extract(
      say('Dana', 'Can he use a calculator on the MAP test?', 1),
      say('Ms. Lee', 'Yes, he can, it is in his plan.', 2),
      say('Dana', 'Why was his recess taken away last Tuesday?', 3),
      say('Mr. Ortiz', "Let's talk about that after the meeting.", 4),
      say('Dana', 'Who trains the substitute on his plan?', 5),
      say('Dana', "Last time the sub didn't know about his breaks.", 6),
      say('Mr. Ortiz', 'Okay, moving on to the service minutes.', 7),
      say('Dana', 'When will the new progress report come home?', 8),
    );
    expect(items.map((i) => [i.kind, i.text, i.start, i.who])).toEqual([
      ['open-question', 'Why was his recess taken away last Tuesday?', 3, null],
      ['open-question', 'Who trains the substitute on his plan?', 5, null],
      ['open-question', 'When will the new progress report come home?', 8, null],
    ]);
  });

  it('a question whose reply takes it on is not open: the reply is the commitment', () => {
    const items = extract(
      say('Dana', 'Did the district ever get the letter from his doctor?'),
      say('Ms. Lee', "I haven't seen it, I'll find out and email you."),
    );
    expect(items.map((i) => [i.kind, i.who])).toEqual([['commitment', 'Ms. Lee']]);
  });

  it('small talk questions and very short ones are never open', () => {
    expect(extract(say('Dr. Patel', 'Is everyone able to hear me on the phone?'))).toEqual([]);
    expect(extract(say('Dana', 'Who decides that?'))).toEqual([]);
  });
});

describe('extractItems: bookmarks', () => {
  it('a bookmark of kind promised/refused/agreed/question makes an item even from weak words', () => {
    const items = extract(
      { speaker: null, text: 'Progress graphs', start: 10, bookmark: { kind: 'promised' } },
      { speaker: null, text: 'No ESY', start: 20, bookmark: { kind: 'refused' } },
      { speaker: null, text: 'Calculator for math', start: 30, bookmark: { kind: 'agreed' } },
      { speaker: null, text: 'Bus aide?', start: 40, bookmark: { kind: 'question' } },
      { speaker: null, text: 'He cried at drop-off today', start: 50, bookmark: { kind: 'note' } },
    );
    expect(items.map((i) => [i.kind, i.text, i.start])).toEqual([
      ['commitment', 'Progress graphs.', 10],
      ['refusal', 'No ESY.', 20],
      ['agreement', 'Calculator for math.', 30],
      ['open-question', 'Bus aide?', 40],
    ]);
  });

  it('a promised bookmark with real words gets who and when', () => {
    const items = extract(
      { speaker: null, text: 'Ms. Lee will send graphs Friday', start: 5, bookmark: { kind: 'promised' } },
      { speaker: null, text: 'Graphs by Friday', start: 6, bookmark: { kind: 'promised' } },
    );
    expect(items.map((i) => [i.who, i.text, i.due])).toEqual([
      ['Ms. Lee', 'Ms. Lee will send graphs', '2026-12-11'],
      [null, 'Graphs by Friday.', '2026-12-11'],
    ]);
  });

  it('a bookmark that repeats its segment\u2019s words does not list the same item twice', () => {
    const text = "We're not able to add a second session.";
    const items = extract(say('Mrs. Brooks', text, 10), {
      speaker: 'Mrs. Brooks',
      text,
      start: 12,
      bookmark: { kind: 'refused' },
    });
    expect(items).toHaveLength(1);
  });

  it('a note bookmark follows the normal rules', () => {
    const items = extract({
      speaker: null,
      text: 'we will send the graphs by friday',
      start: 5,
      bookmark: { kind: 'note' },
    });
    expect(items.map((i) => i.kind)).toEqual(['commitment']);
  });
});

describe('extractItems: input', () => {
  it('refuses a meeting date that is not a real date, in plain words', () => {
    expect(() => extractItems([], { meetingDate: '2026-13-01' })).toThrow(DomainError);
  });

  it('the same words said twice at different times are two items', () => {
    const items = extract(
      say('Ms. Lee', "We can't add a session.", 10),
      say('Ms. Lee', "We can't add a session.", 900),
    );
    expect(items.map((i) => i.start)).toEqual([10, 900]);
  });

  it('skips empty utterances and keeps start and source', () => {
    const items = extract(say('Ms. Lee', '   ', 1), say('Ms. Lee', "I'll send it.", 2));
    expect(items.map((i) => [i.start, i.source])).toEqual([[2, "I'll send it."]]);
  });
});

describe('extractItems: school days on the school calendar', () => {
  const promise = say('Ms. Lee', "I'll have the draft to you in five school days.");
  const dueOf = (items: ReturnType<typeof extract>) => items.find((i) => i.kind === 'commitment')?.due;

  it('counts five school days from Monday December 7 to the next Monday', () => {
    expect(dueOf(extract(promise))).toBe('2026-12-14');
  });

  it('skips a day off said anywhere in the meeting', () => {
    const dayOff = say('Ms. Lee', "Heads up, we're off Wednesday, no school.");
    expect(dueOf(extract(dayOff, promise))).toBe('2026-12-15');
    expect(dueOf(extract(promise, dayOff))).toBe('2026-12-15');
  });

  it("skips the case's closures too", () => {
    const items = extractItems([promise], {
      meetingDate,
      method: 'rules',
      closures: [{ from: '2026-12-09', to: '2026-12-10', reason: 'Teacher workdays' }],
    });
    expect(dueOf(items)).toBe('2026-12-16');
  });
});

describe('extractItems: long unpunctuated speech', () => {
  it('keeps items short enough to read, and the source whole', () => {
    const filler = Array.from({ length: 60 }, () => 'and then the reading group').join(' ');
    const text = `i will send the new schedule home ${filler}`;
    const items = extract(say('Ms. Lee', text));
    expect(items).toHaveLength(1);
    expect(items[0]?.text.split(' ').length).toBeLessThanOrEqual(26);
    expect(items[0]?.text.endsWith('...')).toBe(true);
    expect(items[0]?.source).toBe(text);
  });
});
