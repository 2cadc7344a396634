import type { DeadlineRuleId, PlanType } from '../deadlines/index.js';
import type { LetterKind } from '../rules/ids.js';
import type { Confidence, RuleKind } from '../rules/confidence.js';

// The ways up when a school says no, as data (missouri-rules.md §4, §6, §8, §12, §16). Each option carries its
// legal basis with citation and honest confidence, the plans it belongs to (IDEA routes are not 504 routes,
// §16.4), and, when the law sets a time limit, the deadline rule that counts it and what the count starts from.

export const ESCALATION_OPTION_IDS = [
  'talk-to-leader',
  'facilitated-iep',
  'mediation',
  'child-complaint',
  'due-process',
  'section-504-hearing',
  'ocr-complaint',
] as const;
export type EscalationOptionId = (typeof ESCALATION_OPTION_IDS)[number];

/**
 * What a time limit counts from. The law counts a child complaint from the problem (34 CFR 300.153(c)), due process
 * from the day the parent knew or should have known (300.511(e)), an OCR complaint from the discrimination
 * (34 CFR 100.7(b)).
 */
export type WindowStart = 'problem' | 'knew' | 'discrimination';

export type WindowRuleId = Extract<
  DeadlineRuleId,
  'child-complaint-window' | 'due-process-window' | 'ocr-complaint'
>;

export interface EscalationWindowRule {
  rule: WindowRuleId;
  countsFrom: WindowStart;
}

export interface EscalationOption {
  id: EscalationOptionId;
  title: string;
  /** What it is and how to start, in plain words. */
  summary: string;
  /** The steps, one plain sentence each. */
  steps: readonly string[];
  /** The legal basis ("Why"), in plain words. */
  why: string;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  /** Where in missouri-rules.md it was read. */
  source: string;
  planTypes: readonly PlanType[];
  /** Only when a rule sets a time limit to start it. */
  window: EscalationWindowRule | null;
  /** A letter the app drafts for this option. */
  letter: LetterKind | null;
}

export const ESCALATION_OPTIONS: Readonly<Record<EscalationOptionId, EscalationOption>> = {
  'talk-to-leader': {
    id: 'talk-to-leader',
    title: 'Talk to a leader at the district',
    summary:
      'Ask to meet with the person in charge of special education for your district. Many problems get fixed at ' +
      'this step.',
    steps: [
      'Ask in writing, by email, so you have the date. Say what went wrong and what you want.',
      'In St. Louis County, ask for the SSD Director of Special Education for your district, or the SSD Special ' +
        'Education Coordinator.',
      'For a 504 plan, ask for the person at the district office who is in charge of 504 plans.',
      'Write down what they say, and send a short email after to sum it up.',
    ],
    why:
      'No law makes you take this step first, and it does not stop any time limit. It is our advice, because it is ' +
      'often the fastest fix. SSD names these jobs on its own pages.',
    citation: 'Practice; SSD staff titles: ssdmo.org',
    confidence: 'SECONDARY',
    kind: 'parent-practice',
    source: 'missouri-rules.md §8, §12.4',
    planTypes: ['IEP', '504'],
    window: null,
    letter: null,
  },
  'facilitated-iep': {
    id: 'facilitated-iep',
    title: 'A facilitated IEP meeting',
    summary:
      'DESE can send a trained person to run an IEP meeting, so everyone is heard. It costs you nothing.',
    steps: [
      'Ask DESE, or ask the district, for a facilitated IEP meeting.',
      'The facilitator does not take sides and does not decide for the team.',
    ],
    why: 'DESE offers facilitated IEP meetings at no cost for IEP cases. This is on its own web page.',
    citation: 'DESE: due process, child complaint, mediation and facilitated IEP page',
    confidence: 'PRIMARY',
    kind: 'agency-guidance',
    source: 'missouri-rules.md §6 (Mediation)',
    planTypes: ['IEP'],
    window: null,
    letter: null,
  },
  mediation: {
    id: 'mediation',
    title: 'Mediation',
    summary:
      'A mediator from the DESE list helps you and the district reach an agreement. It is free, and both sides must ' +
      'agree to it.',
    steps: [
      'Ask the district or DESE for mediation. MPACT has the list of DESE mediators.',
      'It must be set up within 15 days after the mediator is chosen, and finished within 30 days after both ' +
        'sides agree to it.',
      'A trusted guide says each side may bring up to 3 people unless both agree to more, and lawyers may not ' +
        'take part.',
      'What is said in mediation is private. Do not record it.',
    ],
    why:
      'Missouri law makes mediation free and says it may not be used to deny or delay a hearing. The time limits ' +
      'come from the same law. Talks are private under federal rules.',
    citation: 'RSMo 162.959; 34 CFR 300.506(b)(8)',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §6 (Mediation), §16.3',
    planTypes: ['IEP'],
    window: null,
    letter: null,
  },
  'child-complaint': {
    id: 'child-complaint',
    title: 'A child complaint to DESE',
    summary:
      'Tell the state, in a signed letter, that the district broke a special education rule. DESE looks into it ' +
      'and must decide within 60 days.',
    steps: [
      'Write what the district did wrong, the facts, and what would fix it. Sign it.',
      'Send it to DESE, and send a copy to the district at the same time.',
      'DESE must get it within one year after the problem happened.',
    ],
    why:
      'Federal rules let anyone file a state complaint. The problem must be no more than one year old on the day ' +
      'DESE gets the complaint. DESE then has 60 days to decide, and it can order make-up services.',
    citation: '34 CFR 300.151 - 300.153',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §6 (State complaint), §16.1',
    planTypes: ['IEP'],
    window: { rule: 'child-complaint-window', countsFrom: 'problem' },
    letter: 'child-complaint',
  },
  'due-process': {
    id: 'due-process',
    title: 'A due process hearing',
    summary:
      'Ask for a hearing. A commissioner of the Administrative Hearing Commission hears both sides and decides. ' +
      'You file with DESE.',
    steps: [
      "File the complaint with DESE, not with the Commission. Give your child's name, address and school, the " +
        'problem, and what would fix it.',
      'Send a copy to the district.',
      'The district must hold a resolution meeting within 15 days after it gets your complaint.',
      'MPACT has a guide to due process. See who can help below.',
    ],
    why:
      'You have two years from the day you knew, or should have known, about the problem. One year is the limit ' +
      'for a child complaint, not for due process. The two years do not apply if the district said it fixed the ' +
      'problem when it had not, or kept back facts it had to give you.',
    citation: 'RSMo 162.961; 34 CFR 300.507, 300.511(e)-(f); 20 USC 1415(f)(3)(C)',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §6 (Due process), §12.2, §16.1',
    planTypes: ['IEP'],
    window: { rule: 'due-process-window', countsFrom: 'knew' },
    letter: null,
  },
  'section-504-hearing': {
    id: 'section-504-hearing',
    title: 'A 504 hearing at the district',
    summary:
      'For a 504 plan, the district must have a fair hearing you can ask for, and a way to review the result. Ask ' +
      'the district for its 504 rights and how to ask for a hearing.',
    steps: [
      'Ask the district in writing for its 504 parent rights and its hearing steps.',
      'You may take part in the hearing and bring a lawyer.',
      'We do not know a time limit to ask for it. Ask the district what its rules say.',
    ],
    why:
      'The 504 rules say the district must give notice, let you see the records, hold a fair hearing with a lawyer ' +
      'if you want one, and have a review step. They set no time limit that we could confirm.',
    citation: '34 CFR 104.36',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §4 (Section 504 counterpart), §13',
    planTypes: ['504'],
    window: null,
    letter: null,
  },
  'ocr-complaint': {
    id: 'ocr-complaint',
    title: 'A complaint to the Office for Civil Rights',
    summary:
      'If the school treated your child unfairly because of a disability, you can tell the U.S. Office for Civil ' +
      'Rights (OCR).',
    steps: [
      'File within 180 days after the unfair act. OCR can give more time for a good reason.',
      'Say what happened, when, and who did it.',
    ],
    why:
      'The 504 rules use the civil rights complaint rules, which give 180 days from the unfair act. Trusted guides ' +
      'report this; we did not read it in the rule itself.',
    citation: '34 CFR 100.7(b), applied by 34 CFR 104.61',
    confidence: 'SECONDARY',
    kind: 'law',
    source: 'missouri-rules.md §4, §11',
    planTypes: ['IEP', '504'],
    window: { rule: 'ocr-complaint', countsFrom: 'discrimination' },
    letter: null,
  },
};

/** The options for a plan, in the order a parent would try them. */
export function escalationOptionsFor(planType: PlanType): EscalationOption[] {
  return ESCALATION_OPTION_IDS.map((id) => ESCALATION_OPTIONS[id]).filter((o) =>
    o.planTypes.includes(planType),
  );
}
