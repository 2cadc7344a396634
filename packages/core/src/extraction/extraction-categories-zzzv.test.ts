import { describe, expect, it } from 'vitest';
import type { Utterance } from '../transcripts/transcript-types.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { afterStandIn } from '../test-support/stand-in-models.js';
import { extractItems } from './extract-items.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-seven, from the misses of sets ZZZV to ZZZZ after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Wednesday 2026-10-07.

const roster = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Lena Park', role: 'parent' },
] satisfies SpeakerRole[];
const { itemsOf } = rulesMeeting('2026-10-07', roster);

describe('a day of the month said as a word, then "with"', () => {
  it('"by the twentieth with an answer" is the 20th', () => {
    expect(
      itemsOf("I'll check with the director and call you back by the twentieth with an answer.").map(
        (i) => i.due,
      ),
    ).toEqual(['2026-10-20']);
  });

  it('guard: "the second with" a thing after it is still a place in a row, no day', () => {
    expect(itemsOf("I'll send the second draft with the new goals.").map((i) => i.due)).toEqual([null]);
  });
});

describe('when the meeting ends', () => {
  it.each([
    "Sure, I'll email it to you as soon as we wrap up here.",
    "I'll send the log over as soon as we're done.",
    "I'll send the notes home after we wrap up.",
  ])('"%s" is today', (text) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual(['2026-10-07']);
  });

  it('guard: "as soon as we\'re done with the evaluation" is no day', () => {
    expect(
      itemsOf("I'll send you the report as soon as we're done with the evaluation.").map((i) => i.due),
    ).toEqual([null]);
  });
});

// The combined method after a classifier that calls every turn a promise, or nothing.
const afterPromise = afterStandIn('2026-10-07', roster, 'commitment');
const afterNothing = afterStandIn('2026-10-07', roster, null);

describe('a promise passed along for someone named', () => {
  const text = "Oh, and Gwen asked me to pass along that she'll send the visual schedule home Thursday.";
  it('"asked me to pass along that she\'ll" is Gwen\'s', () => {
    expect(itemsOf(text).map((i) => i.who)).toEqual(['Gwen']);
  });

  it('stays a promise when the classifier reads nothing in the turn', () => {
    expect(
      afterNothing("Oh, and Coach Bell wanted me to pass along that he'll email you the practice times.").map(
        (i) => [i.kind, i.who],
      ),
    ).toEqual([['commitment', 'Coach Bell']]);
  });

  it('the same when only the classifier read the promise', () => {
    expect(
      afterPromise("Coach Bell wanted me to pass on that he's moving him to the front row.").map(
        (i) => i.who,
      ),
    ).toEqual(['Coach Bell']);
  });
});

describe('a full name, then "said she would"', () => {
  it('"Rhonda Pierce said she\'d" is Rhonda Pierce\'s', () => {
    expect(
      itemsOf("The form's drafted. Rhonda Pierce said she'd have it signed by the end of the month.").map(
        (i) => i.who,
      ),
    ).toEqual(['Rhonda Pierce']);
  });

  it('guard: a weekday after a first name is when, not a last name', () => {
    expect(itemsOf("So Carla Monday said she'd fax the form.").map((i) => i.who)).not.toContain(
      'Carla Monday',
    );
  });
});

describe('a last name the child shares with a parent', () => {
  const family = [
    { name: 'Kim Tran', role: 'student' },
    { name: 'Lan Tran', role: 'parent' },
    { name: 'Bea Cho', role: 'interpreter' },
  ] satisfies SpeakerRole[];
  const turns: Utterance[] = [
    { speaker: 'Kim Tran', text: 'Hi.', start: 0 },
    { speaker: 'Lan Tran', text: 'Okay.', start: 1 },
    {
      speaker: 'Bea Cho',
      text: "Ms. Tran says she'll email the doctor's letter to you on the thirtieth.",
      start: 2,
    },
  ];
  it('"Ms. Tran says she\'ll email it" is the parent\'s, though the child spoke first', () => {
    const items = extractItems(turns, { meetingDate: '2026-10-07', method: 'rules', speakers: family });
    expect(items.map((i) => [i.who, i.due])).toEqual([['Lan Tran', '2026-10-30']]);
  });
});
