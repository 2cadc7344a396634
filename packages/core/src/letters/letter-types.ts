import type { CaseAnalysis } from '../analysis/index.js';
import type { CaseFile } from '../case/index.js';
import type { DeadlineRuleId } from '../deadlines/index.js';
import type { TaskId } from '../planner/plan-types.js';
import type { Confidence } from '../rules/confidence.js';

// The letters contract shared with the server and web (see the letters issue). Core owns these names; the server
// stores answers and rendered files, the web runs the interview. Everything here is data: no I/O, no clock.

export const LETTER_KINDS = [
  'recording-notice',
  'records-request',
  'concerns',
  'pwn-request',
  'follow-up',
  'evaluation-request',
  'iee-request',
  'comp-ed-request',
  'sunshine-followup',
  'child-complaint',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(x: string): x is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(x);
}

/** One screen of the guided interview. */
export interface Question {
  /** The answers key. */
  id: string;
  /** Review-screen group, e.g. 'Your requests'. */
  section: string;
  /** Plain words, grade 6-8. */
  prompt: string;
  help: string;
  type: 'text' | 'long-text' | 'number' | 'date' | 'datetime' | 'choice' | 'multi-choice' | 'yes-no' | 'list';
  choices?: { value: string; label: string }[];
  /** Choices that come from the case itself (e.g. its services), filled in by the interview. */
  choicesFrom?: 'services';
  /** For 'list': the fields of one item (e.g. a commitment: who, what, by when). */
  itemFields?: Question[];
  /** Offer "I don't know" (stored as the string 'unknown'). */
  allowUnknown: boolean;
  required: boolean;
  showIf?: { questionId: string; equals: string | boolean };
}

export interface LetterKindInfo {
  kind: LetterKind;
  title: string;
  summary: string;
  needsMeeting: boolean;
  plannerTask: TaskId | null;
  triggers: DeadlineRuleId[];
  hasAttachments: boolean;
  questions: Question[];
}

/** Validated per kind by letterAnswersSchema(kind). */
export type LetterAnswers = Record<string, unknown>;

export interface Recipient {
  name: string;
  role?: string;
  title?: string;
  email?: string;
  organization: 'district' | 'ssd' | 'other';
  organizationName?: string;
}

export type LetterBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** Quoted law: excluded from readability. */
  | { type: 'quote'; text: string; citation: string }
  /**
   * A data-check chart of one goal: the title, the one-sentence summary and the data table come from
   * goalChartModel (the same words as the data check page). `svg` is the drawn chart for the PDF and DOCX.
   */
  | {
      type: 'chart';
      goalId: string;
      title: string;
      summary: string;
      table: { columns: string[]; rows: string[][] };
      svg?: string;
    }
  | {
      type: 'citations';
      items: { citation: string; confidence: Confidence; kind: 'law' | 'practice' }[];
    };

export interface Letter {
  kind: LetterKind;
  title: string;
  subject: string;
  /** YYYY-MM-DD, in the case's meeting zone. */
  date: string;
  sender: { name: string; email?: string; phone?: string; address?: string };
  to: Recipient[];
  cc: Recipient[];
  greeting: string;
  blocks: LetterBlock[];
  closing: string;
  attachments: { name: string; description: string }[];
  warnings: string[];
}

/** A fact the letter cannot be written without, e.g. { field: 'meeting', message: 'Add the meeting time ...' }. */
export interface MissingFact {
  field: string;
  message: string;
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; missing: MissingFact[] };

export interface BuildLetterInput {
  caseFile: CaseFile;
  meetingId?: string;
  answers: LetterAnswers;
  /** ISO instant (core has no clock). */
  now: string;
  /** From analyzeCase: the concerns findings and the comp-ed ledger. */
  analysis?: CaseAnalysis;
}
