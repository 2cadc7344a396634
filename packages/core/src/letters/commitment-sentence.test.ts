import { describe, expect, it } from 'vitest';
import { commitmentSentence } from './commitment-sentence.js';

// Promises as a parent types them into the interview or as the transcript catches them, each with the one sentence
// the follow-up letter must print. The audit's case is first: "Ms. Jane Carter will the district will send ...".

const parentName = 'Maria Rivera';
const say = (who: string | undefined, what: string, by?: string) =>
  commitmentSentence({ who, what, by }, { parentName });

const TABLE: [who: string | undefined, what: string, by: string | undefined, expected: string][] = [
  [
    'Ms. Jane Carter',
    'the district will send progress reports every nine weeks',
    undefined,
    'Ms. Jane Carter said the district will send progress reports every nine weeks.',
  ],
  [
    'Chris Patel',
    'send the new reading schedule',
    '2026-12-11',
    'Chris Patel will send the new reading schedule by December 11, 2026.',
  ],
  [
    'Chris Patel',
    'will send the new reading schedule',
    '2026-12-11',
    'Chris Patel will send the new reading schedule by December 11, 2026.',
  ],
  [
    'Chris Patel',
    'Will send the new reading schedule.',
    undefined,
    'Chris Patel will send the new reading schedule.',
  ],
  [
    'Chris Patel',
    "I'll send you the reading schedule by Friday",
    '2026-12-11',
    'Chris Patel will send me the reading schedule by December 11, 2026.',
  ],
  [
    'Chris Patel',
    "I'll send you the reading schedule by Friday",
    undefined,
    'Chris Patel will send me the reading schedule by Friday.',
  ],
  ['Mr. Brooks', 'we can get that to you', undefined, 'Mr. Brooks will get that to me.'],
  [
    'Robin Hart',
    "she's going to call the doctor",
    '2026-12-14',
    'Robin Hart will call the doctor by December 14, 2026.',
  ],
  ['Robin Hart', 'Sending the writing samples', undefined, 'Robin Hart will send the writing samples.'],
  [
    'Robin Hart',
    'sent the writing samples home',
    undefined,
    'Robin Hart will send the writing samples home.',
  ],
  ['Ms. Lee', 'emails the graphs to mom', undefined, 'Ms. Lee will email the graphs to mom.'],
  [
    'the case manager',
    'set up a meeting with the OT',
    '2027-01-08',
    'The case manager will set up a meeting with the OT by January 8, 2027.',
  ],
  [
    'case manager',
    'to update the behavior plan',
    undefined,
    'The case manager will update the behavior plan.',
  ],
  [
    'Ms. Carter',
    'Ms. Carter will email the new schedule',
    undefined,
    'Ms. Carter will email the new schedule.',
  ],
  [
    'Ms. Jane Carter',
    "Ms. Carter's going to email the schedule next week",
    '2026-12-18',
    'Ms. Jane Carter will email the schedule by December 18, 2026.',
  ],
  [
    undefined,
    'The district will send progress reports every nine weeks',
    undefined,
    'The district will send progress reports every nine weeks.',
  ],
  [
    undefined,
    'send the reading data',
    undefined,
    'Someone at the school will send the reading data. Please tell me who.',
  ],
  [undefined, "we'll look into bus times", undefined, 'The school will look into bus times.'],
  [
    'she',
    'call me about the bus',
    undefined,
    'Someone at the school will call me about the bus. Please tell me who.',
  ],
  ['me', 'send the doctor note', '2026-12-10', 'I will send the doctor note by December 10, 2026.'],
  [
    'Maria Rivera',
    "I'll sign the consent form and send it back",
    undefined,
    'I will sign the consent form and send it back.',
  ],
  [
    'I',
    'bring the private evaluation to school',
    undefined,
    'I will bring the private evaluation to school.',
  ],
  [
    'Dana Johnson',
    'is going to observe Jordan in class',
    '2026-12-16',
    'Dana Johnson will observe Jordan in class by December 16, 2026.',
  ],
  [
    'Dana Johnson',
    'OT will observe Jordan in class before the next meeting',
    '2026-12-16',
    'Dana Johnson said OT will observe Jordan in class by December 16, 2026.',
  ],
  [
    'Alex Morgan',
    'The school will pay for the outside evaluation',
    undefined,
    'Alex Morgan said the school will pay for the outside evaluation.',
  ],
  [
    'Alex Morgan',
    'Alex can check on the bus route, by Friday',
    '2026-12-11',
    'Alex Morgan will check on the bus route by December 11, 2026.',
  ],
  [
    'Pat Nguyen',
    'They are gonna move his seat to the front',
    undefined,
    'Pat Nguyen will move his seat to the front.',
  ],
  [
    'Pat Nguyen',
    "you'll get the updated grades tomorrow",
    '2026-12-09',
    'Pat Nguyen will send me the updated grades by December 9, 2026.',
  ],
  ['Pat Nguyen', 'You will need to sign the form', undefined, 'I will need to sign the form.'],
  ['Lee Brooks', "won't change the bus schedule", undefined, 'Lee Brooks will not change the bus schedule.'],
  ['Lee Brooks', 'Please schedule the FBA.', undefined, 'Lee Brooks will schedule the FBA.'],
  [
    'Lee Brooks',
    'IEP draft',
    '2026-12-15',
    'Lee Brooks will follow up on the IEP draft by December 15, 2026.',
  ],
  ['the team', 'will meet again in January', undefined, 'The school will meet again in January.'],
  [
    'Robin Hart',
    'Robin said she would share the testing results by 12/18',
    '2026-12-18',
    'Robin Hart will share the testing results by December 18, 2026.',
  ],
  [
    'Chris Patel',
    '  send   the schedule  to my email address!! ',
    undefined,
    'Chris Patel will send the schedule to my email address.',
  ],
  [
    'Chris Patel',
    'Will send your son\u2019s work samples home on Friday',
    '2026-12-11',
    "Chris Patel will send my son's work samples home by December 11, 2026.",
  ],
];

describe('a promise reads as one sentence: who + will + what + by when', () => {
  it(`covers at least 30 phrasings (${TABLE.length})`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%s | %s | %s', (who, what, by, expected) => {
    expect(say(who, what, by)).toBe(expected);
  });

  it('never prints "will" twice in a row, nor "will the"', () => {
    for (const [who, what, by] of TABLE) {
      const s = say(who, what, by);
      expect(s).not.toMatch(/\bwill (?:will|the district will|the school will)\b/i);
      expect(s).toMatch(/^[A-Z].*[.]$/);
    }
  });
});
