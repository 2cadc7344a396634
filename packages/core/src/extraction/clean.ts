import { normalizeText } from './text.js';

// Speech as a transcript shows it, made readable for the parser: fillers out ("um", "uh", "you know"), repeats and
// false starts collapsed ("I'll, I'll get", "the, the", "I'll - we'll send" -> "I'll get", "the", "we'll send"),
// contractions spelled out ("can't" -> "can not", "we'll" -> "we will") so the parser sees one form of each modal
// and negation. Only the analysis reads this text: items keep the words as said.

// "(laughs)", "[interpreting to Spanish]", "[inaudible]": a transcriber's note of what happened, not words said.
const STAGE_NOTE =
  /[[(](?:laughs?|laughter|laughing|chuckles?|sighs?|paus(?:e|es|ed)|inaudible|crosstalk|crying|coughs?|interpreting(?: (?:to|into) \w+)?(?:,[^\])]{0,40})?|to the (?:room|door|group))[\])]\s*/gi;
const FILLER = /(^|[\s,.;!?])(?:um+|uh+|uhm+|erm?|hmm+|mm+|ah+|eh)(?=[\s,.;!?]|$)[,.]?/gi;
const YOU_KNOW = /,\s*you know,|^\s*you know,\s*|,\s*you know(?=[.?!]|$)/gi;
// "like" as a filler sits between commas or right after one ("it's, like, ninety"; "like, a tutor?").
const LIKE =
  /,\s*like,|(^|[.?!]\s+)like,\s*|,\s*like\s+(?=(?:a|an|the|\d|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)/gi;
const I_MEAN = /(^|[.?!]\s+)i mean,\s*/gi;
// "I'll - we'll send": a start of one or two words given up for another.
const FALSE_START = /(^|[,.;!?]\s*)(?:[a-zI][\w']*\s+)?[a-zI][\w']*\s+[-\u2013\u2014]+\s+/g;
// "Which -- I'll train you", "We'll -- I'll send it": a capitalized word given up at a sentence's start. Only words
// that are no name ("Ms. Lee -- she's the OT -- said" keeps its name).
const OPENING_FALSE_START =
  /(^|[.;!?]\s+)(?:Which|What|So|And|But|Or|Then|Well|If|When|Because|The|That|This|It|We|I|You|He|She|They|My|Our|Your|His|Her|There)(?:'(?:ll|re|m|s|ve|d))?\s+[-\u2013\u2014]+\s+/g;
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
  // "Ms. Arnold's going to start", "the office's gonna send": a name before "going to" is its subject.
  [/\b([A-Za-z]+)'s\s+(?=(?:going to|gonna|not going to)\b)/g, '$1 is '],
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'got to'],
  [/\bkinda\b/gi, 'kind of'],
];

// Common mishearings of a recognizer that hide a promise or its date: "I'll" heard as "aisle" or "all" before a
// verb, a weekday split in two ("fry day"), "buy" for "by" before a time, "weak" for "week", "to"/"too" for
// "two" before a length, a number word after a month ("January eight").
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DAY_NUMBERS: Record<string, string> = {
  first: '1st',
  one: '1st',
  second: '2nd',
  two: '2nd',
  third: '3rd',
  three: '3rd',
  four: '4th',
  fourth: '4th',
  five: '5th',
  fifth: '5th',
  six: '6th',
  sixth: '6th',
  seven: '7th',
  seventh: '7th',
  eight: '8th',
  eighth: '8th',
  nine: '9th',
  ninth: '9th',
  ten: '10th',
  tenth: '10th',
  eleven: '11th',
  eleventh: '11th',
  twelve: '12th',
  twelfth: '12th',
  fifteen: '15th',
  fifteenth: '15th',
  twenty: '20th',
  twentieth: '20th',
  thirty: '30th',
  thirtieth: '30th',
};
const MISHEARD: [RegExp, string | ((...groups: string[]) => string)][] = [
  // Contractions typed or recognized without the apostrophe ("i dont", "thats", "im not gonna", "lets write that
  // in"): only spellings that are no other word ("wont", "ill", "were", "well", "its" and "shell" are left be).
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)nt\b/gi, "$1n't"],
  [/\bcant\b/gi, "can't"],
  [/\b(that|what|there|here)s\b/gi, "$1's"],
  [/\bim\b/gi, "I'm"],
  [/\bive\b/gi, "I've"],
  [/\b(you|they)(re|ll|ve)\b/gi, "$1'$2"],
  // "lets" opens a suggestion: at a sentence's start or after a yes ("yes, lets write that in").
  [/(^|[,.;!?]\s*|\b(?:so|ok|okay|yes|yeah|then|and|but|now)\s+)lets(?= [a-z])/gi, "$1let's"],
  [/\b(?:fry|fried|fri) day\b/gi, 'Friday'],
  [/\bmon day\b/gi, 'Monday'],
  [/\b(?:choose|twos|tues) day\b/gi, 'Tuesday'],
  [/\b(?:wednes|wins|wens) day\b/gi, 'Wednesday'],
  [/\bthurs day\b/gi, 'Thursday'],
  [
    /\b(?:buy|bye)(?= (?:the end|end|next|this|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|\d|(?:the )?\d{1,2}(?:st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|november|december)\b)/gi,
    'by',
  ],
  [/\b(next|this|a|per|each|every|the|two|three|in a|of the|end of the) weak\b/gi, '$1 week'],
  [/\b(?:to|too)(?= (?:weeks|days|school days|business days|months)\b)/gi, 'two'],
  [
    // "May twenty-second" stays in words (dates.ts reads it): only a whole number word becomes a numeral.
    new RegExp(
      String.raw`\b(${MONTH}) (${Object.keys(DAY_NUMBERS).join('|')})\b(?![-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)\b)`,
      'gi',
    ),
    (_m, month: string, n: string) => `${month} ${DAY_NUMBERS[n.toLowerCase()] ?? n}`,
  ],
  [
    /(^|[,.;!?]\s*|\band\s+|\bso\s+)(?:aisle|all|ill)(?= (?:send|email|e-mail|mail|call|text|talk|get|give|bring|make|check|find|look|let|put|write|set|schedule|update|ask|reach|follow|forward|have|do|try|go|see|type|fill|sign|pull|print|drop|pick)\b)/gi,
    '$1I will',
  ],
  // "Aisle" opens no sentence in a meeting; "wheel" before a verb is "we'll"; "were okay with" is "we're".
  [/(^|[,.;!?]\s*|\band\s+|\bso\s+|\bbut\s+)aisle\b/gi, '$1I will'],
  [
    /\bwheel(?= (?:send|email|mail|call|get|give|make|have|put|add|do|set|schedule|talk|meet|follow|check|look|write|keep|try|go|see|let|include|update)\b)/gi,
    'we will',
  ],
  [
    /(^|[,.;!?]\s*|\bso\s+|\byeah,?\s+)were(?= (?:all|okay|ok|fine|good|not|going|on|in|agreed|happy)\b)/gi,
    '$1we are',
  ],
  [/\byour(?= (?:okay|ok|fine|good|all set|on board|right)\b)/gi, 'you are'],
  [
    /\b(do not|don't|does not|doesn't|did not|didn't|i) no(?= (?:if|whether|what|when|how|why|who|that)\b)/gi,
    '$1 know',
  ],
  [/\bfore(?= (?:next|this|the|a|him|her|them|you|that|it)\b)/gi, 'for'],
];

/** Known mishearings undone (see MISHEARD); the rest of the words as they are. */
export function undoMishearings(text: string): string {
  let s = text;
  for (const [pattern, replacement] of MISHEARD) s = s.replace(pattern, replacement as string);
  return s;
}

/** Disfluencies out, contractions spelled out, lower case kept as said (names keep their capitals). */
export function cleanSpeech(text: string): string {
  let s = undoMishearings(normalizeText(text).replace(STAGE_NOTE, ''));
  s = s.replace(FILLER, '$1');
  s = s
    .replace(YOU_KNOW, ',')
    .replace(LIKE, (m, lead: string | undefined) => (m.startsWith(',') ? ',' : (lead ?? '')));
  s = s.replace(I_MEAN, '$1');
  s = s.replace(OPENING_FALSE_START, '$1').replace(FALSE_START, '$1');
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
