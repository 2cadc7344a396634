import { normalizeText } from './text.js';

// Speech as a transcript shows it, made readable for the parser: fillers out ("um", "uh", "you know"), repeats and
// false starts collapsed ("I'll, I'll get", "the, the", "I'll - we'll send" -> "I'll get", "the", "we'll send"),
// contractions spelled out ("can't" -> "can not", "we'll" -> "we will") so the parser sees one form of each modal
// and negation. Only the analysis reads this text: items keep the words as said.

const FILLER = /(^|[\s,.;!?])(?:um+|uh+|uhm+|erm?|hmm+|mm+|ah+|eh)(?=[\s,.;!?]|$)[,.]?/gi;
const YOU_KNOW = /,\s*you know,|^\s*you know,\s*|,\s*you know(?=[.?!]|$)/gi;
// "like" as a filler sits between commas or right after one ("it's, like, ninety"; "like, a tutor?").
const LIKE =
  /,\s*like,|(^|[.?!]\s+)like,\s*|,\s*like\s+(?=(?:a|an|the|\d|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)/gi;
const I_MEAN = /(^|[.?!]\s+)i mean,\s*/gi;
// "I'll - we'll send": a start of one or two words given up for another.
const FALSE_START = /(^|[,.;!?]\s*)(?:[a-zI][\w']*\s+)?[a-zI][\w']*\s+[-\u2013\u2014]+\s+/g;
// "the, the" / "we can, we can" / "I'll I'll": the same one to three words said twice.
const REPEAT = /\b([\w']+(?:\s+[\w']+){0,2}),?\s+\1\b/gi;

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/gi, 'will not'],
  [/\bcan't\b/gi, 'can not'],
  [/\bcannot\b/gi, 'can not'],
  [/\bshan't\b/gi, 'shall not'],
  [/\bain't\b/gi, 'is not'],
  [/n't\b/gi, ' not'],
  [/\blet's\b/gi, 'let us'],
  [/'ll\b/gi, ' will'],
  [/'re\b/gi, ' are'],
  [/\bi'm\b/gi, 'i am'],
  [/'ve\b/gi, ' have'],
  [/'d\b/gi, ' would'],
  [
    /\b(it|that|there|here|what|who|where|how|this|everyone|everybody|someone|somebody|nobody)'s\b/gi,
    '$1 is',
  ],
  [
    /\b(he|she)'s\s+(?=(?:going|gonna|not|doing|getting|having|able|just|still|really|in|on|at|a|an|the|so|very|such|one|super|totally|pretty|making|working|using|reading|\w+ing)\b)/gi,
    '$1 is ',
  ],
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'got to'],
  [/\bkinda\b/gi, 'kind of'],
];

/** Disfluencies out, contractions spelled out, lower case kept as said (names keep their capitals). */
export function cleanSpeech(text: string): string {
  let s = normalizeText(text);
  s = s.replace(FILLER, '$1');
  s = s
    .replace(YOU_KNOW, ',')
    .replace(LIKE, (m, lead: string | undefined) => (m.startsWith(',') ? ',' : (lead ?? '')));
  s = s.replace(I_MEAN, '$1');
  s = s.replace(FALSE_START, '$1');
  for (let i = 0; i < 3; i += 1) {
    const before = s;
    s = s.replace(REPEAT, '$1');
    if (s === before) break;
  }
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  return s
    .replace(/\s*,(?:\s*,)+/g, ',')
    .replace(/(^|[.?!]\s+)[,\s]+/g, '$1')
    .replace(/\s+([,.;!?])/g, '$1')
    .replace(/,([.?!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
