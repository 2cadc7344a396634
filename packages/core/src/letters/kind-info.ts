import type { z } from 'zod';
import { LETTER_KINDS, type LetterKind, type LetterKindInfo } from './letter-types.js';
import { KINDS } from './registry.js';

/** The interview and planner links of every kind, in LETTER_KINDS order. */
export const LETTER_KIND_INFO: Record<LetterKind, LetterKindInfo> = Object.fromEntries(
  LETTER_KINDS.map((kind) => [kind, KINDS[kind].info]),
) as unknown as Record<LetterKind, LetterKindInfo>;

/**
 * The answers schema of a kind (zod, strict objects). Every field is optional so a half-done draft passes;
 * buildLetter says what is still missing.
 */
export function letterAnswersSchema(kind: LetterKind): z.ZodType {
  return KINDS[kind].schema;
}
