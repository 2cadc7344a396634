import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round seven: a promise made outside the meeting and passed on by someone else ("she said she'd send it") is a
// commitment whose `who` is the person or role named, per the labeling guide ("the named person or role as said").
// Wording written for this file, not taken from any corpus set. The meeting is on Tuesday 2027-03-09.

const meetingDate = '2027-03-09';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Dean Walsh', role: 'parent' },
];
const { itemsOf } = rulesMeeting(meetingDate, speakers);

describe('a relayed promise names the person who made it', () => {
  it.each([
    ["Mr. Lindqvist says he'll call you Thursday about the van route.", 'Mr. Lindqvist', '2027-03-11'],
    ['The audiologist said she would mail the hearing results tomorrow.', 'the audiologist', '2027-03-10'],
    [
      "Coach Amari mentioned he'll text you the new practice schedule by Friday.",
      'Coach Amari',
      '2027-03-12',
    ],
    [
      "I caught Ms. Brandt in the hallway, and she said she'd drop off the reading log by Friday.",
      'Ms. Brandt',
      '2027-03-12',
    ],
  ])('%s', (text, who, due) => {
    const items = itemsOf(text);
    expect(items.map((i) => [i.kind, i.who, i.due])).toEqual([['commitment', who, due]]);
  });

  it('a pronoun with nobody named before it stays without a who', () => {
    const items = itemsOf("He told me he'd bring the forms back.");
    expect(items.map((i) => [i.kind, i.who])).toEqual([['commitment', null]]);
  });

  it('a title that does not fit the pronoun is not who ("Mr." is not "she")', () => {
    const items = itemsOf("I emailed Mr. Haddad, and she said she'd send the bus form.");
    expect(items.map((i) => [i.kind, i.who])).toEqual([['commitment', null]]);
  });

  it('two titled adults before the pronoun leave who open rather than guess', () => {
    const items = itemsOf("I talked with Ms. Brandt and Dr. Sato, and she said she'd send the summary.");
    expect(items.map((i) => i.who)).toEqual([null]);
  });
});

describe('a relayed "would" that is not a promise stays out', () => {
  it.each([
    "She said she wouldn't be able to come to the next one.",
    'He said he would maybe look at it sometime.',
    "I said I'd think about it.",
    'The doctor said it would help his focus.',
  ])('%s', (text) => {
    expect(itemsOf(text).filter((i) => i.kind === 'commitment')).toEqual([]);
  });
});
