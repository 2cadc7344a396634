import { z } from 'zod';
import { LETTER_KINDS, type LetterKind, type LetterKindInfo } from './letter-types.js';

// Placeholder while the kinds are written: every kind is listed, with its questions still to come.
export const LETTER_KIND_INFO: Record<LetterKind, LetterKindInfo> = Object.fromEntries(
  LETTER_KINDS.map((kind) => [
    kind,
    {
      kind,
      title: kind,
      summary: '',
      needsMeeting: false,
      plannerTask: null,
      triggers: [],
      hasAttachments: false,
      questions: [],
    },
  ]),
) as unknown as Record<LetterKind, LetterKindInfo>;

export function letterAnswersSchema(_kind: LetterKind): z.ZodType {
  return z.record(z.string(), z.unknown());
}
