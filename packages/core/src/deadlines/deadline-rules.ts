import type { DeadlineRule } from './deadline-types.js';
import { DISPUTE_RULES } from './rules-disputes.js';
import { RECORDS_AND_MEETING_RULES } from './rules-records.js';

export type * from './deadline-types.js';

// The deadline rules, each with its source in missouri-rules.md (§ numbers), how sure we are of it, what kind of
// rule it is, who must meet it and which plans it applies to. Explanations are written for parents (grade 6-8);
// the legal detail lives in the citation and the notes.

export const DEADLINE_RULES = {
  ...RECORDS_AND_MEETING_RULES,
  ...DISPUTE_RULES,
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleId = keyof typeof DEADLINE_RULES;

export const DEADLINE_RULE_IDS = Object.keys(DEADLINE_RULES) as DeadlineRuleId[];

export function isDeadlineRuleId(id: unknown): id is DeadlineRuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(DEADLINE_RULES, id);
}

export interface RuleContext {
  planType?: 'IEP' | '504' | undefined;
  /** True for a partner district of the Special School District of St. Louis County. */
  ssdPartner?: boolean | undefined;
}

/** The rule as it reads for this plan and district (504 and SSD variants applied). */
export function deadlineRuleFor(id: DeadlineRuleId, context: RuleContext = {}): DeadlineRule {
  const base: DeadlineRule = DEADLINE_RULES[id];
  const variants = [
    context.planType === '504' ? base.plan504 : undefined,
    context.ssdPartner === true ? base.ssdPartner : undefined,
  ];
  let rule: DeadlineRule = base;
  for (const v of variants) {
    if (v === undefined) continue;
    const { closureCount, ...rest } = v;
    rule = { ...rule, ...rest };
    if (closureCount === null) {
      const { closureCount: _dropped, ...withoutClosures } = rule;
      rule = withoutClosures;
    } else if (closureCount !== undefined) rule = { ...rule, closureCount };
  }
  return rule;
}

/** Who must meet a deadline, in one plain sentence (the web and the CLI say it the same way). */
export function partySentence(d: Pick<DeadlineRule, 'party' | 'kind'>): string {
  if (d.party === 'parent') return 'You must meet this deadline.';
  if (d.party === 'agency') return 'The state agency must meet this deadline.';
  // The 5 business days of a Notice of Action request are the parent's ask, not a duty of the school.
  return d.kind === 'parent-practice'
    ? 'This is the date you ask the school to meet.'
    : 'The school must meet this deadline.';
}
