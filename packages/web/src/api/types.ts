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
