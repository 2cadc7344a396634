import type { SnippetPiece } from '@iep/core/contract';
// Turning what the parent typed into a full-text query, and marking the words it found in a hit. The query
// keeps only letters and digits, so nothing typed can reach the FTS5 or tsquery syntax; the last word matches
// as a prefix (search as you type).

export interface SearchTerms {
  /** Lower-case words, at most 12. */
  words: string[];
  /** Whether the last word also matches longer words ("eval" finds "evaluation"). */
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 12;

/** Lower case without accents, so "Résumé" and "resume" compare equal. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function parseTerms(query: string): SearchTerms {
  const words = (query.normalize('NFKC').match(WORD) ?? [])
    .map((w) => w.toLowerCase().slice(0, 64))
    .slice(0, MAX_WORDS);
  const last = words.at(-1);
  return { words, prefixLast: last !== undefined && last.length >= 2 };
}

/** An FTS5 MATCH expression: every word as a quoted string (implicit AND), the last one as a prefix. */
export function ftsMatch(terms: SearchTerms): string {
  return terms.words
    .map((w, i) => {
      const quoted = `"${w.replaceAll('"', '""')}"`;
      return terms.prefixLast && i === terms.words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

/** A to_tsquery text: words joined with &, the last one as a prefix (`:*`). */
export function tsQuery(terms: SearchTerms): string {
  return terms.words
    .map((w, i) => (terms.prefixLast && i === terms.words.length - 1 ? `${w}:*` : w))
    .join(' & ');
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a word of the text is one the query found. The databases stem words (porter, english), so this
 * accepts the same word with another ending ("agreed" for "agree", "evaluation" for "evaluate") but not words
 * that only start alike ("special" for "speech").
 */
export function wordMatches(word: string, term: string, prefix: boolean): boolean {
  const w = fold(word);
  const t = fold(term);
  if (w === t) return true;
  if (prefix && w.startsWith(t)) return true;
  // A stem shared by both, with endings of a few letters at most.
  const common = commonPrefix(w, t);
  return common >= Math.max(3, Math.min(w.length, t.length) - 2) && Math.abs(w.length - t.length) <= 4;
}

/**
 * The hit's text in pieces, the found words marked. A long text is cut to about `maxWords` words around the
 * first found word, with "…" where it was cut.
 */
export function snippet(text: string, terms: SearchTerms, maxWords = 40): SnippetPiece[] {
  const tokens = text.split(/([\p{L}\p{N}]+)/u);
  // Odd indexes are words, even ones the text between them.
  const isHit = (token: string) =>
    terms.words.some((term, i) => wordMatches(token, term, terms.prefixLast && i === terms.words.length - 1));
  const wordIndexes = tokens.flatMap((_, i) => (i % 2 === 1 ? [i] : []));
  let from = 0;
  let to = tokens.length;
  if (wordIndexes.length > maxWords) {
    const firstHit = wordIndexes.findIndex((i) => isHit(tokens[i] ?? ''));
    const startWord = Math.max(0, Math.min(Math.max(0, firstHit) - 10, wordIndexes.length - maxWords));
    from = startWord === 0 ? 0 : (wordIndexes[startWord] ?? 0);
    const endWord = startWord + maxWords - 1;
    to = endWord >= wordIndexes.length - 1 ? tokens.length : (wordIndexes[endWord] ?? tokens.length - 1) + 1;
  }
  const pieces: SnippetPiece[] = [];
  const push = (piece: string, highlight: boolean) => {
    if (piece === '') return;
    const last = pieces.at(-1);
    if (last && last.highlight === highlight) last.text += piece;
    else pieces.push({ text: piece, highlight });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) {
    const token = tokens[i] ?? '';
    push(token, i % 2 === 1 && isHit(token));
  }
  if (to < tokens.length) push(' …', false);
  return pieces;
}
