import { describe, expect, it } from 'vitest';
import { cleanSpeech } from './clean.js';
import { parseSentence, type Predicate } from './parse.js';

// The predicates compromise's tags give: subject, modal, negation, tense, the verb's base form.
const first = (said: string, pick: (p: Predicate) => boolean = () => true): Predicate => {
  const found = parseSentence(cleanSpeech(said)).predicates.find(pick);
  if (found === undefined) throw new Error(`no predicate in "${said}"`);
  return found;
};

describe('parseSentence', () => {
  it('reads the subject, the modal and the verb of a promise', () => {
    expect(first("I'll send you the Notice of Action by Friday.")).toMatchObject({
      subject: 'i',
      modal: 'will',
      negative: false,
      past: false,
      verb: 'send',
    });
    expect(first('Ms. Lee will include that in the notice.')).toMatchObject({
      subject: 'named',
      subjectWords: 'ms lee',
      verb: 'include',
    });
    expect(first('The case manager is going to look into the elevator pass.')).toMatchObject({
      subject: 'role',
      subjectWords: 'the case manager',
      goingTo: true,
      verb: 'look into',
    });
    expect(first('Let me check with the director.')).toMatchObject({ subject: 'let-me', verb: 'check' });
  });

  it('reads negation and ability the same way however it is said', () => {
    for (const said of [
      "We're not able to add a session.",
      "We can't add a session.",
      'We are unable to add a session.',
    ]) {
      const p = first(said, (x) => x.verb === 'add');
      expect(p.negative).toBe(true);
      expect(p.subject).toBe('we');
    }
    expect(first('We can do non-food parties.').negative).toBe(false);
  });

  it('tells past, habit, hedge and embedded clauses apart', () => {
    expect(first('I emailed you the data sheets on Friday.').past).toBe(true);
    expect(first("We haven't done one for him.").past).toBe(true);
    expect(first('I always email on Fridays.').habitual).toBe(true);
    expect(first('We could maybe look at a coach next year.')).toMatchObject({
      modal: 'could',
      hedged: true,
    });
    expect(first('Let me look into what we can do.', (p) => p.modal === 'can').embedded).toBe(true);
  });

  it('shares a subject across "and", and finds a particle a few words on', () => {
    expect(first("I'll find out and let you know.", (p) => p.verb === 'let').subject).toBe('i');
    expect(first("I'll write all this up tonight.").verb).toBe('write up');
  });

  it('marks passive predicates and subjects that are things', () => {
    const p = first('The notice will be sent home tomorrow.');
    expect(p.passive).toBe(true);
    expect(p.subjectPerson).toBe(false);
    expect(first('The nurse will call you.').subjectPerson).toBe(true);
  });
});
