import { z } from 'zod';
import type { DeadlineRuleId, PlanType } from '../../deadlines/index.js';
import type { Confidence } from '../../rules/confidence.js';
import type { LetterContext } from '../context.js';
import type {
  LetterBlock,
  LetterKindInfo,
  MissingFact,
  Question,
  Recipient,
  SchoolDate,
  SourceNote,
} from '../letter-types.js';

// One letter kind: its interview, its answers schema and its builder. buildLetter adds what every letter shares
// (date, sender, greeting, signature, one line per recipient) around what the kind returns.

export interface KindDraft {
  title: string;
  subject: string;
  to: Recipient[];
  cc: Recipient[];
  /** Only when the kind needs its own ("To the Child Complaint Coordinator:"); else made from `to`. */
  greeting?: string;
  body: LetterBlock[];
  closing?: string;
  attachments?: { name: string; description: string }[];
  /** The "Notes for you" page: plain points and the sources with their confidence. */
  notes: { points?: string[]; sources: SourceNote[] };
  warnings: string[];
  schoolDates?: SchoolDate[];
}

export interface KindModule {
  info: LetterKindInfo;
  schema: z.ZodType;
  /** `answers` has passed `schema`. */
  build(ctx: LetterContext, answers: unknown): KindDraft | { missing: MissingFact[] };
  /**
   * The clocks this letter starts once sent, for these answers and plan: a subset of `info.triggers`. When absent,
   * every trigger whose rule applies to the plan.
   */
  clocks?(answers: unknown, planType: PlanType): DeadlineRuleId[];
}

export function defineKind<S extends z.ZodType>(
  info: LetterKindInfo,
  schema: S,
  build: (ctx: LetterContext, answers: z.output<S>) => KindDraft | { missing: MissingFact[] },
  clocks?: (answers: z.output<S>, planType: PlanType) => DeadlineRuleId[],
): KindModule {
  return {
    info,
    schema,
    build: (ctx, answers) => build(ctx, answers as z.output<S>),
    ...(clocks ? { clocks: (answers, planType) => clocks(answers as z.output<S>, planType) } : {}),
  };
}

type QuestionOptions = Partial<
  Pick<
    Question,
    | 'choices'
    | 'choicesFrom'
    | 'itemFields'
    | 'showIf'
    | 'allowUnknown'
    | 'required'
    | 'maxLength'
    | 'maxItems'
    | 'onlyForPlan'
  >
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

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A text answer of at most `max` characters, with plain messages. The question that asks for it carries the same
 * `max` (a test keeps them equal) so the interview can show a counter before the limit is hit.
 */
export const answerText = (max: number) =>
  z
    .string({ error: 'Write this as text.' })
    .max(max, { error: `This is too long. Keep it to ${count(max)} characters or fewer.` });

/** A list answer of at most `max` items. */
export const answerList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: 'This should be a list.' })
    .max(max, { error: `Keep this to ${count(max)} items or fewer.` });

export const answerDate = () => z.iso.date({ error: 'Pick a real date, like December 7, 2026.' });

export const answerDateOrUnknown = () =>
  z.union([answerDate(), z.literal('unknown')], { error: 'Pick a real date, or "I don\'t know".' });

export const answerEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'Pick one of the choices.' });

export type Citation = SourceNote;

// The kinds of source a letter cites, with core's labels (rules/confidence.ts, missouri-rules.md §16.9).

/** A statute, a regulation or a court ruling. */
export const law = (citation: string, confidence: Confidence = 'PRIMARY'): Citation => ({
  citation,
  confidence,
  kind: 'law',
});
/** A state or federal agency's guidance (a DESE FAQ, a DESE form): not a statute. */
export const guidance = (citation: string, confidence: Confidence = 'PRIMARY'): Citation => ({
  citation,
  confidence,
  kind: 'agency-guidance',
});
/** A district's own rule (the SSD Family Handbook, a board policy): it binds only that district. */
export const districtPolicy = (citation: string, confidence: Confidence): Citation => ({
  citation,
  confidence,
  kind: 'district-policy',
});
/** What the parent asks for or what we advise: never a legal duty, and never PRIMARY. */
export const advice = (
  citation: string,
  confidence: 'SECONDARY' | 'UNCONFIRMED' = 'SECONDARY',
): Citation => ({
  citation,
  confidence,
  kind: 'parent-practice',
});

export const missing = (field: string, message: string) => ({ missing: [{ field, message }] });
