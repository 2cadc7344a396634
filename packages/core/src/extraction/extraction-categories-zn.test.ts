import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round twenty-one, from sets ZN, ZO and ZP's misses after they were scored blind. Wording written for this file,
// not taken from any corpus set. The meeting is on Tuesday 2026-03-10.

const { itemsOf, kindsOf } = rulesMeeting('2026-03-10', [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[]);

describe('a no', () => {
  it.each([
    "I hear you, I do. But I'm not going to take him out of science altogether.",
    "The list's been full since August, and we're capped by the bus. I'm sorry. There's just no seat.",
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('refusal');
  });

  it('"I\'d rather not cut it close" is about the speaker\'s own timing', () => {
    expect(kindsOf("The window doesn't close till January, but I'd rather not cut it close.")).not.toContain(
      'refusal',
    );
  });
});

describe('steps at the table', () => {
  it.each([
    "It's nurse dot office at the district -- here, I'll write it down for you.",
    "Perfect. Signatures. Mr. Ford, I'll mark you as participating by phone.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it('writing it down after an errand is part of the errand', () => {
    expect(
      kindsOf("I'll call the clinic tomorrow and ask which model, and I'll write it down for you."),
    ).toContain('commitment');
  });
});

describe('a promise relayed with "will"', () => {
  it('"Coach Tran told me he\'ll get his assistants to the training" is his', () => {
    const [item] = itemsOf(
      "And Coach Tran -- he's the JV coach -- told me he'll get his assistants to the training too.",
    );
    expect([item?.kind, item?.who]).toEqual(['commitment', 'Coach Tran']);
  });
});

describe('a day counted from a day said before it', () => {
  it('"those go out on the 18th -- I\'ll call you the Monday after that" is the 23rd', () => {
    expect(
      itemsOf("Progress reports go out on the 18th -- I'll call you the Monday after that and we'll talk.")[0]
        ?.due,
    ).toBe('2026-03-23');
  });

  it('"the day after", in the next sentence, is the day after the day said', () => {
    expect(
      itemsOf("Her appointment is the 18th. I'll get the signed orders to you the day after.", 'Dana Ruiz')[0]
        ?.due,
    ).toBe('2026-03-19');
  });

  it('"the day after tomorrow" is still two days on', () => {
    expect(itemsOf("I'll send it the day after tomorrow.")[0]?.due).toBe('2026-03-12');
  });

  it('"the day after" with no day said before it has no date', () => {
    expect(itemsOf("I'll send the orders the day after.")[0]?.due).toBeNull();
  });
});

describe('no date', () => {
  it('"the Tuesday group" names a group, not a day', () => {
    expect(itemsOf("Mr. Dane told me he'd set her up in the Tuesday group.")[0]?.due).toBeNull();
  });
});
