import { describe, expect, it } from 'vitest';
import type { Utterance } from '../transcripts/transcript-types.js';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// One test per kind of mistake found on held-out set A (now corpus/seen-a), each with wording written for this file
// (not copied from any corpus meeting), so a rule that only fits the corpus sentences fails here. The meeting is on
// Monday 2026-12-07.

const meetingDate = '2026-12-07';
const speakers: SpeakerRole[] = [
  { name: 'Ms. Reyes', role: 'case manager' },
  { name: 'Mr. Diaz', role: 'principal' },
  { name: 'Ms. Kowalski', role: 'school psychologist' },
  { name: 'Kim Tran', role: 'parent' },
];
const { say, extract } = rulesMeeting(meetingDate, speakers);
const kinds = (...utterances: Utterance[]) => extract(...utterances).map((i) => i.kind);

describe('due dates said elsewhere in the turn', () => {
  it('takes the date from a later or an earlier sentence of the same turn', () => {
    expect(
      extract(
        say(
          'Ms. Reyes',
          "I'll call the audiologist about the FM system. I can have an answer for you by Thursday.",
        ),
      )[0]?.due,
    ).toBe('2026-12-10');
    expect(
      extract(say('Kim Tran', "Wednesday works for me. I'll drop the signed consent at the front office."))[0]
        ?.due,
    ).toBe('2026-12-09');
  });

  it('does not take a day from a sentence about the past', () => {
    const [item] = extract(say('Ms. Reyes', "We talked on Monday. I'll send you the notes."));
    expect(item?.kind).toBe('commitment');
    expect(item?.due).toBeNull();
  });

  it('reads a day of the month said as a word, and prefers the "by" deadline', () => {
    expect(extract(say('Ms. Reyes', "I'll get you the updated schedule by the eleventh."))[0]?.due).toBe(
      '2026-12-11',
    );
    expect(
      extract(say('Ms. Reyes', "I'll see him on Wednesday and have his log to you by Friday."))[0]?.due,
    ).toBe('2026-12-11');
  });
});

describe('commitments without "I will"', () => {
  it.each([
    ["Mr. Diaz's gonna set up the bus pass for her.", 'Mr. Diaz'],
    ['Give me a couple of days to sort out the bus route.', 'Ms. Reyes'],
    ['Let me get those reading scores to you tomorrow.', 'Ms. Reyes'],
    ['We can have the draft out to you by Friday.', 'Ms. Reyes'],
  ])('%s', (text, who) => {
    const [item] = extract(say('Ms. Reyes', text));
    expect(item?.kind).toBe('commitment');
    expect(item?.who).toBe(who);
  });

  it('a document that will come home is a commitment with nobody named', () => {
    const [item] = extract(
      say('Ms. Kowalski', "About the evaluation report: it'll come home in his backpack."),
    );
    expect(item?.kind).toBe('commitment');
    expect(item?.who).toBeNull();
  });
});

describe('steps done in the meeting are not commitments', () => {
  it.each([
    "Hang on, I'll read that paragraph to everyone.",
    'Let me just make sure we get this meeting wrapped up on time.',
    "I'll walk you through the new goals page.",
  ])('%s', (text) => {
    expect(kinds(say('Ms. Reyes', text))).toEqual([]);
  });
});

describe('agreements said as statements', () => {
  it.each([
    'So the extra math group goes in. Mr. Diaz, are you okay with that?',
    "Okay, so we're moving forward with the assistive tech evaluation.",
    'Given her scores, she does qualify for speech services.',
    'Put the calculator in her plan.',
    'Add movement breaks to the BIP.',
    "We'll keep the visual schedule, does everyone agree?",
    "So we're all good with thirty minutes of speech a week.",
  ])('%s', (text) => {
    expect(kinds(say('Ms. Reyes', text))).toEqual(['agreement']);
  });

  it('"if she qualifies for" is not an agreement', () => {
    expect(kinds(say('Ms. Kowalski', "We'll test first to see if she qualifies for speech."))).not.toContain(
      'agreement',
    );
  });
});

describe('polite refusals', () => {
  it.each([
    "We're not going to pursue a one-on-one aide this year.",
    'Not at this point, no, we would keep his minutes where they are.',
    "Honestly, the district doesn't do private tutoring.",
    'Replacement headphones would be on the family, unfortunately.',
  ])('%s', (text) => {
    expect(kinds(say('Kim Tran', 'Can he get a one-on-one aide?'), say('Mr. Diaz', text))).toContain(
      'refusal',
    );
  });
});

describe('negations that are not refusals', () => {
  it.each([
    "I can't speak to the legal side of guardianship.",
    'You don\u2019t have to bring anything to the next meeting.',
    "I don't have her in class this year.",
  ])('%s', (text) => {
    expect(kinds(say('Ms. Reyes', text))).not.toContain('refusal');
  });

  it('"I can\'t from my phone, but I\'ll email it" is a promise', () => {
    expect(
      kinds(
        say(
          'Ms. Reyes',
          "I can't pull his attendance up from my phone, but I'll email it to you this afternoon.",
        ),
      ),
    ).toEqual(['commitment']);
  });
});

describe('open questions left unresolved', () => {
  it('a reply that trails off, then the talk moves on', () => {
    expect(
      kinds(
        say('Kim Tran', 'Does the bus aide ride with him in the afternoons too?'),
        say('Mr. Diaz', "Hmm, she's usually... I'd have to..."),
        say('Ms. Reyes', 'Okay, the next section is the transition plan.'),
      ),
    ).toEqual(['open-question']);
  });

  it('a reply that hands the decision back, or does not know, leaves it open', () => {
    expect(
      kinds(
        say('Kim Tran', 'Should we be looking at guardianship before she turns eighteen?'),
        say('Ms. Kowalski', "That's really a family decision."),
      ),
    ).toEqual(['open-question']);
    expect(kinds(say('Kim Tran', 'Is that allowed?'), say('Mr. Diaz', "I'm honestly not sure."))).toEqual([
      'open-question',
    ]);
  });

  it('a reply that trails off and a colleague who then answers it: not open', () => {
    expect(
      kinds(
        say('Kim Tran', 'Could he have a sign language interpreter in science?'),
        say('Ms. Reyes', "Well, he mostly uses his hearing aids, he doesn't really sign, um..."),
        say('Mr. Diaz', "An interpreter isn't something we'd add for him right now."),
      ),
    ).toEqual(['refusal']);
  });
});
