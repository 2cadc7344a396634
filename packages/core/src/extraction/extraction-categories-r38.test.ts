import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { afterStandIn } from '../test-support/stand-in-models.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-eight, from the misses of sets R38A to R38E after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Wednesday 2026-10-07.

const roster = [
  { name: 'Ms. Okafor', role: 'case manager' },
  { name: 'Lena Park', role: 'parent' },
] satisfies SpeakerRole[];
const { itemsOf } = rulesMeeting('2026-10-07', roster);

describe('a weekday "of next week"', () => {
  it.each([
    ["I'll have the reading scores to you by Thursday of next week.", '2026-10-15'],
    ["I'll call you Tuesday next week with the schedule.", '2026-10-13'],
  ])(
    '"%s" is that weekday of the week after the meeting\'s (the second, a guard, was read so before)',
    (text, due) => {
      expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
    },
  );

  it('the promise\'s words keep no "by" cut off from its day', () => {
    expect(itemsOf("I'll get you the graphs by, um, Thursday of next week.").map((i) => i.text)).toEqual([
      'Get you the graphs',
    ]);
  });
});

describe('"today" said for who is missing or what waits', () => {
  it('"Dana couldn\'t come today, but she said she\'d send it" is no day', () => {
    expect(
      itemsOf("Dana couldn't come today, but she said she'd send her notes over after break.").map(
        (i) => i.due,
      ),
    ).toEqual([null]);
  });

  it('"I\'m not going to speak to that today" is no day for the promise after it', () => {
    expect(
      itemsOf(
        "The district has its own process. I'm not going to speak to that today. I'll raise it with the counselor.",
      ).map((i) => i.due),
    ).toEqual([null]);
  });

  it('guard: "I\'ll send it today" is still today', () => {
    expect(itemsOf("I'll send it home today.").map((i) => i.due)).toEqual(['2026-10-07']);
  });
});

describe('a promise passed on for someone named as missing', () => {
  it("\"Dana couldn't make it, but she told me she's going to send it\" is Dana's", () => {
    expect(
      itemsOf(
        "Oh, Dana couldn't make it, she had a client, but she told me she's going to send the sensory checklist home.",
      ).map((i) => i.who),
    ).toEqual(['Dana']);
  });

  it('"asked me to tell everybody she\'ll" is passed on as "asked me to tell you" is', () => {
    const afterNothing = afterStandIn('2026-10-07', roster, null);
    expect(
      afterNothing("And Coach Bell asked me to tell everybody he'll email the practice times by Friday.").map(
        (i) => [i.kind, i.who, i.due],
      ),
    ).toEqual([['commitment', 'Coach Bell', '2026-10-09']]);
  });

  it('"Brent also told me he\'d" is Brent\'s', () => {
    expect(
      itemsOf("The shift lead brought it up. Brent also told me he'd write him a reference.").map(
        (i) => i.who,
      ),
    ).toEqual(['Brent']);
  });
});

describe('joining the meeting is no errand', () => {
  const afterPromise = afterStandIn('2026-10-07', roster, 'commitment');
  it.each([
    "His dad works nights, so he's asleep. He said he'd call in when he wakes up.",
    "She's finishing lunch duty, she said she'll hop on in a few minutes.",
    'Sounds good, thanks. Okay, I am going back on mute.',
  ])('"%s" is none, whatever the classifier reads', (text) => {
    expect(afterPromise(text, 'Lena Park')).toEqual([]);
  });

  it("guard: the parent's \"I'll call in every time he's out\" is still a promise", () => {
    expect(
      afterPromise("I'll call in to the office every time he's out.", 'Lena Park').map((i) => i.kind),
    ).toEqual(['commitment']);
  });
});

describe('a step tonight, then the papers back on a later day', () => {
  it('"I\'ll go through it tonight and get the papers back to you Monday" is Monday', () => {
    expect(
      itemsOf(
        "I'll go through her folder tonight and get the missing papers back to you Monday.",
        'Lena Park',
      ).map((i) => i.due),
    ).toEqual(['2026-10-12']);
  });
});
