// The one table of what our labels mean (missouri-rules.md, the labels at its top and §16.9). Every rule, deadline
// and plan task carries two separate labels:
//   - confidence: how we know the statement is right (did we read it in the source that makes the rule?);
//   - kind: what sort of rule it is (a law, an agency's guidance, a district's own policy, a parent's practice, an
//     organization's offer).
// The plain words shown to parents (web, CLI, calendar) come from here, so the label means the same everywhere.

export const CONFIDENCES = ['PRIMARY', 'SECONDARY', 'UNCONFIRMED'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const RULE_KINDS = [
  'law',
  'agency-guidance',
  'district-policy',
  'parent-practice',
  'organization',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface LabelText {
  /** The exact meaning, for people who maintain the rules (also in docs/api.md). */
  meaning: string;
  /** The same meaning in plain words for parents (grade 6-8), shown next to the label. */
  words: string;
}

export const CONFIDENCE_TABLE: Readonly<Record<Confidence, LabelText>> = {
  PRIMARY: {
    meaning:
      'Read in the text of the source that makes the rule: the statute or regulation, or the official page or ' +
      'handbook of the agency, district or organization that sets it (revisor.mo.gov, eCFR copies, dese.mo.gov, ' +
      "ahc.mo.gov, ssdmo.org, an organization's own page about itself). A parent's practice is never PRIMARY.",
    words: 'read in the source itself',
  },
  SECONDARY: {
    meaning:
      'Reported or recommended by a source that does not make the rule: a law firm, an advocacy group or parent ' +
      "center, a school district's page about a rule it does not set, a news report, a case summary. Our own " +
      'advice for parents is SECONDARY at best: it rests on the sources it cites, it is not a rule.',
    words: 'from a trusted guide, not the source itself',
  },
  UNCONFIRMED: {
    meaning:
      'We could not confirm it in any source. It is never stated as law and never used to give a parent less time.',
    words: 'not yet confirmed',
  },
};

export const RULE_KIND_TABLE: Readonly<Record<RuleKind, LabelText>> = {
  law: {
    meaning: 'A statute, a regulation or a court ruling (RSMo, CFR, USC).',
    words: 'This is the law.',
  },
  'agency-guidance': {
    meaning: "A state or federal agency's own guidance (a DESE FAQ, a state office policy), not a statute.",
    words: 'This is guidance from a state or federal agency, not the law itself.',
  },
  'district-policy': {
    meaning:
      "A school district's own rule (the SSD Family Handbook, a board policy, the MSBA model policy most districts " +
      'adopt). It binds only the districts that adopted it.',
    words: "This is a school district's own rule, not a state law.",
  },
  'parent-practice': {
    meaning: 'Something we advise a parent to do. It is never a legal duty and never PRIMARY.',
    words: 'This is our advice, not a law.',
  },
  organization: {
    meaning: 'An organization and what it offers (MPACT, the parent center). Not a law.',
    words: 'This is an organization that can help, not a law.',
  },
};

/** The plain words for a confidence label ("read in the source itself"). */
export function confidenceWords(confidence: Confidence): string {
  return CONFIDENCE_TABLE[confidence].words;
}

/** One sentence that says what kind of rule this is ("This is the law."). */
export function kindSentence(kind: RuleKind): string {
  return RULE_KIND_TABLE[kind].words;
}

/** What every rule, deadline and plan reason carries: where it comes from, how sure we are, what kind it is. */
export interface Sourced {
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  /** Where in missouri-rules.md (or the methods reference) the rule was read. */
  source: string;
}

/** A plain line for a citation: "34 CFR 300.613(a). This is the law. PRIMARY: read in the source itself." */
export function sourceLine(s: Pick<Sourced, 'citation' | 'confidence' | 'kind'>): string {
  return `${s.citation}. ${kindSentence(s.kind)} ${s.confidence}: ${confidenceWords(s.confidence)}.`;
}

/** The label rules every Sourced value must keep: a parent's practice is never PRIMARY. */
export function labelProblems(s: Sourced): string[] {
  const out: string[] = [];
  if (s.citation.trim().length < 4) out.push('has no citation');
  if (!(CONFIDENCES as readonly string[]).includes(s.confidence)) out.push('has no confidence');
  if (!(RULE_KINDS as readonly string[]).includes(s.kind)) out.push('has no kind');
  if (!/\.md\b/.test(s.source)) out.push('has no source section');
  if (s.kind === 'parent-practice' && s.confidence === 'PRIMARY')
    out.push("is a parent's practice marked PRIMARY");
  return out;
}
