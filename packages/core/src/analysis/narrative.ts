// Positive words in a progress-report narrative, so they can be set against the data. The list is explicit and
// tested; a phrase preceded in the same clause by a negation ("not making excellent progress", "hasn't met the
// goal") does not count. Clauses end at punctuation and at "but", "however", "although", "though".

/** Positive phrases, as lower-case word sequences. Longer phrases are listed so the evidence names them. */
export const POSITIVE_PHRASES: readonly string[] = [
  'excellent progress',
  'great progress',
  'good progress',
  'significant progress',
  'steady progress',
  'strong progress',
  'tremendous progress',
  'remarkable progress',
  'outstanding progress',
  'wonderful progress',
  'sufficient progress',
  'adequate progress',
  'consistent progress',
  'making progress',
  'made progress',
  'progressing well',
  'doing well',
  'doing great',
  'on track',
  'goal met',
  'met the goal',
  'met this goal',
  'met his goal',
  'met her goal',
  'met their goal',
  'met goal',
  'excellent growth',
  'great growth',
  'good growth',
  'strong growth',
  'steady growth',
  'significant growth',
  'consistent growth',
  'mastered',
  'exceeded',
  'improved',
  'improving',
];
// Left out on purpose: "growth" alone ("growth has been slow"), "excellent" or "outstanding" alone ("an
// excellent attitude"): they are not claims about progress on the goal.

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'without',
  'hardly',
  'barely',
  'lack',
  'lacks',
  'lacking',
]);
const CLAUSE_BREAKS = new Set(['but', 'however', 'although', 'though']);
/** How many words before a phrase a negation may stand and still apply ("not yet made progress"). */
const NEGATION_REACH = 4;

export interface NarrativeClaim {
  phrase: string;
  negated: boolean;
}

function clauses(text: string): string[][] {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/\bcannot\b/g, 'can not');
  const out: string[][] = [];
  for (const part of words.split(/[.,;:!?()\n]+/)) {
    let current: string[] = [];
    for (const word of part.split(/[^a-z']+/).filter((w) => w !== '')) {
      if (CLAUSE_BREAKS.has(word)) {
        out.push(current);
        current = [];
      } else current.push(word);
    }
    out.push(current);
  }
  return out.filter((c) => c.length > 0);
}

const phraseWords = POSITIVE_PHRASES.map((p) => ({ phrase: p, words: p.split(' ') }));

/** Every positive phrase found, in reading order, longest match first at each position. */
export function positiveClaims(text: string): NarrativeClaim[] {
  const found: NarrativeClaim[] = [];
  for (const clause of clauses(text)) {
    let i = 0;
    while (i < clause.length) {
      const hit = phraseWords
        .filter((p) => p.words.every((w, k) => clause[i + k] === w))
        .sort((a, b) => b.words.length - a.words.length)[0];
      if (hit === undefined) {
        i += 1;
        continue;
      }
      const negated = clause.slice(Math.max(0, i - NEGATION_REACH), i).some((w) => NEGATIONS.has(w));
      found.push({ phrase: hit.phrase, negated });
      i += hit.words.length;
    }
  }
  return found;
}

/** The first positive, non-negated phrase of a narrative, or null when it says nothing positive. */
export function positivePhrase(text: string | undefined): string | null {
  if (text === undefined) return null;
  return positiveClaims(text).find((c) => !c.negated)?.phrase ?? null;
}
