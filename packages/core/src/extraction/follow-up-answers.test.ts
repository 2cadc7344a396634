import { describe, expect, it } from 'vitest';
import { letterAnswersSchema } from '../letters/kind-info.js';
import { followUpAnswersFrom, mergeFollowUpAnswers, type ConfirmedItem } from './follow-up-answers.js';

const items: ConfirmedItem[] = [
  { kind: 'commitment', text: 'Send you the Notice of Action', who: 'Ms. Lee', due: '2026-12-11' },
  { kind: 'commitment', text: 'Ms. Lee will set up the next meeting.', who: 'Ms. Lee', due: null },
  { kind: 'commitment', text: 'IEP draft goes home', who: null, due: 'not a date' },
  {
    kind: 'refusal',
    text: "We don't typically provide speech over the summer.",
    who: 'Mrs. Brooks',
    due: null,
  },
  { kind: 'agreement', text: "We'll add the graphic organizers", who: 'Mr. Chen', due: null },
  { kind: 'open-question', text: 'Will the new reading program be Orton-Gillingham?', who: null, due: null },
  { kind: 'agreement', text: '   ', who: null, due: null },
];

describe('followUpAnswersFrom', () => {
  it('sorts items into the follow-up email\u2019s answers', () => {
    expect(followUpAnswersFrom(items)).toEqual({
      agreed: ["We'll add the graphic organizers."],
      refused: ["We don't typically provide speech over the summer."],
      commitments: [
        { who: 'Ms. Lee', what: 'send you the Notice of Action', by: '2026-12-11' },
        { who: 'Ms. Lee', what: 'set up the next meeting', by: 'unknown' },
        { what: 'IEP draft goes home', by: 'unknown' },
      ],
      discussed: ['Still open: Will the new reading program be Orton-Gillingham?'],
    });
  });

  it('gives answers the follow-up letter accepts', () => {
    const answers = mergeFollowUpAnswers({ pwnRequested: ['Speech minutes'] }, items);
    expect(letterAnswersSchema('follow-up').safeParse(answers).success).toBe(true);
  });
});

describe('mergeFollowUpAnswers', () => {
  it('adds items to what the parent saved, skipping text already there, keeping the rest', () => {
    const saved = {
      agreed: ['we\u2019ll add the graphic organizers'],
      refused: ['Something the parent wrote.'],
      commitments: [{ who: 'Ms. Lee', what: 'Send you the Notice of Action!', by: 'unknown' }],
      pwnRequested: ['ESY'],
    };
    const merged = mergeFollowUpAnswers(saved, items);
    expect(merged['agreed']).toEqual(['we\u2019ll add the graphic organizers']);
    expect(merged['refused']).toEqual([
      'Something the parent wrote.',
      "We don't typically provide speech over the summer.",
    ]);
    expect(merged['commitments']).toHaveLength(3);
    expect(merged['pwnRequested']).toEqual(['ESY']);
    expect(saved.refused).toHaveLength(1);
  });

  it('merging the same items twice changes nothing more', () => {
    const once = mergeFollowUpAnswers(undefined, items);
    expect(mergeFollowUpAnswers(once, items)).toEqual(once);
  });

  it('adds nothing when there are no items', () => {
    expect(mergeFollowUpAnswers(undefined, [])).toEqual({});
    expect(mergeFollowUpAnswers({ discussed: ['Reading'] }, [])).toEqual({ discussed: ['Reading'] });
  });

  it('stops at the letter\u2019s limit of 100 lines', () => {
    const many = Array.from({ length: 150 }, (_, i): ConfirmedItem => ({
      kind: 'refusal',
      text: `Refusal number ${i}`,
      who: null,
      due: null,
    }));
    expect(mergeFollowUpAnswers(undefined, many)['refused']).toHaveLength(100);
  });
});
