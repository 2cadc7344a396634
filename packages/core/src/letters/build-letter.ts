import type { BuildLetterInput, LetterKind, LetterResult } from './letter-types.js';

export function buildLetter(kind: LetterKind, _input: BuildLetterInput): LetterResult {
  return { ok: false, missing: [{ field: 'kind', message: `The ${kind} letter is not written yet.` }] };
}
