import type {
  CaseFile,
  CaseProblem,
  Letter,
  LetterBlock,
  LetterKindInfo,
  MissingFact,
  Question,
  Recipient,
  SendMethod,
} from '@iep/core';

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

/** An account invitation as the owner sees it (the link itself is shown only once, when it is made). */
export interface AccountInvitation {
  id: string;
  email: string;
  status: 'pending' | 'used' | 'revoked' | 'expired';
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

/** What a sign-up link is for: the invited email, and why it no longer works (null while it does). */
export interface InvitationCheck {
  email: string;
  status: AccountInvitation['status'];
  message: string | null;
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
  PlanCommitment,
  PlanTask,
  TaskStatus,
  TriggeredDeadline,
} from '@iep/core';

export type Problem = CaseProblem;

// Letters (docs/api.md, the letters routes). The letter shapes the server sends are core's own types; the web app
// keeps letter kinds as plain strings because they arrive from the address bar.
export type LetterKind = string;
export type LetterQuestion = Question;
export type { LetterKindInfo };

export type LetterAnswers = Record<string, unknown>;

export interface LetterDraft {
  answers: LetterAnswers;
  meetingId: string | null;
  updatedAt: string | null;
}

export type LetterFormat = 'pdf' | 'docx' | 'txt' | 'eml';
export type SentMethod = SendMethod;

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
  /** The format and name of the file that went. */
  format: LetterFormat;
  filename: string;
  /** The day it arrived (YYYY-MM-DD), when given: by mail the plan's clocks wait for it. */
  receivedOn: string | null;
  /** The deadline rules the letter started when sent; null for letters sent before they were kept. */
  clocks: string[] | null;
}

export interface LettersOverview {
  drafts: { kind: LetterKind; meetingId: string | null; updatedAt: string }[];
  files: LetterFileInfo[];
  sent: SentLetter[];
}

export type LetterDocument = Letter;
export type { LetterBlock, MissingFact };
export type LetterRecipient = Recipient;

export interface LetterPreview {
  ok: boolean;
  letter?: LetterDocument;
  text?: string;
  /** The "Notes for you" page as text (for reading aloud); never part of the letter. */
  notesText?: string;
  missing?: MissingFact[];
  warnings?: string[];
  /** Follow-up letter: how many entries came from items the parent confirmed in the meeting transcript. */
  fromTranscript?: number;
}

export interface TimelineEvent {
  id: string;
  at: string;
  kind: string;
  summary: string;
  data: Record<string, unknown> | null;
}
