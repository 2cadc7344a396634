import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { plainDate } from './phrases.js';

// A promise made at the meeting, written as one sentence: who + will + what + by when ("Chris Patel will send the
// new reading schedule by December 11, 2026."), whatever the parent or the transcript typed: "will send", "I'll
// send", "send", "sending", "The district will send", "we can get that to you", "she's going to call", with "by
// Friday" in the words or not.
//
// Rules do the structure (subject, modal, the date phrase, pronouns), because the shapes are few and must be exact;
// compromise (a small NLP library that runs in Node and the browser, no I/O) does the word knowledge rules would
// get wrong: whether the first word is a verb, a verb's base form ("sending", "sent", "looks into" -> "send",
// "send", "look into") and whether a name is a person's. chrono-node (already used by the extraction) finds the
// date phrase to drop when the item carries its own date.

export interface CommitmentParts {
  /** A name or role as typed: "Ms. Lee", "the case manager", "me". */
  who?: string | undefined;
  what: string;
  /** YYYY-MM-DD, 'unknown' or absent. */
  by?: string | undefined;
}

export interface CommitmentOptions {
  /** The parent's name: a promise by them reads "I will ...". */
  parentName?: string;
}

const PARENT_WORDS = /^(?:i|me|myself|parent|the parent|mom|dad|mother|father|guardian|the guardian)$/i;
const UNNAMED = /^(?:she|he|they|them|someone|somebody|unknown|not sure|\?+)$/i;
const SCHOOL_WE = /^(?:we|us|the team|our team)$/i;
const PRONOUN_SUBJECT = /^(?:i|we|she|he|they|you|it)$/i;
const DETERMINER = /^(?:the|a|an|my|our|his|her|their|this|that|each|every)\s/i;

/** Contractions and slang spelled out, so one set of rules reads them all. */
function expand(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\bwon't\b/gi, 'will not')
      .replace(/\bcan't\b/gi, 'cannot')
      .replace(/\b(i|we|you|she|he|they|it|that)'ll\b/gi, '$1 will')
      .replace(/(\w)'ll\b/g, '$1 will')
      .replace(/\bi'm\b/gi, 'I am')
      .replace(/\b(we|you|they)'re\b/gi, '$1 are')
      .replace(/\b(she|he|it|that)'s\b(?=\s+(?:going|gonna|planning|able)\b)/gi, '$1 is')
      // "Ms. Lee's going to" (a name's 's before going/gonna is "is", not a possessive).
      .replace(/(\w)'s\b(?=\s+(?:going|gonna|planning|able)\b)/g, '$1 is')
      .replace(/\b(i|we|you|she|he|they)'d\b/gi, '$1 would')
      .replace(/\bgonna\b/gi, 'going to')
      .replace(/\bwanna\b/gi, 'want to')
  );
}

// The modal that turns "X <modal> <verb phrase>" into a promise. Longest first, so "will be able to" wins over "will".
const MODAL =
  /\b(will not|will be able to|will|shall|(?:is|are|am) going to|going to|(?:is|are) planning to|plans? to|(?:is|are) able to|can|could|would|should|promised to|promises to|agreed to|agrees to|offered to|needs? to|has to|have to|(?:is|are) to)\s+/i;

// "Ms. Lee said she would call": the one who spoke is the one who will act.
const SAID =
  /^(.{1,80}?)\s+(?:said|says|agreed|promised|offered)\s+(?:that\s+)?(?:she|he|they|we|i)\s+(?:would|will|could|can|(?:is|are) going to)\s+(.+)$/i;

const verbsWithS = new Set([
  'email',
  'text',
  'fax',
  'mail',
  'call',
  'check',
  'update',
  'forward',
  'send',
  'schedule',
]);

const hasVerb = (text: string) => nlp(text).has('#Verb');

// Office verbs compromise may read as nouns at the start of a to-do ("email the data", "text me").
const OFFICE_VERBS = new Set([
  ...verbsWithS,
  'share',
  'set',
  'look',
  'bring',
  'print',
  'copy',
  'review',
  'finish',
  'write',
  'draft',
  'observe',
  'test',
  'meet',
  'get',
  'give',
  'move',
  'pay',
  'sign',
  'let',
  'talk',
  'follow',
  'add',
  'ask',
  'find',
  'order',
  'train',
  'record',
  'log',
  'track',
  'graph',
  'report',
  'contact',
  'invite',
  'arrange',
  'collect',
  'run',
  'start',
  'make',
]);

/** Whether a to-do starts with something done ("send ...", "also send ..."), not a thing ("IEP draft"). */
function startsWithAction(phrase: string): boolean {
  const first = nlp(phrase).terms().first();
  const word = first
    .text()
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
  if (OFFICE_VERBS.has(word)) return true;
  if (first.has('#Adverb')) return startsWithAction(phrase.slice(first.text().length).trim());
  return first.has('#Verb') && !first.has('#Noun') && !first.has('#Acronym');
}

/** The first word in its base form when it is a verb in another form: "sending" / "sent" / "sends" -> "send". */
function baseVerb(phrase: string): string {
  const doc = nlp(phrase);
  const first = doc.terms().first();
  const word = first.text();
  if (
    first.has('#Gerund') ||
    first.has('#PastTense') ||
    (first.has('#PresentTense') && !first.has('#Infinitive'))
  ) {
    const base = nlp(word).verbs().toInfinitive().text();
    if (base !== '' && base.toLowerCase() !== word.toLowerCase()) {
      return `${base.toLowerCase()}${phrase.slice(word.length)}`;
    }
  }
  // compromise reads "emails the data" as a noun; a few office verbs are known here.
  const head = /^\w+/.exec(phrase)?.[0] ?? '';
  for (const stem of [head.slice(0, -1), head.slice(0, -2)]) {
    if (/s$/i.test(head) && verbsWithS.has(stem.toLowerCase()))
      return `${stem.toLowerCase()}${phrase.slice(head.length)}`;
  }
  return phrase;
}

/** Lowercases the first word unless it is a name, an acronym or "I": "Send the data" -> "send the data". */
function lowerFirst(phrase: string): string {
  const first = nlp(phrase).terms().first();
  if (first.has('#ProperNoun') || first.has('#Acronym') || /^I\b/.test(phrase) || /^[A-Z]{2,}/.test(phrase))
    return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

const END_DATE_WORDS =
  /\s*,?\s*(?:(?:by|before|no later than|on|until|within|in)\s+)?(?:the\s+)?(?:end of (?:the |this |next )?(?:day|week|month|quarter|semester)|next meeting|(?:the\s+)?(?:next\s+)?(?:iep|504)?\s*meeting|asap|as soon as possible|soon)$/i;

/** The verb phrase without its trailing date words ("by Friday", "next week", "on 12/11"), when the item has a date. */
function withoutDatePhrase(phrase: string): string {
  let out = phrase.replace(END_DATE_WORDS, '');
  const found = chrono.parse(out);
  const last = found[found.length - 1];
  if (last !== undefined && last.index + last.text.length >= out.trimEnd().length - 1) {
    out = out
      .slice(0, last.index)
      .replace(/\s*,?\s*(?:by|before|no later than|on|until|within|in|at)?\s*$/i, '');
  }
  return out.trim();
}

/** "you" in what a staff member said to the parent is the parent: "get that to you" -> "get that to me". */
function toParentVoice(phrase: string): string {
  return phrase
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byou\b/gi, 'me');
}

type Actor = { kind: 'parent' } | { kind: 'named'; text: string } | { kind: 'unknown' };

function actorOf(who: string | undefined, options: CommitmentOptions): Actor {
  const w = (who ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:!?]+$/, '')
    .trim();
  if (w === '' || UNNAMED.test(w)) return { kind: 'unknown' };
  if (PARENT_WORDS.test(w)) return { kind: 'parent' };
  if (options.parentName !== undefined && w.toLowerCase() === options.parentName.trim().toLowerCase())
    return { kind: 'parent' };
  if (SCHOOL_WE.test(w)) return { kind: 'named', text: 'the school' };
  // A role typed without "the" ("case manager") reads as "the case manager"; a name stays as typed.
  if (/^[a-z]/.test(w) && !DETERMINER.test(w) && !nlp(w).has('#Person'))
    return { kind: 'named', text: `the ${w}` };
  return { kind: 'named', text: w };
}

/** Whether the subject in the words names the same person or office as `who` ("Ms. Carter" and "Ms. Jane Carter"). */
function samePerson(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((x) => x !== '' && !['the', 'ms', 'mr', 'mrs', 'dr', 'miss'].includes(x));
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  // A first name alone: "Alex" is "Alex Morgan".
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1 && short[0] === long[0]) return true;
  // The same last name: "Ms. Carter" is "Jane Carter".
  return wa[wa.length - 1] === wb[wb.length - 1];
}

interface Split {
  subject: string | null;
  phrase: string;
  negative: boolean;
}

/** The words split into the doer named in them (if any) and what they will do. */
function split(text: string): Split {
  const said = SAID.exec(text);
  if (said !== null)
    return { subject: (said[1] ?? '').trim(), phrase: (said[2] ?? '').trim(), negative: false };
  const m = MODAL.exec(text);
  if (m !== null) {
    const prefix = text.slice(0, m.index).trim();
    const words = prefix === '' ? 0 : prefix.split(/\s+/).length;
    if (words <= 6 && (prefix === '' || !hasVerb(prefix) || PRONOUN_SUBJECT.test(prefix))) {
      return {
        subject: prefix === '' ? null : prefix,
        phrase: text.slice(m.index + m[0].length).trim(),
        negative: /^will not$/i.test(m[1] ?? ''),
      };
    }
  }
  // No modal: "The district sends progress reports" (a subject, then a verb) or "send the schedule".
  const terms = nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const firstVerb = terms.findIndex((t) => t.terms[0]?.tags.includes('Verb') === true);
  if (firstVerb > 0 && firstVerb <= 6) {
    const before = terms.slice(0, firstVerb);
    const nouny = before.every((t) => !(t.terms[0]?.tags.includes('Preposition') ?? false));
    const words = text.split(/\s+/);
    if (nouny && before.some((t) => t.terms[0]?.tags.some((tag) => tag === 'Noun' || tag === 'Pronoun'))) {
      return {
        subject: words.slice(0, firstVerb).join(' '),
        phrase: words.slice(firstVerb).join(' '),
        negative: false,
      };
    }
  }
  return { subject: null, phrase: text, negative: false };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One promise as one sentence, ending with a period. */
export function commitmentSentence(parts: CommitmentParts, options: CommitmentOptions = {}): string {
  const dated = parts.by !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(parts.by);
  let text = expand(parts.what.replace(/\s+/g, ' ').trim())
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/^[-*\u2022]\s*/, '')
    .replace(/[.!?;,\s]+$/, '');
  text = text.replace(/^(?:please|pls)\s+/i, '');
  const { subject, phrase: rawPhrase, negative } = split(text);
  let actor = actorOf(parts.who, options);
  let saidBy: string | null = null;
  let youAct = false;
  if (subject !== null) {
    const s = subject.replace(/^(?:and|so|then|ok|okay),?\s+/i, '');
    if (/^you$/i.test(s)) youAct = true;
    else if (/^i$/i.test(s) || /^(?:she|he|they|it)$/i.test(s)) {
      // The speaker or someone named by a pronoun: the item's "who" says who that is.
    } else if (/^we$/i.test(s)) {
      if (actor.kind === 'unknown') actor = { kind: 'named', text: 'the school' };
    } else {
      const named = actorOf(s, options);
      if (actor.kind === 'named' && named.kind === 'named' && !samePerson(actor.text, named.text)) {
        saidBy = actor.text;
        actor = named;
      } else if (actor.kind === 'unknown' || actor.kind === 'parent') {
        actor = named;
      }
    }
  }
  let phrase = rawPhrase.replace(/^to\s+/i, '');
  phrase = baseVerb(phrase);
  if (youAct) {
    // "You will get the report": the one who said it will send it. "You will sign the form": the parent will.
    if (/^(?:get|receive|have)\b/i.test(phrase)) phrase = phrase.replace(/^\S+/, 'send you');
    else actor = { kind: 'parent' };
  }
  if (dated) phrase = withoutDatePhrase(phrase);
  phrase = lowerFirst(phrase);
  // A thing, not a deed ("IEP draft"): the promise was to follow up on it.
  if (phrase !== '' && !startsWithAction(phrase))
    phrase = `follow up on ${DETERMINER.test(`${phrase} `) ? phrase : `the ${phrase}`}`;
  if (actor.kind !== 'parent') phrase = toParentVoice(phrase);
  const verb = phrase === '' ? 'follow up' : phrase;
  const will = negative ? 'will not' : 'will';
  const by = dated ? ` by ${plainDate(parts.by ?? '')}` : '';
  const sentence =
    actor.kind === 'parent'
      ? `I ${will} ${verb}${by}.`
      : actor.kind === 'unknown'
        ? `Someone at the school ${will} ${verb}${by}. Please tell me who.`
        : saidBy !== null
          ? `${capitalize(saidBy)} said ${actor.text.replace(/^The\b/, 'the')} ${will} ${verb}${by}.`
          : `${capitalize(actor.text)} ${will} ${verb}${by}.`;
  return sentence.replace(/\s+/g, ' ');
}
