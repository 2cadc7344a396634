import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-two, from the misses of sets ZZM to ZZQ after they were scored blind. Wording written for this file,
// not taken from the sets. The meeting is on Tuesday 2026-09-15.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[];
const { say, extract, itemsOf } = rulesMeeting('2026-09-15', roster);

describe('whose relayed promise it is', () => {
  it("\"Dr. Lee's nurse -- Marisol -- told me they'd fax it\" is the nurse's, named", () => {
    expect(
      itemsOf(
        "So Dr. Lee's nurse -- Marisol -- told me they'd fax the new orders over Thursday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Marisol');
  });

  it('"his dad said -- ... -- and Carla said she\'d email it" is Carla\'s, the one named right before', () => {
    expect(
      itemsOf(
        "And his dad said -- he keeps the log on weekends -- and Carla said she'd email it to the nurse every Monday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Carla');
  });

  it('"because Mr. Soto flagged it. I talked to Ray, the dispatcher, and he said he\'d..." is Ray\'s', () => {
    expect(
      itemsOf(
        "I called the bus company this morning, because Mr. Soto flagged it. I talked to Ray, he's the dispatcher, and he said he'd fix the pickup time by Monday.",
        'Dana Ruiz',
      )[0]?.who,
    ).toBe('Ray');
  });
});

describe('a day counted from another day', () => {
  it('"two days after she sees him on the 21st" is two days after the 21st', () => {
    expect(
      itemsOf(
        "His tutor said she'd write it up and send it to me two days after she sees him on the 21st.",
        'Dana Ruiz',
      )[0]?.due,
    ).toBe('2026-09-23');
  });

  it('"the day after her review, which is on the 22nd": the day it counts from said after it', () => {
    expect(
      itemsOf(
        "She said she'd send over her plan the day after her review, which is on the 22nd.",
        'Dana Ruiz',
      )[0]?.due,
    ).toBe('2026-09-23');
  });

  it('"I\'ll forward it that same day" is due when the promise before it is', () => {
    const items = extract(
      say('Dana Ruiz', "The tutor said she'd send me her notes on the 24th."),
      say('Dana Ruiz', "I'll forward them to you that same day."),
    );
    expect(items.filter((i) => i.kind === 'commitment').map((i) => i.due)).toEqual([
      '2026-09-24',
      '2026-09-24',
    ]);
  });
});

describe('the day meant', () => {
  it('"Monday -- oh, no, I work Monday. Friday." takes Friday', () => {
    expect(
      itemsOf("I'll drop it off at the front office Monday -- oh, no, I work Monday. Friday.", 'Dana Ruiz')[0]
        ?.due,
    ).toBe('2026-09-18');
  });

  it('"the Monday you guys are back" is the first day back from the break said', () => {
    const items = extract(
      say('Ms. Hale', "Fall break's the week of October 12th."),
      say('Dana Ruiz', "I'll fill it out and send it back the Monday you guys are back."),
    );
    expect(items.find((i) => i.kind === 'commitment')?.due).toBe('2026-10-19');
  });

  it('"come by after fourth hour" is the meeting day', () => {
    expect(itemsOf("I'll get her the elevator key from the office. Come by after fourth hour.")[0]?.due).toBe(
      '2026-09-15',
    );
  });
});

describe('the plan said as it goes in', () => {
  it.each([
    'Time and a half on tests and written work. Going in.',
    'Okay, audiobooks for class novels, in the plan.',
  ])('"%s" is an agreement', (text) => {
    expect(itemsOf(text)[0]?.kind).toBe('agreement');
  });
});

describe('a deadline on the day of the month the meeting is on', () => {
  it('"by the 15th" said on the 15th is next month\'s 15th; "today, the 15th" is today', () => {
    expect(
      itemsOf("I'll build the page before break, by the 15th, so he has it the whole time.")[0]?.due,
    ).toBe('2026-10-15');
    expect(itemsOf("I'll send it today, the 15th.")[0]?.due).toBe('2026-09-15');
  });
  it('"the last day, which is the 15th" said on the 15th is next month\'s too', () => {
    expect(
      itemsOf("I'll get the practice sheet to you before the last day, which is the 15th.")[0]?.due,
    ).toBe('2026-10-15');
  });
});

describe('the day said after "so that\'s"', () => {
  it('"We\'re off the 12th through the 16th, so that\'s Monday the 19th" is the day meant', () => {
    expect(
      itemsOf(
        "I'll do a quick training with the lunch staff after break. The first day back. We're off the 12th through the 16th, so that's Monday the 19th.",
      )[0]?.due,
    ).toBe('2026-10-19');
  });
});

describe('two days offered', () => {
  it('"today or tomorrow" is due tomorrow, the later one', () => {
    expect(itemsOf("Okay, I'll email you her name and number today or tomorrow.")[0]?.due).toBe('2026-09-16');
    expect(itemsOf("I'll drop the form off Friday or Monday.", 'Dana Ruiz')[0]?.due).toBe('2026-09-21');
  });
});
