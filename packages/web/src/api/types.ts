import type { CaseFile, CaseProblem } from '@iep/core';

// Shapes of the HTTP API (docs/api.md) that core does not define (users, sessions, summaries, stored cases).

export interface User {
  id: string;
  name: string;
  email: string;
  role?: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface SetupState {
  needsOwner: boolean;
  signupOpen: boolean;
}

export interface CaseSummary {
  id: string;
  studentName: string;
  planType: 'IEP' | '504';
  district: string;
  ssd: boolean;
  nextMeeting: { id: string; start: string } | null;
  updatedAt: string;
}

export interface StoredCase {
  id: string;
  version: number;
  ssd: { partner: boolean; district: string | null };
  file: CaseFile;
  createdAt: string;
  updatedAt: string;
}

// The plan travels as core's planner output; import its types rather than restating them.
export type {
  Basis as PlanBasis,
  Confidence,
  DeadlineResult as PlanDeadline,
  Plan,
  PlanTask,
  TaskStatus,
} from '@iep/core';

export type Problem = CaseProblem;

// Letters (docs/api.md, the letters routes). Written out here as the wire shapes so the web app builds against
// the HTTP contract, not against core's internals.
export type LetterKind = string;

export interface LetterQuestion {
  id: string;
  section: string;
  prompt: string;
  help: string;
  type: 'text' | 'long-text' | 'number' | 'date' | 'datetime' | 'choice' | 'multi-choice' | 'yes-no' | 'list';
  choices?: { value: string; label: string }[];
  choicesFrom?: 'services';
  itemFields?: LetterQuestion[];
  allowUnknown: boolean;
  required: boolean;
  showIf?: { questionId: string; equals: string | boolean };
}

export interface LetterKindInfo {
  kind: LetterKind;
  title: string;
  summary: string;
  needsMeeting: boolean;
  plannerTask: string | null;
  triggers: string[];
  hasAttachments: boolean;
  questions: LetterQuestion[];
}

export type LetterAnswers = Record<string, unknown>;

export interface LetterDraft {
  answers: LetterAnswers;
  meetingId: string | null;
  updatedAt: string | null;
}

export type LetterFormat = 'pdf' | 'docx' | 'txt' | 'eml';
export type SentMethod = 'email' | 'hand-delivery' | 'mail' | 'fax' | 'portal';

export interface LetterFileInfo {
  id: string;
  kind: LetterKind;
  meetingId: string | null;
  format: LetterFormat;
  filename: string;
  sha256: string;
  bytes: number;
  createdAt: string;
}

export interface SentLetter {
  id: string;
  fileId: string;
  kind: LetterKind;
  meetingId: string | null;
  sentAt: string;
  method: SentMethod;
  sha256: string;
}

export interface LettersOverview {
  drafts: { kind: LetterKind; meetingId: string | null; updatedAt: string }[];
  files: LetterFileInfo[];
  sent: SentLetter[];
}

export type LetterBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] }
  | { type: 'quote'; text: string; citation: string }
  | {
      type: 'citations';
      items: {
        citation: string;
        confidence: 'PRIMARY' | 'SECONDARY' | 'UNCONFIRMED';
        kind: 'law' | 'practice';
      }[];
    };

export interface LetterRecipient {
  name: string;
  role?: string;
  title?: string;
  email?: string;
  organization: 'district' | 'ssd' | 'other';
  organizationName?: string;
}

export interface LetterDocument {
  kind: LetterKind;
  title: string;
  subject: string;
  date: string;
  sender: { name: string; email?: string; phone?: string; address?: string };
  to: LetterRecipient[];
  cc: LetterRecipient[];
  greeting: string;
  blocks: LetterBlock[];
  closing: string;
  attachments: { name: string; description: string }[];
  warnings: string[];
}

export interface MissingFact {
  field: string;
  message: string;
}

export interface LetterPreview {
  ok: boolean;
  letter?: LetterDocument;
  text?: string;
  missing?: MissingFact[];
  warnings?: string[];
}

export interface TimelineEvent {
  id: string;
  at: string;
  kind: string;
  summary: string;
  data: Record<string, unknown> | null;
}

/** A deadline started by a letter the parent sent (Plan.triggered in the letters contract). */
export interface TriggeredDeadline {
  rule: string;
  title: string;
  letterKind: LetterKind;
  from: string;
  due: string;
  status: 'upcoming' | 'due-soon' | 'overdue';
  citation: string;
  confidence: 'PRIMARY' | 'SECONDARY' | 'UNCONFIRMED';
  kind: 'law' | 'practice';
}
