import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-five, from sets ZZ, ZZA and ZZB's misses after they were scored blind. Wording written for this
// file, not taken from any corpus set. The meeting is on Tuesday 2026-03-10; Friday is the 13th.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf } = rulesMeeting('2026-03-10', roster);
const september = rulesMeeting('2026-09-09', roster);
const november = rulesMeeting('2026-11-17', roster);

describe('a day taken back', () => {
  it.each([
    ["I'll start the log again today. Well -- today's almost over. Starting tomorrow.", '2026-03-11'],
    ["I'll drop it off -- uh, I work Thursday -- Friday. No, Monday. I'll bring it Monday.", '2026-03-16'],
  ])('%s', (text, due) => {
    expect(itemsOf(text, 'Dana Ruiz')[0]?.due).toBe(due);
  });
});

describe('a weekday with its day of the month', () => {
  it('"Wednesday the 4th" said in September is November 4th, a Wednesday', () => {
    expect(
      september.itemsOf("Progress reports go home Wednesday the 4th. I'll send his that day.")[0]?.due,
    ).toBe('2026-11-04');
  });

  it('"Monday the 14th" that is a Monday stays in its month', () => {
    expect(september.itemsOf("I'll call you Monday the 14th.")[0]?.due).toBe('2026-09-14');
  });
});

describe('events and breaks', () => {
  it('"the day after the recheck" is the day after the recheck the meeting dated', () => {
    const items = extract(
      say('Dana Ruiz', "I'll ask the doctor at the recheck, that's the 18th."),
      say('Dana Ruiz', "And I'll drop the new note off the day after the recheck."),
    );
    expect(items.map((i) => i.due)).toEqual(['2026-03-18', '2026-03-19']);
  });

  it("a day said in the promise itself wins over the event's day before", () => {
    const items = extract(
      say('Ms. Hale', 'The first away game is Thursday the 19th.'),
      say('Ms. Hale', "I'll train the coach before the first away game, that's Thursday the 19th."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-03-19');
  });

  it('"the Monday we\'re back" said the week before Thanksgiving is the Monday after it', () => {
    expect(
      november.itemsOf("With the long weekend, I'll give you a call the Monday we're back.", 'Dana Ruiz')[0]
        ?.due,
    ).toBe('2026-11-30');
  });
});

describe('a day the promiser gave, told again', () => {
  it('"He said by the end of the week." dates the relayed promise', () => {
    expect(
      itemsOf("Mr. Lane said he'd call you about the bus stop. He said by the end of the week.")[0]?.due,
    ).toBe('2026-03-13');
  });
});
