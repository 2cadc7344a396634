import { ORDINAL_WORD_PATTERN } from './ordinal-words.js';

// Small text helpers for extraction. Speech-to-text output varies: Whisper writes sentences with punctuation and
// capitals, pocketsphinx writes lower case with no punctuation at all. Everything here works with both.

/** Straight quotes, single spaces, no ends. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

// A period after these does not end a sentence ("Ms. Lee will send it.").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'mt',
  'prof',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'dec',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
]);

// "Then Thursday. The twentieth.": a weekday, then its day of the month said alone, is one day.
const WEEKDAY_THEN_DAY = new RegExp(
  String.raw`\b(Monday|Tuesday|Wednesday|Thursday|Friday)\. (The (?:\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_PATTERN}))(?=[.!?,]|$)`,
  'gi',
);

/** Sentences of an utterance, each with its end punctuation. Text with no punctuation is one sentence. */
export function splitSentences(text: string): string[] {
  const s = normalizeText(text).replace(
    WEEKDAY_THEN_DAY,
    (_, day: string, date: string) => `${day}, ${date.toLowerCase()}`,
  );
  const out: string[] = [];
  let from = 0;
  const boundary = /[.!?]+["')\]]*\s+(?=["'(]?[A-Z0-9])/g;
  for (let m = boundary.exec(s); m !== null; m = boundary.exec(s)) {
    const before = s.slice(from, m.index);
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase().replace(/\.$/, '');
    if (m[0].startsWith('.') && lastWord !== undefined && ABBREVIATIONS.has(lastWord)) continue;
    out.push(s.slice(from, m.index + m[0].trimEnd().length));
    from = m.index + m[0].length;
  }
  const rest = s.slice(from).trim();
  if (rest !== '') out.push(rest);
  return out.filter((x) => /[\p{L}\p{N}]/u.test(x));
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export const capitalize = (s: string) => (s === '' ? s : s.charAt(0).toUpperCase() + s.slice(1));

// Openers that carry no meaning in a summary ("Um, so, unfortunately, we can't ...").
const FILLER =
  /^(?:(?:um+|uh+|so|well|okay|ok|oh|and|but|now|alright|all right|right|yeah|unfortunately|honestly|basically|actually|i mean|you know|i'm afraid|i am afraid)\b[,\s]*)+/i;

/**
 * At most `max` words, "..." after a cut. Speech-to-text without punctuation can make a 30-second "sentence"; an
 * item should stay a line the parent can read at a glance (the source keeps every word).
 */
export function clipWords(s: string, max: number): string {
  const words = s.split(' ');
  return words.length <= max
    ? s
    : `${words
        .slice(0, max)
        .join(' ')
        .replace(/[\s,;:.-]+$/, '')}...`;
}

export const MAX_ITEM_WORDS = 40;

/** A sentence as a list item: fillers off the front, a capital letter, an end mark, not too long. */
export function tidySentence(sentence: string): string {
  let s = clipWords(normalizeText(sentence).replace(FILLER, ''), MAX_ITEM_WORDS);
  if (s === '') s = clipWords(normalizeText(sentence), MAX_ITEM_WORDS);
  s = capitalize(s.replace(/[\s,;:-]+$/, ''));
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** Blank a span with spaces so later matching cannot see it but positions stay the same. */
export function blank(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + s.slice(to);
}
