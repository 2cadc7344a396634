import { describe, expect, it } from 'vitest';
import type { Utterance } from '../transcripts/transcript-types.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { prepareModel } from './classifier.js';
import { extractItems } from './extract-items.js';
import type { SpeakerRole } from './roles.js';

// Round thirty-six, from the misses of sets ZZZL to ZZZP after they were scored blind. Wording written for this
// file, not taken from the sets. The meeting is on Tuesday 2026-10-13.

const roster = [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
  { name: 'Mr. Ortiz', role: 'teacher' },
] satisfies SpeakerRole[];

// A stand-in classifier that calls every turn a promise, so a test sees whose promise the combined method names
// when the rules did not read the turn as one.
const everythingPromised = prepareModel({
  features: ['bias'],
  weights: [0, 500, 0, 0, 0],
  scale: 100,
  noneMargin: 1,
});
const whoAfterClassifier = (text: string) =>
  extractItems([{ speaker: 'Ms. Hale', text, start: null } satisfies Utterance], {
    meetingDate: '2026-10-13',
    method: 'combined',
    speakers: roster,
    models: { classifier: everythingPromised, combined: everythingPromised },
  }).map((i) => i.who);

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

  it('a title that does not fit the pronoun names no one: "Mr. Banner -- the band director -- said she\'d"', () => {
    expect(
      itemsOf("Mr. Banner -- the band director -- said she'd email you the trip form by Friday.").map(
        (i) => i.who,
      ),
    ).not.toEqual(['Mr. Banner']);
  });
});
