import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/index.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import { analyzeUtterance } from './analysis.js';
import { itemFields } from './item-fields.js';
import type { SpeakerRole } from './roles.js';
import { nameVariants } from './who.js';

// Round fifteen, from sets Z and ZA's misses after they were scored blind: a break whose days the meeting names
// ("before spring break", "the Monday we get back from break", school days counted around it), "give me two weeks",
// attending on a day, the meeting's own steps (summing up, sharing the data, a form handed over before the family
// leaves, signing), a dated promise chosen over an undated one in the same turn, and who a relayed "he said he'd"
// names. Wording written for this file, not taken from any corpus set. The meeting is on Thursday 2026-03-19.

const meetingDate = '2026-03-19';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Ortiz', role: 'case manager' },
  { name: 'Mr. Hale', role: 'school counselor' },
  { name: 'Jordan Bell', role: 'parent' },
];
const { itemsOf, kindsOf, extract, say } = rulesMeeting(meetingDate, speakers);

describe('a break whose days the meeting names', () => {
  const breakSaid = say(
    'Mr. Hale',
    "Just so everyone knows, we're off starting the 30th for spring break, right?",
  );

  it('dates "before spring break" as its last school day, and counts school days around it', () => {
    const items = extract(
      breakSaid,
      say('Ms. Ortiz', "I'll have the draft to you before spring break."),
      say('Ms. Ortiz', "And I'll send the consent in ten school days."),
      say('Ms. Ortiz', "I'll call you the Monday we get back from break."),
    );
    // The 30th is a Monday: the break is March 30 to April 3.
    expect(items.map((i) => i.due)).toEqual(['2026-03-27', '2026-04-09', '2026-04-06']);
  });

  it('reads "the week of" a break as that week', () => {
    const items = extract(
      say('Mr. Hale', "Spring break's the week of the 23rd this year."),
      say('Ms. Ortiz', "Then I'll get the schedule to you before break."),
    );
    expect(items.map((i) => i.due)).toEqual(['2026-03-20']);
  });

  it('gives no date to a break the meeting did not name', () => {
    expect(itemsOf("I'll have the draft to you before spring break.")[0]?.due).toBeNull();
    expect(itemsOf("I'll call you the Monday we get back from break.")[0]?.due).toBeNull();
  });

  it("reads a bare break in the weeks before Thanksgiving as Thanksgiving's", () => {
    const november = rulesMeeting('2026-11-18', speakers);
    expect(november.itemsOf("I'll let you know the Monday we get back from break.")[0]?.due).toBe(
      '2026-11-30',
    );
    expect(november.itemsOf("I'll send the notice the first day back after break.")[0]?.due).toBe(
      '2026-11-30',
    );
  });
});

describe('dates', () => {
  it('reads "give me two weeks" as two weeks from the meeting', () => {
    expect(itemsOf("I'll get those records copied for you. Give me two weeks.")[0]?.due).toBe('2026-04-02');
    expect(itemsOf("I'll find out about the bus. Give me three days.")[0]?.due).toBe('2026-03-22');
  });
});

describe('no promise', () => {
  it.each([
    "I'll be at the open house on the 26th, so we can talk then.",
    "So I'll summarize what happened. On Monday he left class without a pass.",
    "I'll share the data. He's at about sixty percent on the goal, up from forty.",
    "I'll make you a copy of the goals before you go.",
    "Yes, go ahead. I'll sign whatever.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it.each([
    "I'll summarize it in an email to you by Friday.",
    "I'll share the data with you next week.",
    "I'll sign the release and send it back tomorrow.",
  ])('an errand still: %s', (text) => {
    expect(kindsOf(text)).toContain('commitment');
  });
});

describe('whose promise', () => {
  it('of two promises in a turn, the dated one', () => {
    const [item] = itemsOf(
      "Okay. My sister's going to pick him up on Wednesdays now. And I'll bring the pickup form back tomorrow.",
      'Jordan Bell',
    );
    expect([item?.who, item?.due]).toEqual(['Jordan Bell', '2026-03-20']);
  });

  it('a relayed "he said he\'d" the rules do not read as a promise names the one who said it', () => {
    const text =
      "Oh, and I ran into Coach Delgado after practice. He said he'd keep a spare kit in the team bag for every meet.";
    const a = analyzeUtterance({ speaker: 'Ms. Ortiz', text }, 0, 'staff', toIsoDate(meetingDate));
    // The classifier finds this promise; its owner comes from the words, not the speaker.
    expect(a.commitment).toBeNull();
    const names = nameVariants(speakers.map((s) => s.name));
    const fields = itemFields('commitment', a, null, names, { date: toIsoDate(meetingDate), closures: [] });
    expect(fields.who).toBe('Coach Delgado');
  });
});
