import type { z } from 'zod';
import type { Confidence } from '../../rules/confidence.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock, LetterKindInfo, MissingFact, Question, Recipient } from '../letter-types.js';

// One letter kind: its interview, its answers schema and its builder. buildLetter adds what every letter shares
// (date, sender, signature) around what the kind returns.

export interface KindDraft {
  title: string;
  subject: string;
  to: Recipient[];
  cc: Recipient[];
  greeting?: string;
  blocks: LetterBlock[];
  closing?: string;
  attachments?: { name: string; description: string }[];
  warnings: string[];
}

export interface KindModule {
  info: LetterKindInfo;
  schema: z.ZodType;
  /** `answers` has passed `schema`. */
  build(ctx: LetterContext, answers: unknown): KindDraft | { missing: MissingFact[] };
}

export function defineKind<S extends z.ZodType>(
  info: LetterKindInfo,
  schema: S,
  build: (ctx: LetterContext, answers: z.output<S>) => KindDraft | { missing: MissingFact[] },
): KindModule {
  return { info, schema, build: (ctx, answers) => build(ctx, answers as z.output<S>) };
}

type QuestionOptions = Partial<
  Pick<Question, 'choices' | 'choicesFrom' | 'itemFields' | 'showIf' | 'allowUnknown' | 'required'>
>;

/** A question with the usual defaults: not required, no "I don't know". */
export function q(
  id: string,
  section: string,
  type: Question['type'],
  prompt: string,
  help: string,
  options: QuestionOptions = {},
): Question {
  return { id, section, prompt, help, type, allowUnknown: false, required: false, ...options };
}

export type Citation = { citation: string; confidence: Confidence; kind: 'law' | 'practice' };

export const law = (citation: string, confidence: Confidence = 'PRIMARY'): Citation => ({
  citation,
  confidence,
  kind: 'law',
});
export const practice = (citation: string, confidence: Confidence = 'SECONDARY'): Citation => ({
  citation,
  confidence,
  kind: 'practice',
});

export function citations(...items: Citation[]): LetterBlock {
  return { type: 'citations', items };
}

export const missing = (field: string, message: string) => ({ missing: [{ field, message }] });
