import type { IsoDate } from '../calendar/index.js';
import type { PlanType } from '../deadlines/index.js';
import { confidenceWords, kindSentence } from '../rules/confidence.js';
import { DEADLINE_RULES } from '../deadlines/index.js';
import { escalationOptionsFor, type EscalationOption } from './escalation-options.js';
import { escalationWindows, type EscalationEvent, type EscalationWindow } from './escalation-windows.js';
import { ESCALATION_HELPERS, type EscalationHelper } from './helpers.js';

// The escalation page of a case, as the server sends it and the web app shows it: the plan's options with their
// windows over the case's events, and who can help. Computed here so the web, the CLI and the server say the same.

export interface EscalationOptionView extends EscalationOption {
  /** "read in the source itself", for the confidence label. */
  confidenceText: string;
  /** "This is the law.", for the kind of rule. */
  kindText: string;
  /** The time limit in one plain sentence, with its own citation, or null when the option has none. */
  limit: { text: string; citation: string } | null;
  /** The windows over the case's events (empty when the option has no time limit or the case no events). */
  windows: EscalationWindow[];
}

export interface EscalationHelperView extends EscalationHelper {
  confidenceText: string;
}

export interface EscalationPage {
  planType: PlanType;
  /** The day the windows were counted on, in the case's time zone. */
  today: IsoDate;
  options: EscalationOptionView[];
  helpers: EscalationHelperView[];
  events: EscalationEvent[];
}

export function escalationPage(input: {
  planType: PlanType;
  events: readonly EscalationEvent[];
  today: IsoDate;
}): EscalationPage {
  const windows = escalationWindows(input.planType, input.events, input.today);
  return {
    planType: input.planType,
    today: input.today,
    options: escalationOptionsFor(input.planType).map((option) => {
      const rule = option.window === null ? null : DEADLINE_RULES[option.window.rule];
      return {
        ...option,
        confidenceText: confidenceWords(option.confidence),
        kindText: kindSentence(option.kind),
        limit: rule === null ? null : { text: rule.explanation, citation: rule.citation },
        windows: windows[option.id] ?? [],
      };
    }),
    helpers: ESCALATION_HELPERS.filter((h) => h.planTypes.includes(input.planType)).map((h) => ({
      ...h,
      confidenceText: confidenceWords(h.confidence),
    })),
    events: [...input.events].sort((a, b) => b.on.localeCompare(a.on) || a.id.localeCompare(b.id)),
  };
}
