import type { CaseFile, Meeting } from '../case/index.js';
import type { DeadlineResult, DeadlineRuleId } from '../deadlines/index.js';
import { TASK_IDS, type LetterKind, type TaskId } from '../rules/ids.js';
import type { SendMethod } from '../letters/sending.js';
import type { DistrictMayCount } from '../deadlines/index.js';
import type { Confidence, RuleKind, Sourced } from '../rules/confidence.js';

export type { Confidence, RuleKind };

/**
 * Why a task is on the plan: a law, an agency's guidance, a district's policy, our advice or an organization, each
 * with its citation and how sure we are (rules/confidence.ts says what the labels mean).
 */
export interface Basis extends Sourced {
  summary: string;
}

export { TASK_IDS, type TaskId };

export type TaskStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done';

export interface PlanTask {
  id: TaskId;
  title: string;
  explanation: string;
  /** When we recommend doing it: ISO date-time with offset in the meeting's zone. */
  due: string;
  /** The last moment it still works, or null when there is no such moment. */
  latest: string | null;
  status: TaskStatus;
  basis: Basis[];
  deadlines: DeadlineResult[];
  checklist: string[];
  warnings: string[];
}

export interface PlanWarning {
  code: string;
  message: string;
}

/** A deadline started by a letter the parent sent (e.g. the Sunshine Law's 3 business days). */
export interface TriggeredDeadline {
  rule: DeadlineRuleId;
  title: string;
  letterKind: LetterKind;
  /**
   * The day the clock started (YYYY-MM-DD, in the meeting's zone): the day the letter counts as received when the
   * rule starts on receipt (sent after 5:00 PM or on a weekend or holiday: the next business day; by mail: the
   * arrival date the parent gave), else the day sent. Null while waiting for the arrival date.
   */
  from: string | null;
  /** When `from` is not the day the letter was sent or arrived: why, in plain words. */
  receiptNote: string | null;
  /** The last day (YYYY-MM-DD), or null while waiting for the arrival date. */
  due: string | null;
  /** 'overdue' once today (in the meeting's zone) is after `due`; 'waiting' for a mailed letter's arrival date. */
  status: 'upcoming' | 'due-soon' | 'overdue' | 'waiting';
  /** While waiting: what is missing, in plain words ("Waiting for the arrival date ..."); else null. */
  waiting: string | null;
  /** The sent letter the clock counts from (or, while waiting, the mailed one whose arrival date it needs). */
  sentLetterId: string | null;
  party: 'parent' | 'district' | 'agency';
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  /** The later date the district may count over its closed days (SECONDARY), when the rule allows it. */
  districtMayCount: DistrictMayCount | null;
}

/** A letter the parent marked sent. */
export interface SentLetter {
  /** The sent letter's id (the server's), so a deadline can name the letter it counts from. */
  id?: string;
  kind: LetterKind;
  /** ISO instant. */
  sentAt: string;
  meetingId?: string;
  /** How it went: by mail the day it arrives is not known until the parent gives it. */
  method?: SendMethod;
  /** The day it arrived (YYYY-MM-DD), when the parent gave it: clocks that start on receipt count from it. */
  receivedOn?: string;
  /** The clocks the letter asked for when it was sent (core's letterClocks); else every trigger of its kind. */
  clocks?: DeadlineRuleId[];
}

/** A commitment made at a meeting (a confirmed transcript item) that the plan keeps track of. */
export interface PlanCommitmentInput {
  id: string;
  who: string | null;
  what: string;
  /** The local date it is due (YYYY-MM-DD), or null when no date was set. */
  due: string | null;
  /** ISO instant it was marked done, or null. */
  doneAt: string | null;
}

export type CommitmentStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done' | 'no-date';

/** 'overdue' once today (in the meeting's zone) is after `due`; 'no-date' when there is no due date. */
export type PlanCommitment = PlanCommitmentInput & { status: CommitmentStatus };

export interface Plan {
  meetingId: string;
  timeZone: string;
  now: string;
  firstSessionStart: string;
  lastSessionEnd: string;
  tasks: PlanTask[];
  warnings: PlanWarning[];
  /** Deadlines started by sent letters, soonest first. */
  triggered: TriggeredDeadline[];
  /** Commitments from the meeting, soonest due first, those with no date last. */
  commitments: PlanCommitment[];
}

export interface PlanInput {
  meeting: Meeting;
  /** The current instant, ISO 8601 with offset or Z (core has no clock). */
  now: string;
  caseFile?: CaseFile;
  /** Ids of tasks the parent has marked done; unknown ids are ignored. */
  done?: Iterable<string>;
  /**
   * Letters marked sent. Those for this meeting (or for no meeting) finish their task and start the deadlines
   * their kind triggers.
   */
  sent?: readonly SentLetter[];
  /** Commitments made at this meeting (confirmed transcript items) to track on the plan. */
  commitments?: readonly PlanCommitmentInput[];
}

export function isTaskId(id: unknown): id is TaskId {
  return typeof id === 'string' && (TASK_IDS as readonly string[]).includes(id);
}
