import { describe, expect, it } from 'vitest';
import { cleanSpeech, undoMishearings } from './clean.js';

describe('cleanSpeech', () => {
  it.each([
    ['Um, I can try to get that to you by Friday.', 'I can try to get that to you by Friday.'],
    ["I'll, uh, I'll get the testing scheduled.", 'I will get the testing scheduled.'],
    ["I'll - we'll send the draft home.", 'we will send the draft home.'],
    ['We, we do not have that for PT right now.', 'We do not have that for PT right now.'],
    ["So, uh, the, the IEP doesn't really cover tutoring.", 'So, the IEP does not really cover tutoring.'],
    ["And he's been asking for, like, a tutor?", "And he's been asking for, a tutor?"],
    ["We can't, you know, add that.", 'We can not, add that.'],
    ["Let's keep moving.", 'let us keep moving.'],
    ["Mr. Diaz - he's our teacher.", "Mr. Diaz - he's our teacher."],
  ])('%s -> %s', (said, clean) => {
    expect(cleanSpeech(said)).toBe(clean);
  });

  it('keeps "like" when it is a verb', () => {
    expect(cleanSpeech("I'd like him to have more time.")).toBe('I would like him to have more time.');
  });
});

describe("a transcriber's notes", () => {
  it.each([
    ["[interpreting] She says yes, she'll fill it out.", 'She says yes, she will fill it out.'],
    ["(laughs) I'll let her tell you.", 'I will let her tell you.'],
    ['Perfect. [laughter] So, sixty minutes.', 'Perfect. So, sixty minutes.'],
    ['[interpreting to Spanish, introductions] Okay.', 'Okay.'],
  ])('%s -> %s', (said, clean) => expect(cleanSpeech(said)).toBe(clean));

  it('keeps what tells who is speaking for whom', () => {
    expect(cleanSpeech('[in Spanish]')).toBe('[in Spanish]');
    expect(cleanSpeech('(via interpreter) Yes. Do that.')).toBe('(via interpreter) Yes. Do that.');
  });
});

describe('contractions without the apostrophe', () => {
  it.each([
    ['i dont think so, he doesnt qualify', 'i do not think so, he does not qualify'],
    ['i cant exempt her', 'i can not exempt her'],
    ['thats fine, im changing it', 'that is fine, i am changing it'],
    ['ok lets write that in, youre right', 'ok let us write that in, you are right'],
  ])('%s -> %s', (said, clean) => {
    expect(cleanSpeech(said)).toBe(clean);
  });

  it.each([
    'he lets him go early',
    'no peanut shell crafts',
    'its battery died',
    'I will send it, well, Monday',
  ])('leaves "%s" be', (said) => {
    expect(undoMishearings(said)).toBe(said);
  });
});

describe('undoMishearings', () => {
  it.each([
    ['by fried day', 'by Friday'],
    ['on mon day', 'on Monday'],
    ['buy the end of the week', 'by the end of the week'],
    ['next weak', 'next week'],
    ['in to weeks', 'in two weeks'],
    ['by January eight', 'by January 8th'],
    ['Aisle send it to you.', 'I will send it to you.'],
    ['Okay, all email you the notes.', 'Okay, I will email you the notes.'],
    ['Sure, aisle and call the clinic.', 'Sure, I will and call the clinic.'],
    ['So wheel schedule the visit.', 'So we will schedule the visit.'],
    ['Yeah, were okay with the new minutes.', 'Yeah, we are okay with the new minutes.'],
    ['Ms. Park, your okay with that?', 'Ms. Park, you are okay with that?'],
    ["I don't no if she signed it.", "I don't know if she signed it."],
    ['A draft fore next year.', 'A draft for next year.'],
  ])('%s -> %s', (heard, meant) => {
    expect(undoMishearings(heard)).toBe(meant);
  });

  it('leaves ordinary words alone', () => {
    for (const s of [
      'All of us agree.',
      'We buy the workbooks.',
      'She is weak in math.',
      'I went to the store.',
      'The wheel on his chair squeaks.',
      'They were okay at first.',
      'Your plan is ready.',
      'I said no to that.',
    ])
      expect(undoMishearings(s)).toBe(s);
  });
});
