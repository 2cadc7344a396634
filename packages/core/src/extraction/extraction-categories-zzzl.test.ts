import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { afterStandIn } from '../test-support/stand-in-models.js';
import { toIsoDate } from '../calendar/index.js';
import { closuresSaid } from './closures-said.js';
import { extractItems } from './extract-items.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-six, from the misses of sets ZZZL to ZZZP after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Tuesday 2026-10-13.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
  { name: 'Mr. Ortiz', role: 'teacher' },
] satisfies SpeakerRole[];

const whoAfterClassifier = (text: string) =>
  afterStandIn('2026-10-13', roster, 'commitment')(text).map((i) => i.who);

describe('a name, then who they are or where they work set off, then "said she would"', () => {
  const { itemsOf } = rulesMeeting('2026-10-13', roster);
  it.each([
    ["Mr. Banner -- the band director -- said he'd email you the trip form by Friday.", 'Mr. Banner'],
    ["And Gail at Dr. Pruitt's clinic said she'd fax the orders by Friday.", 'Gail'],
  ])('"%s" is %s\'s', (text, who) => {
    expect(itemsOf(text).map((i) => i.who)).toEqual([who]);
  });

  it.each([
    ["Oh, and Ms. Pike, my para, said she'd pack his folder every day.", 'Ms. Pike'],
    ["So Gail at the district office -- she does the bus routes -- said she'd call you by Friday.", 'Gail'],
    [
      "Heads up, Curtis \u2014 that's the night custodian \u2014 he said he'd leave the side door open Thursday.",
      'Curtis',
    ],
  ])('the same when only the classifier read the promise: "%s" is %s\'s', (text, who) => {
    expect(whoAfterClassifier(text)).toEqual([who]);
  });

  it.each([
    [
      "Oh, before I forget, Ms. Pike, the nurse, asked me to tell you she's sending the form home today.",
      'Ms. Pike',
    ],
    [
      "And Dana -- Ms. Pike, the nurse -- she wanted me to tell you she'll send the form home Friday.",
      'Ms. Pike',
    ],
  ])('passed on: "%s" is %s\'s', (text, who) => {
    expect(whoAfterClassifier(text)).toEqual([who]);
  });

  it('a title that does not fit the pronoun names no one: "Mr. Banner -- the band director -- said she\'d"', () => {
    expect(
      itemsOf("Mr. Banner -- the band director -- said she'd email you the trip form by Friday.").map(
        (i) => i.who,
      ),
    ).not.toEqual(['Mr. Banner']);
  });
});

describe('a break said with who it is for, or the week it falls in', () => {
  const breaks = (meeting: string, text: string) =>
    closuresSaid([text], toIsoDate(meeting))
      .filter((c) => c.from !== c.to)
      .map((c) => [c.from, c.to]);
  it('"spring break for us is the 15th through the 19th" is that week', () => {
    expect(
      breaks('2027-03-01', 'And spring break for us is the 15th through the 19th, so that week is gone.'),
    ).toEqual([['2027-03-15', '2027-03-19']]);
  });
  it('"spring break is next week, the 29th through April 2nd" runs into April', () => {
    expect(
      breaks(
        '2027-03-23',
        "Just so we count right, spring break is next week, the 29th through April 2nd, so that week doesn't count.",
      ),
    ).toEqual([['2027-03-29', '2027-04-02']]);
  });
  it('ten school days counted over the break', () => {
    const due = extractItems(
      [
        { speaker: 'Ms. Hale', text: 'Spring break for us is the 15th through the 19th.', start: null },
        { speaker: 'Ms. Hale', text: "I'll send you the report within ten school days.", start: null },
      ],
      { meetingDate: '2027-03-01', method: 'rules', speakers: roster },
    ).map((i) => i.due);
    expect(due).toEqual(['2027-03-22']);
  });
});

describe('the day a promise is due, said around it', () => {
  const { itemsOf } = rulesMeeting('2026-10-13', roster);
  it.each([
    ["Then Thursday. The twenty-second. I'll pick him up at ten and walk him through it.", '2026-10-22'],
    ["How about the 22nd? That's a Thursday. I'll set it up with the office.", '2026-10-22'],
    ["Okay, I'll start those this week. Thursday at the latest.", '2026-10-15'],
    [
      "I'll finish it with today's eligibility page and mail a copy home by next Wednesday. The 21st.",
      '2026-10-21',
    ],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
  });
});

describe('a promise passed on for someone who could not come', () => {
  const items = (text: string) => afterStandIn('2026-10-13', roster, null)(text).map((i) => [i.kind, i.who]);
  it.each([
    [
      "Oh, before I forget. Ms. Pike, our nurse, asked me to tell you she'll call you about the form.",
      'Ms. Pike',
    ],
    ["Coach Lyle wanted me to tell you he's going to talk to him about track.", 'Coach Lyle'],
  ])('"%s" is a promise, whatever the classifier reads', (text, who) => {
    expect(items(text)).toEqual([['commitment', who]]);
  });
  it('"Noah wanted me to tell you he made the team" promises nothing', () => {
    expect(items('Noah wanted me to tell you all he made the robotics team.')).toEqual([]);
  });
});

describe('holding someone to their word, or leaving early, is no errand', () => {
  const items = (text: string) => afterStandIn('2026-10-13', roster, 'commitment')(text).map((i) => i.kind);
  it.each([
    "(laughs) Oh, I'll hold you to that.",
    "We've got a game at five, so I'm gonna have to duck out around four-thirty.",
    'Sorry, I need to step out at three for bus duty.',
  ])('"%s" is no promise, whatever the classifier reads', (text) => {
    expect(items(text)).toEqual([]);
  });
  it.each([
    "I have to run, sorry. I'll send the schedule home in his backpack Friday.",
    "I'll tell the proctor so she knows he might need to step out.",
  ])('"%s" still is one', (text) => {
    expect(items(text)).toEqual(['commitment']);
  });
});

describe('the interpreter\'s "I\'ll tell her"', () => {
  const withInterpreter = [
    ...roster,
    { name: 'Rosa Vega', role: 'Spanish interpreter' },
  ] satisfies SpeakerRole[];
  const items = (speaker: string, text: string) =>
    afterStandIn('2026-10-13', withInterpreter, 'commitment')(text, speaker).map((i) => i.kind);
  it.each(["I'll tell her.", "Okay, I'll ask him. ... He says yes.", "I'll explain that to her now."])(
    '"%s" is passing words across the table, no promise',
    (text) => {
      expect(items('Rosa Vega', text)).toEqual([]);
    },
  );
  it('a case manager\'s "I\'ll tell her." is still read by the classifier', () => {
    expect(items('Ms. Hale', "I'll tell her.")).toEqual(['commitment']);
  });
});

describe("the interpreter giving the family's question", () => {
  const withInterpreter = [
    ...roster,
    { name: 'Rosa Vega', role: 'Spanish interpreter' },
  ] satisfies SpeakerRole[];
  const { say, kindAt, extract } = rulesMeeting('2026-10-13', withInterpreter);
  it('"She is asking, will he have to change schools?" is the family\'s question, left open when the school moves on', () => {
    const turns = [
      say('Rosa Vega', 'She is asking, will he have to go to a different school? She does not have a car.'),
      say('Ms. Hale', "Okay. Let's look at the reading goal next."),
    ];
    expect(kindAt(0, ...turns)).toBe('open-question');
  });
  it('the interpreter is still not the family: "She says she will bring the form Monday" is the parent\'s', () => {
    const turns = [
      say('Dana Ruiz', 'Gracias.'),
      say('Rosa Vega', 'She is asking, does he need a new form?'),
      say('Ms. Hale', 'Yes, the nurse needs a new one.'),
      say('Rosa Vega', 'She says she will bring the form Monday.'),
    ];
    expect(extract(...turns).map((i) => [i.kind, i.who])).toContainEqual(['commitment', 'Dana Ruiz']);
  });
});

describe('the last day before a break said after it', () => {
  it('"Our last day before spring break is Friday the 12th", said in January, is March 12th', () => {
    const due = extractItems(
      [
        {
          speaker: 'Ms. Hale',
          text: "Our last day before spring break is Friday the 12th, so I'll have the review done before spring break.",
          start: null,
        },
      ],
      { meetingDate: '2027-01-19', method: 'rules', speakers: roster },
    ).map((i) => i.due);
    expect(due).toEqual(['2027-03-12']);
  });
});

describe('a weekday counted from a holiday named', () => {
  const { itemsOf } = rulesMeeting('2027-04-26', roster);
  it.each([
    ["I'll call you the Tuesday after Memorial Day with his pickup time.", '2027-06-01'],
    ["I'll mail the schedule by the Friday before Labor Day.", '2027-09-03'],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map((i) => i.due)).toEqual([due]);
  });
});
