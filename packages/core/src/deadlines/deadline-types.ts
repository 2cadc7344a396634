import type { Confidence, RuleKind } from '../rules/confidence.js';

export type DeadlineUnit = 'business-days' | 'calendar-days' | 'hours' | 'years';
export type DeadlineDirection = 'after' | 'before';
export type PlanType = 'IEP' | '504';

/**
 * Who must meet the deadline. It decides how school closures count (missouri-rules.md §16.2): a business day is
 * Monday to Friday except federal and state holidays (34 CFR 300.11(b); RSMo 9.010), so the legal date never
 * moves for a school's own closure days. Only a district deadline may show, beside its date, a later date "the
 * district may count" over its closures, and only when the rule names a source for that (`closureCount`).
 */
export type DeadlineParty = 'parent' | 'district' | 'agency';

/** Who receives what starts the clock; their office hours decide the day it counts as received. */
export type Receiver = 'custodian' | 'school' | 'dese';

/** A source saying a district may count its closure days for this deadline [always SECONDARY]. */
export interface ClosureCount {
  citation: string;
  confidence: 'SECONDARY';
  kind: RuleKind;
  source: string;
  /** Plain words shown beside the later date. */
  note: string;
}

/** The parts of a rule that change for a 504 plan or an SSD partner district. */
export interface RuleText {
  title?: string;
  explanation?: string;
  citation?: string;
  confidence?: Confidence;
  kind?: RuleKind;
  source?: string;
  notes?: readonly string[];
  closureCount?: ClosureCount | null;
}

export interface DeadlineRule {
  title: string;
  /** What the deadline means, in plain words. */
  explanation: string;
  /** What the start date is, in plain words ("the day the custodian of records receives your request"). */
  startsWhen: string;
  /** What the due date is, in plain words ("the last day for the custodian to act"). */
  dueMeans: string;
  count: number;
  unit: DeadlineUnit;
  direction: DeadlineDirection;
  party: DeadlineParty;
  /** The plans the rule applies to: IDEA rules are not 504 rules (missouri-rules.md §16.4). */
  planTypes: readonly PlanType[];
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  /** Where in missouri-rules.md the rule was read. */
  source: string;
  /** Set when the clock starts on receipt: whose office hours turn a "sent" moment into a "received" day. */
  receiver?: Receiver;
  /**
   * RSMo 1.040 for "within N days" counts set by Missouri law: the first day is excluded, the last included, and
   * a Sunday last day moves to Monday. Federal counts are never moved later.
   */
  rsmo1040?: boolean;
  /** District deadlines only: the source that says the district may count its closure days. */
  closureCount?: ClosureCount;
  /** Variants: a 504 plan, or a partner district of the Special School District of St. Louis County. */
  plan504?: RuleText;
  ssdPartner?: RuleText;
  notes: readonly string[];
}
