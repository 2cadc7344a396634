import { wordErrorRate } from '../transcripts/word-error-rate.js';
import type { LabeledMeeting } from './corpus.js';

// A speech recognizer's errors, to measure how extraction holds up on real transcripts: words dropped, words
// inserted (fillers, short words), neighbours swapped, homophones ("their" for "there", "fried day" for "Friday"),
// numbers written another way or misheard ("ten" -> "10", "fifteen" -> "fifty"), and other near misses. Each word
// is hit with a probability; noiseMeetings finds the probability that gives a target word error rate, measured
// with core's wordErrorRate over the whole set. Deterministic: the same seed gives the same text.

export interface NoiseOptions {
  /** Probability that a word is hit by some error (0..1). */
  rate: number;
  seed: number;
}

const HOMOPHONES: Record<string, string[]> = {
  there: ['their', "they're"],
  their: ['there'],
  "they're": ['there', 'their'],
  to: ['two', 'too'],
  two: ['to', 'too'],
  too: ['to'],
  by: ['buy', 'bye'],
  buy: ['by'],
  for: ['four', 'fore'],
  four: ['for'],
  week: ['weak'],
  weak: ['week'],
  friday: ['fried day', 'fry day'],
  monday: ['mon day', 'money'],
  tuesday: ['choose day', 'twos day'],
  wednesday: ['wednes day', 'wins day'],
  thursday: ['thurs day', 'thirsty'],
  right: ['write', 'rite'],
  write: ['right'],
  new: ['knew'],
  know: ['no'],
  no: ['know'],
  here: ['hear'],
  hear: ['here'],
  meet: ['meat'],
  our: ['are', 'hour'],
  hour: ['our'],
  would: ['wood'],
  eight: ['ate'],
  then: ['than'],
  than: ['then'],
  "it's": ['its'],
  its: ["it's"],
  sent: ['cent', 'scent'],
  read: ['red'],
  one: ['won'],
  allowed: ['aloud'],
  aloud: ['allowed'],
  wait: ['weight'],
  whether: ['weather'],
  principal: ['principle'],
  aide: ['aid'],
  aid: ['aide'],
  "we'll": ['wheel', 'will'],
  "i'll": ['aisle', 'all'],
  "won't": ['want'],
  plan: ['plane', 'plant'],
  tests: ['texts'],
  test: ['text'],
  iep: ['i e p', 'ie p'],
  '504': ['five oh four', '5 o 4'],
  esy: ['e s y', 'easy'],
  ot: ['o t', 'oh tea'],
  pt: ['p t', 'pee tea'],
  slp: ['s l p'],
  para: ['pair of', 'pear'],
  through: ['threw'],
  "you're": ['your'],
  your: ["you're"],
  whole: ['hole'],
  mail: ['male'],
  email: ['e mail'],
  "can't": ['can', 'cant'],
  can: ["can't", 'kin'],
  "we're": ['were', 'where'],
  were: ["we're"],
  where: ['wear', 'were'],
  accept: ['except'],
  affect: ['effect'],
  sure: ['shore'],
  notice: ['notes'],
  goals: ['gold'],
  services: ['service'],
};

const NUMBERS: Record<string, string[]> = {
  one: ['1', 'won'],
  two: ['2', 'to'],
  three: ['3', 'tree'],
  four: ['4', 'for'],
  five: ['5', 'fine'],
  six: ['6', 'sex'],
  seven: ['7'],
  eight: ['8', 'ate'],
  nine: ['9'],
  ten: ['10', 'tin'],
  twelve: ['12'],
  thirteen: ['thirty', '13'],
  fifteen: ['fifty', '15'],
  twenty: ['20', 'plenty'],
  thirty: ['thirteen', '30'],
  forty: ['fourteen', '40'],
  fifty: ['fifteen', '50'],
  sixty: ['sixteen', '60'],
  ninety: ['nineteen', '90'],
  first: ['1st', 'furst'],
  second: ['2nd'],
  third: ['3rd'],
  fifteenth: ['15th', 'fiftieth'],
  twentieth: ['20th', 'twenty'],
  '1st': ['first'],
  '2nd': ['second'],
  '3rd': ['third'],
  '8th': ['eighth', 'eight'],
  '15th': ['fifteenth', 'fifty'],
  '20th': ['twentieth', 'twenty'],
  '30': ['thirty', '13'],
  '10': ['ten'],
  '15': ['fifteen', '50'],
  '60': ['sixty', '16'],
};

// Near misses for other words, and what a recognizer inserts.
const CONFUSIONS: Record<string, string[]> = {
  and: ['in', 'an'],
  in: ['and', 'an'],
  the: ['a', 'that'],
  a: ['the', 'uh'],
  it: ['that', 'at'],
  that: ['it', 'the'],
  he: ['she', 'we'],
  she: ['he', 'see'],
  we: ['he', 'you'],
  is: ['as', 'his'],
  his: ['is', 'this'],
  was: ['is', 'as'],
  will: ['well', "we'll"],
  not: ['now', 'knot'],
  "don't": ['do', 'dont'],
  "doesn't": ['does', 'dozen'],
  of: ['have', 'a'],
  have: ['of', 'half'],
  send: ['sand', 'spend'],
  call: ['all', 'cole'],
  check: ['chuck', 'chick'],
  add: ['at', 'had'],
};
const INSERTS = ['uh', 'um', 'the', 'a', 'and', 'so', 'i', 'that', 'it', 'you', 'in'];

/** A small seeded generator (mulberry32): the same seed, the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)] as T;

/** Splits "Friday," into the word and what clings to it, so the comma or question mark survives a change. */
function parts(token: string): { lead: string; word: string; tail: string } {
  const m = /^([^\p{L}\p{N}']*)(.*?)([^\p{L}\p{N}']*)$/u.exec(token);
  return { lead: m?.[1] ?? '', word: m?.[2] ?? token, tail: m?.[3] ?? '' };
}

function replaceWord(token: string, replacement: string): string {
  const { lead, word, tail } = parts(token);
  const out = /^\p{Lu}/u.test(word)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
  return `${lead}${out}${tail}`;
}

/** One utterance with recognizer errors: each word is hit with probability `rate`. */
export function addRecognizerNoise(text: string, options: NoiseOptions): string {
  const rnd = seededRandom(options.seed);
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    if (rnd() >= options.rate) {
      out.push(token);
      continue;
    }
    const key = parts(token).word.toLowerCase();
    const homophones = HOMOPHONES[key] ?? NUMBERS[key];
    const r = rnd();
    if (homophones !== undefined && r < 0.6) out.push(replaceWord(token, pick(homophones, rnd)));
    else if (r < 0.35 || (homophones !== undefined && r < 0.75)) {
      // Dropped: what clung to it (a comma, a question mark) stays with the word before.
      const tail = parts(token).tail;
      if (tail !== '' && out.length > 0) out[out.length - 1] = `${out[out.length - 1] ?? ''}${tail}`;
    } else if (r < 0.62) {
      const confusions = CONFUSIONS[key];
      out.push(replaceWord(token, confusions === undefined ? pick(INSERTS, rnd) : pick(confusions, rnd)));
    } else if (r < 0.84) out.push(pick(INSERTS, rnd), token);
    else if (i + 1 < tokens.length) {
      const next = tokens[i + 1] as string;
      out.push(replaceWord(token, parts(next).word), replaceWord(next, parts(token).word));
      i += 1;
    } else out.push(token);
  }
  return out.join(' ');
}

function noisedCopy(meetings: readonly LabeledMeeting[], rate: number, seed: number): LabeledMeeting[] {
  return meetings.map((m) => ({
    ...m,
    utterances: m.utterances.map((u, i) => ({
      ...u,
      text: addRecognizerNoise(u.text, { rate, seed: hash(`${seed}:${m.id}:${i}`) }),
    })),
  }));
}

/** The set's word error rate against the clean text (errors over reference words, all utterances together). */
export function corpusWordErrorRate(
  clean: readonly LabeledMeeting[],
  noisy: readonly LabeledMeeting[],
): number {
  let errors = 0;
  let words = 0;
  clean.forEach((m, k) =>
    m.utterances.forEach((u, i) => {
      const w = wordErrorRate(u.text, noisy[k]?.utterances[i]?.text ?? '');
      errors += w.substitutions + w.deletions + w.insertions;
      words += w.referenceWords;
    }),
  );
  return words === 0 ? 0 : errors / words;
}

/**
 * The meetings as a recognizer with the target word error rate (0..1) might have written them: labels unchanged.
 * Returns the per-word rate found and the word error rate measured.
 */
export function noiseMeetings(
  meetings: readonly LabeledMeeting[],
  targetWer: number,
  seed: number,
): { meetings: LabeledMeeting[]; rate: number; wer: number } {
  let low = 0;
  let high = 1;
  let best = { meetings: [...meetings], rate: 0, wer: 0 };
  for (let step = 0; step < 14; step += 1) {
    const rate = (low + high) / 2;
    const noisy = noisedCopy(meetings, rate, seed);
    const wer = corpusWordErrorRate(meetings, noisy);
    if (Math.abs(wer - targetWer) < Math.abs(best.wer - targetWer)) best = { meetings: noisy, rate, wer };
    if (wer < targetWer) low = rate;
    else high = rate;
  }
  return best;
}
