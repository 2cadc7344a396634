// Word error rate: the number of word substitutions, deletions and insertions that turn the reference into the
// hypothesis, divided by the number of reference words (the measure sclite reports). Used to compare engines on
// speech made from known text.

export interface WordErrorRate {
  /** (substitutions + deletions + insertions) / referenceWords; 0 for two empty texts, 1 for an empty reference. */
  wer: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

/**
 * Lower case, curly quotes made straight, punctuation removed (hyphens split words: "check-in" is "check in").
 * Numbers stay as written: "42" and "forty two" differ, as they do for a reader.
 */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

/** One row of the table: the edit cost and, for the path that reached it, its substitutions, deletions, insertions. */
class Row {
  readonly cost: Int32Array;
  readonly s: Int32Array;
  readonly d: Int32Array;
  readonly i: Int32Array;
  constructor(size: number) {
    this.cost = new Int32Array(size);
    this.s = new Int32Array(size);
    this.d = new Int32Array(size);
    this.i = new Int32Array(size);
  }
}

// Alignment weights as in sclite (substitution 4, insertion 3, deletion 3): between two alignments with the same
// number of errors, the one sclite would report wins (fewer substitutions when a deletion plus an insertion fits
// as well), so our figures can be compared with published sclite scores.
const SUB = 4;
const DEL = 3;
const INS = 3;

/**
 * Word alignment by dynamic programming (Levenshtein with sclite's weights), keeping the edit counts along the way.
 * Two rows only, so an hour of speech (10,000 words) needs kilobytes, not a 10,000 x 10,000 table. Ties prefer
 * match/substitution, then insertion, then deletion: the order that gives sclite's counts (checked against sclite on
 * thousands of random pairs in word-error-rate.medium.test.ts).
 */
export function wordErrorRate(reference: string, hypothesis: string): WordErrorRate {
  const ref = normalizeWords(reference);
  const hyp = normalizeWords(hypothesis);
  const m = hyp.length;
  let prev = new Row(m + 1);
  let row = new Row(m + 1);
  for (let h = 0; h <= m; h += 1) {
    prev.cost[h] = h * INS;
    prev.i[h] = h;
  }
  for (let r = 1; r <= ref.length; r += 1) {
    row.cost[0] = r * DEL;
    row.s[0] = 0;
    row.d[0] = r;
    row.i[0] = 0;
    const word = ref[r - 1];
    for (let h = 1; h <= m; h += 1) {
      const same = word === hyp[h - 1];
      const sub = (prev.cost[h - 1] ?? 0) + (same ? 0 : SUB);
      const del = (prev.cost[h] ?? 0) + DEL;
      const ins = (row.cost[h - 1] ?? 0) + INS;
      // Typed-array reads are in bounds here; `?? 0` only satisfies noUncheckedIndexedAccess.
      if (sub <= del && sub <= ins) {
        row.cost[h] = sub;
        row.s[h] = (prev.s[h - 1] ?? 0) + (same ? 0 : 1);
        row.d[h] = prev.d[h - 1] ?? 0;
        row.i[h] = prev.i[h - 1] ?? 0;
      } else if (ins <= del) {
        row.cost[h] = ins;
        row.s[h] = row.s[h - 1] ?? 0;
        row.d[h] = row.d[h - 1] ?? 0;
        row.i[h] = (row.i[h - 1] ?? 0) + 1;
      } else {
        row.cost[h] = del;
        row.s[h] = prev.s[h] ?? 0;
        row.d[h] = (prev.d[h] ?? 0) + 1;
        row.i[h] = prev.i[h] ?? 0;
      }
    }
    [prev, row] = [row, prev];
  }
  const substitutions = prev.s[m] ?? 0;
  const deletions = prev.d[m] ?? 0;
  const insertions = prev.i[m] ?? 0;
  const errors = substitutions + deletions + insertions;
  const n = ref.length;
  return {
    wer: n === 0 ? (errors === 0 ? 0 : 1) : errors / n,
    substitutions,
    deletions,
    insertions,
    referenceWords: n,
  };
}
