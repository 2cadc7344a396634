import { deadlineRuleFor, type DeadlineRuleId, type PlanType } from '../deadlines/index.js';
import type { LetterAnswers, LetterKind } from './letter-types.js';
import { KINDS } from './registry.js';

/**
 * The clocks a letter starts when it is sent, for its answers and the student's plan. The server keeps them with
 * the sent letter, so the plan counts what that letter asked for (a records request starts the Sunshine Law's
 * 3 days only when it asked for district records). Answers that do not pass the kind's schema start the clocks
 * whose rules apply to the plan.
 */
export function letterClocks(kind: LetterKind, answers: LetterAnswers, planType: PlanType): DeadlineRuleId[] {
  const module = KINDS[kind];
  const parsed = module.schema.safeParse(answers);
  if (module.clocks && parsed.success) return module.clocks(parsed.data, planType);
  return module.info.triggers.filter((rule) => deadlineRuleFor(rule).planTypes.includes(planType));
}
