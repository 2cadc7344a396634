import type { Predicate } from './parse.js';

// Who will do it, per the labeling guide: the speaker for "I", "we", "let me" and "you'll get"; the person named
// ("Ms. Lee will", "Lee will": matched to the meeting's speakers) or the role as said ("the nurse", "his mom");
// nobody for "he", "she", "they".

const TITLES: Record<string, string> = {
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  dr: 'Dr.',
  coach: 'Coach',
  nurse: 'Nurse',
};
const UPPER = new Set(['ot', 'pt', 'slp', 'iep', 'ssd', 'bcba', 'sped', 'psych', 'lea', 'ese', 'ecse']);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Lower-case ways a speaker may be called ("ms. lee", "ms lee", "lee"; "dana carter", "dana", "carter"). */
export function nameVariants(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!/^\p{Lu}/u.test(trimmed) || /^(?:speaker|unknown)\b/i.test(trimmed)) continue;
    const lower = trimmed.toLowerCase();
    out.set(lower, trimmed);
    out.set(lower.replace(/\./g, ''), trimmed);
    for (const word of lower.replace(/\./g, '').split(/\s+/)) {
      if (word.length >= 3 && !(word in TITLES) && !out.has(word)) out.set(word, trimmed);
    }
  }
  return out;
}

/** The name for a person said as words ("ms lee" -> "Ms. Lee"), a speaker's full name when one matches. */
export function personName(words: string, names: ReadonlyMap<string, string>): string {
  const plain = words.replace(/\./g, '').trim();
  const known = names.get(plain);
  if (known !== undefined) return known;
  const parts = plain.split(/\s+/);
  const last = parts[parts.length - 1] ?? '';
  const byLast = names.get(last);
  if (byLast !== undefined && parts.length <= 2) return byLast;
  return parts.map((w, i) => (i === 0 && TITLES[w] !== undefined ? TITLES[w] : cap(w))).join(' ');
}

/** Who takes on a promise made in this predicate, said by `speaker`. */
export function whoOf(
  p: Predicate,
  speaker: string | null,
  names: ReadonlyMap<string, string>,
): string | null {
  switch (p.subject) {
    case 'i':
    case 'we':
    case 'let-me':
    case 'let-us':
    case 'you':
      return speaker;
    case 'named':
      return personName(p.subjectWords, names);
    case 'role': {
      const words = p.subjectWords.replace(/^(?:and|so|then|also|but)\s+/, '');
      if (names.has(words.replace(/\./g, ''))) return personName(words, names);
      return words
        .split(/\s+/)
        .map((w) => (UPPER.has(w) ? w.toUpperCase() : w))
        .join(' ');
    }
    default:
      return null;
  }
}
