import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round eighteen, from sets ZG and ZH's misses after they were scored blind: "next week, probably Monday", "the
// quiz from Friday", "tonight and send it back tomorrow", "the Wednesday appointments", stopping the recording,
// leaving it to someone else, "not recommended" and "the decision stands", and who "she" is after "Tina Brooks, the
// manager at the market,". Wording written for this file, not taken from any corpus set. The meeting is on Thursday
// 2026-01-22.

const meetingDate = '2026-01-22';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Kerr', role: 'case manager' },
  { name: 'Mr. Vance', role: 'assistant principal' },
  { name: 'Lena Ford', role: 'parent' },
];
const { itemsOf, kindsOf, kindOf, say } = rulesMeeting(meetingDate, speakers);

describe('dates', () => {
  it('reads the weekday said right after "next week" as that day of next week', () => {
    expect(itemsOf("I'll call you next week, probably Tuesday afternoon.")[0]?.due).toBe('2026-01-27');
    expect(itemsOf("I'll call you next week.")[0]?.due).toBe('2026-01-30');
  });

  it('does not take a day that names a thing already done ("the test from Monday")', () => {
    const [item] = itemsOf(
      "And the test from Monday, I'll let him retake that too. And I'll send the study guide home by next Wednesday.",
    );
    expect(item?.due).toBe('2026-01-28');
  });

  it('dates a form filled in tonight and sent back tomorrow by when it comes back', () => {
    expect(itemsOf("I'll fill it out tonight and send it back with him tomorrow.", 'Lena Ford')[0]?.due).toBe(
      '2026-01-23',
    );
  });

  it('gives no date to a weekday naming a repeating thing', () => {
    expect(
      itemsOf("I'll check with the bus office about pickup for the Friday appointments.")[0]?.due,
    ).toBeNull();
  });
});

describe('no promise', () => {
  it.each([
    "Okay, thank you all. I'll stop the recording now.",
    "So, Ms. Kerr, I'll leave it to you to send the draft.",
  ])('%s', (text) => {
    expect(kindsOf(text, 'Mr. Vance')).not.toContain('commitment');
  });
});

describe('refusals', () => {
  it.each([
    ['Can he get extended school year this summer?', "Looking at his data, ESY isn't recommended this year."],
    [
      'Can you take the suspension off his record?',
      'Mr. Lowe made that call. It was a conduct decision and it stands.',
    ],
  ])('%s / %s', (ask, answer) => {
    expect(kindOf(say('Lena Ford', ask), say('Mr. Vance', answer))).toBe('refusal');
  });

  it('does not hear "I\'m not sure where that stands" as a no', () => {
    expect(
      kindOf(
        say('Lena Ford', 'Did anyone send the form?'),
        say('Ms. Kerr', "I'm not sure where that stands."),
      ),
    ).not.toBe('refusal');
  });
});

describe('whose promise', () => {
  it('names the adult introduced with a role set off after the name earlier in the turn', () => {
    const [item] = itemsOf(
      "I talked to Tina Brooks, the manager at Harvest Market, and she has a spot open. She said she'd email me the date by Monday.",
    );
    expect([item?.who, item?.due]).toEqual(['Tina Brooks', '2026-01-26']);
  });
});
