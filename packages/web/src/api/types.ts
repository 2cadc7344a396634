import type { CaseFile, CaseProblem } from '@iep/core';

// Shapes of the HTTP API (docs/api.md). Plan types mirror core's planner output; they are declared here so the
// web app depends only on what travels over the wire.

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

export type Confidence = 'PRIMARY' | 'SECONDARY' | 'UNCONFIRMED';
export type TaskStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done';

export interface PlanBasis {
  citation: string;
  confidence: Confidence;
  kind: 'law' | 'practice';
  summary: string;
  source: string;
}

export interface PlanDeadline {
  rule: string;
  title: string;
  due: string;
  citation: string;
  confidence: Confidence;
  explanation: string;
}

export interface PlanTask {
  id: string;
  title: string;
  explanation: string;
  due: string;
  latest: string | null;
  status: TaskStatus;
  basis: PlanBasis[];
  deadlines: PlanDeadline[];
  checklist: string[];
  warnings: string[];
}

export interface Plan {
  meetingId: string;
  timeZone: string;
  now: string;
  firstSessionStart: string;
  lastSessionEnd: string;
  tasks: PlanTask[];
  warnings: { code: string; message: string }[];
}

export type Problem = CaseProblem;
