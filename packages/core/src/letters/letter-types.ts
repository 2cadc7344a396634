import type { CaseAnalysis } from '../analysis/index.js';
import type { CaseFile, Meeting } from '../case/index.js';
import type { DeadlineRuleId } from '../deadlines/index.js';
import { LETTER_KINDS, type LetterKind, type TaskId } from '../rules/ids.js';
import type { Sourced } from '../rules/confidence.js';

// The letters contract shared with the server and web (see the letters issue). Core owns these names; the server
// stores answers and rendered files, the web runs the interview. Everything here is data: no I/O, no clock.

export { LETTER_KINDS, type LetterKind };

type MeetingKind = Meeting['kind'];

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
  /**
   * Choices that come from the case itself, filled in by the interview: its services, or only those whose log marks
   * minutes missed and not made up (core's servicesWithMissedMinutes over the data check).
   */
  choicesFrom?: 'services' | 'services-with-missed-minutes';
  /** For 'list': the fields of one item (e.g. a commitment: who, what, by when). */
  itemFields?: Question[];
  /** For 'text' and 'long-text': the most characters the answers schema accepts (the interview shows a counter). */
  maxLength?: number;
  /** For 'list' and 'multi-choice': the most items the answers schema accepts. */
  maxItems?: number;
  /** Offer "I don't know" (stored as the string 'unknown'). */
  allowUnknown: boolean;
  required: boolean;
  showIf?: { questionId: string; equals: string | boolean };
  /** Asked only for a student with this kind of plan (the case's planType). */
  onlyForPlan?: 'IEP' | '504';
}

export interface LetterKindInfo {
  kind: LetterKind;
  title: string;
  summary: string;
  needsMeeting: boolean;
  /** Meetings this letter is never for (a recording notice is not for a mediation, which is confidential). */
  notForMeetingKinds?: MeetingKind[];
  plannerTask: TaskId | null;
  triggers: DeadlineRuleId[];
  hasAttachments: boolean;
  questions: Question[];
}

/** Validated per kind by letterAnswersSchema(kind). */
export type LetterAnswers = Record<string, unknown>;

export interface Recipient {
  /** A person's name, or an office's title when no person is known ("Custodian of Records"). */
  name: string;
  role?: string;
  title?: string;
  email?: string;
  organization: 'district' | 'ssd' | 'other';
  organizationName?: string;
  /** True when no person is known and the letter is addressed to the office by its title. */
  office?: boolean;
}

/**
 * What the school reads. A rule is cited inside the sentence that states it ("under RSMo 162.686"); there is no
 * block for sources or confidence: those are for the parent and live in `LetterNotes`, which no renderer of the
 * sent letter takes.
 */
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
    };

/**
 * One source the letter relies on: how sure we are of it and what kind of rule it is, with the labels of core's one
 * table (rules/confidence.ts), so "PRIMARY" and "This is the law." mean the same here as on the plan.
 */
export type SourceNote = Pick<Sourced, 'citation' | 'confidence' | 'kind'>;

/**
 * The "Notes for you" page: for the parent only, shown beside the letter and printed only on request. Never part
 * of the DOCX, PDF, text or email that is sent.
 */
export interface LetterNotes {
  /** Plain sentences: what is settled and what is not, what a date means, what to keep. */
  points: string[];
  sources: SourceNote[];
}

/** A date the letter asks the school to meet ("by December 3, 2026"): a business day, never a closed day. */
export interface SchoolDate {
  date: string;
  what: string;
}

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
  /** The letter as sent. */
  body: LetterBlock[];
  closing: string;
  attachments: { name: string; description: string }[];
  /** For the parent only (the "Notes for you" page). */
  notes: LetterNotes;
  /** Things to check or do before sending (shown with the notes, never in the letter). */
  warnings: string[];
  /** The by-dates the body asks the school to meet. */
  schoolDates: SchoolDate[];
}

/** A fact the letter cannot be written without, e.g. { field: 'meeting', message: 'Add the meeting time ...' }. */
export interface MissingFact {
  field: string;
  message: string;
  /** The interview question the fact belongs to, in the parent's words, when there is one. */
  label?: string;
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; missing: MissingFact[] };

/** A service whose delivery log a records request asks for, for the time the log is needed (YYYY-MM-DD). */
export interface ServiceLogToAsk {
  serviceId: string;
  name: string;
  from?: string;
  to?: string;
}

export interface BuildLetterInput {
  caseFile: CaseFile;
  meetingId?: string;
  answers: LetterAnswers;
  /** ISO instant (core has no clock). */
  now: string;
  /** From analyzeCase: the concerns findings and the comp-ed ledger. */
  analysis?: CaseAnalysis;
  /**
   * Services with no service log (the data check's "no-service-log" finding, core's servicesWithoutLogs). The
   * records request asks for each one's delivery log by name, for its dates when given. With `analysis`, the
   * services whose logs have gaps are asked for too (serviceLogsToRequest).
   */
  servicesWithoutLogs?: ServiceLogToAsk[];
}
