// The shape of a problem found in a case file, apart from the parser so the cross-field checks can name it
// without importing the parser that runs them.

/** One problem found in a case file: where (a JSON path like $.meetings[0].sessions[0].end) and why, in plain words. */
export interface CaseProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: CaseProblem[] };
