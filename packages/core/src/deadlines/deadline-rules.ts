import type { Confidence } from '../rules/confidence.js';

// The deadline rules, each with its source in missouri-rules.md (§ numbers) and how sure we are of it.
// Explanations are written for parents (grade 6-8); the legal detail lives in citation and notes.

export type DeadlineUnit = 'business-days' | 'calendar-days' | 'hours' | 'years';
export type DeadlineDirection = 'after' | 'before';

export interface DeadlineRule {
  title: string;
  /** What the deadline means, in plain words. */
  explanation: string;
  count: number;
  unit: DeadlineUnit;
  direction: DeadlineDirection;
  citation: string;
  confidence: Confidence;
  /** Where in missouri-rules.md the rule was read. */
  source: string;
  /** 'law' when the count comes from a statute or regulation; 'practice' when it is a safe habit we suggest. */
  kind: 'law' | 'practice';
  /** Apply RSMo 1.040 (a Sunday last day moves to Monday): only for counts set by Missouri law. */
  rsmo1040?: boolean;
  notes: readonly string[];
}

const FEDERAL_SUNDAY_NOTE =
  'This is a federal rule. We do not move the last day when it falls on a weekend, so you are never told you ' +
  'have more time than you do.';

const BUSINESS_DAY_NOTE =
  'The law does not define "business day". We skip Saturdays, Sundays, Missouri state holidays and the days ' +
  'your case says the school is closed.';

export const DEADLINE_RULES = {
  'sunshine-response': {
    title: 'Sunshine Law: time for the district to act on a records request',
    explanation:
      'The records custodian must act on your request by the end of the third business day after getting it. ' +
      'To act means to let you see the records, or to tell you why it will take longer and the first date they will be ready.',
    count: 3,
    unit: 'business-days',
    direction: 'after',
    citation: 'RSMo 610.023.3',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §2',
    kind: 'law',
    rsmo1040: true,
    notes: [
      'This is the time to act on the request, not always the time to hand over every page. The law allows more ' +
        'time for a good reason, if the custodian explains the delay and gives the earliest date.',
      "It is not settled whether this 3-day rule covers a parent asking for the child's own records. For those, " +
        'also cite IDEA (34 CFR 300.613) and FERPA (34 CFR 99.10).',
      'The clock starts when the custodian of records receives the request, so send it to the custodian.',
      BUSINESS_DAY_NOTE,
    ],
  },
  'sunshine-denial-statement': {
    title: 'Sunshine Law: written reasons for a denial',
    explanation:
      'If the district says no to a records request, you can ask for the reasons in writing. It must send them by ' +
      'the end of the third business day after it gets your request for them.',
    count: 3,
    unit: 'business-days',
    direction: 'after',
    citation: 'RSMo 610.023.4',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §2',
    kind: 'law',
    rsmo1040: true,
    notes: ['The statement must name the part of the law that allows the denial.', BUSINESS_DAY_NOTE],
  },
  'idea-records': {
    title: "IDEA: time to let you see your child's records",
    explanation:
      "The school must let you see your child's education records without delay. It must do so before any IEP " +
      'meeting and never later than 45 days after you ask.',
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 300.613(a)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §3',
    kind: 'law',
    notes: [
      'When you give the date of the next meeting, the due date is the day before that meeting if it comes first.',
      'We count calendar days (34 CFR 300.11; not yet checked against the official text).',
      FEDERAL_SUNDAY_NOTE,
    ],
  },
  'ferpa-records': {
    title: 'FERPA: time to let you see education records',
    explanation:
      "A school must let you see your child's education records within 45 days after it gets your request.",
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 99.10(b)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §3',
    kind: 'law',
    notes: [
      'The wording comes from a quote of the rule; check the official text before relying on it.',
      FEDERAL_SUNDAY_NOTE,
    ],
  },
  'recording-notice': {
    title: 'Notice that you will record the meeting',
    explanation:
      'You may record any IEP or 504 meeting. Send a short written note at least 24 hours before the meeting that you ' +
      'will record it. A district may not ask for more notice than that.',
    count: 24,
    unit: 'hours',
    direction: 'before',
    citation: 'RSMo 162.686',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §1',
    kind: 'practice',
    notes: [
      "The law does not itself say a parent must give notice. It says a district may not require more than 24 hours' notice.",
      'Written notice 24 hours ahead is a safe habit: it meets any notice rule a district is allowed to have.',
      'The law covers audio recording only. The recording belongs to you and is not a public record.',
      'Source: the Missouri Senate summary of the bill; the enacted text is still to be checked.',
    ],
  },
  'follow-up': {
    title: 'Follow-up email after the meeting',
    explanation:
      'Within a day after the meeting ends, email the team a short list of what was agreed, refused and promised. ' +
      'This is a good habit, not a legal deadline.',
    count: 24,
    unit: 'hours',
    direction: 'after',
    citation: 'Good practice (not a legal deadline)',
    confidence: 'SECONDARY',
    source: 'product.md flow step 7',
    kind: 'practice',
    notes: ['A written summary sent the next day makes a record the school can correct or confirm.'],
  },
  'pwn-response': {
    title: 'The time you ask the district to send Prior Written Notice',
    explanation:
      'When the school says no to something you asked for, ask for Prior Written Notice. Missouri calls it a Notice of ' +
      'Action. Five business days is the time you ask for. It is not a legal deadline.',
    count: 5,
    unit: 'business-days',
    direction: 'after',
    citation: '34 CFR 300.503(a)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §4',
    kind: 'practice',
    notes: [
      'The rule says notice must come "a reasonable time" before the district acts. It sets no number of days.',
      'For a 504 plan, 34 CFR 104.36 requires notice but has no list of what the notice must contain.',
      BUSINESS_DAY_NOTE,
    ],
  },
  'notice-of-action-wait': {
    title: 'Ten-day wait before a change starts',
    explanation:
      'After a Notice of Action, the district must wait 10 days before it makes the change, unless you agree in writing ' +
      'to skip the wait.',
    count: 10,
    unit: 'calendar-days',
    direction: 'after',
    citation: 'DESE FAQ: Notice of Action; SSD Family Handbook',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §4',
    kind: 'law',
    notes: [
      'The FAQ says "10 days" without saying what kind. We assume calendar days.',
      'You can use these days to ask questions or to disagree in writing.',
    ],
  },
  'child-complaint-window': {
    title: 'Child complaint: how far back it can reach',
    explanation:
      'A child complaint to DESE can only be about something that happened in the last year. This is the earliest date ' +
      'a problem can have happened and still be in the complaint.',
    count: 1,
    unit: 'years',
    direction: 'before',
    citation: '34 CFR 300.153(c)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    notes: [
      'Count from the day DESE receives the complaint, not the day you mail it.',
      'A complaint that arrives after 4:30 PM counts as filed on the next business day.',
    ],
  },
  'child-complaint-decision': {
    title: 'Child complaint: time for a decision',
    explanation: 'DESE must decide a child complaint within 60 days after it is filed.',
    count: 60,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 300.152(a)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    notes: [
      'The time can be longer only in rare cases, or when both sides agree to try mediation.',
      FEDERAL_SUNDAY_NOTE,
    ],
  },
  'due-process-window': {
    title: 'Due process: how far back it can reach',
    explanation:
      'A due process complaint can be about things from the last two years. Count back from the day you knew, or should ' +
      'have known, about the problem. This is the earliest date still in the window.',
    count: 2,
    unit: 'years',
    direction: 'before',
    citation: '34 CFR 300.507(a)(2); 34 CFR 300.511(e); RSMo 162.961.8',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6, §12',
    kind: 'law',
    notes: [
      'Guides that say one year for due process are wrong. One year is the limit for a child complaint.',
      'The limit does not apply if the district said it had fixed the problem when it had not, or kept back facts it had to give you (34 CFR 300.511(f)).',
    ],
  },
  'resolution-meeting': {
    title: 'Resolution meeting after a due process complaint',
    explanation:
      'The district must hold a resolution meeting within 15 days after it gets your due process complaint.',
    count: 15,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 300.510(a)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    notes: [
      'If the problem is not solved within 30 days, the hearing can go ahead.',
      'If the district does not hold the meeting in time, you can ask the hearing officer to start the hearing clock.',
      FEDERAL_SUNDAY_NOTE,
    ],
  },
  'settlement-void': {
    title: 'Time to cancel a settlement you signed',
    explanation:
      'After a resolution meeting, either side may cancel a signed settlement within 3 business days.',
    count: 3,
    unit: 'business-days',
    direction: 'after',
    citation: '34 CFR 300.510(e)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    notes: ['Count from the day the agreement is signed.', BUSINESS_DAY_NOTE],
  },
  mediation: {
    title: 'Mediation must be scheduled',
    explanation:
      'Once a mediator is chosen, the mediation must be set up within 15 days. It must be finished within 30 days after ' +
      'both sides agree to mediate.',
    count: 15,
    unit: 'calendar-days',
    direction: 'after',
    citation: 'RSMo 162.959',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    rsmo1040: true,
    notes: [
      'Mediation must also be completed within 30 days of the agreement to mediate.',
      'Mediation is free and both sides must agree to it. It may not be used to delay a hearing.',
    ],
  },
  'ocr-complaint': {
    title: 'Office for Civil Rights complaint',
    explanation:
      'A complaint to the Office for Civil Rights about disability bias must be filed within 180 days.',
    count: 180,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 100.7(b), applied by 34 CFR 104.61',
    confidence: 'SECONDARY',
    source: 'missouri-rules.md §4',
    kind: 'law',
    notes: [
      'Count from the day of the discrimination. OCR can give more time for a good reason.',
      FEDERAL_SUNDAY_NOTE,
    ],
  },
  evaluation: {
    title: 'Time to finish an evaluation',
    explanation:
      'The evaluation must be done, and the team must decide if your child qualifies, within 60 days after the school ' +
      'gets your signed consent.',
    count: 60,
    unit: 'calendar-days',
    direction: 'after',
    citation: 'SSD Family Handbook; 34 CFR 300.301(c)(1)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §8, §11',
    kind: 'law',
    notes: ['Federal law lets each state set this time. Missouri uses 60 calendar days.'],
  },
  'initial-iep': {
    title: 'Time to hold the first IEP meeting',
    explanation:
      'The first IEP meeting must be held within 30 days after your child is found to need special education.',
    count: 30,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 300.323(c)(1)',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §11',
    kind: 'law',
    notes: [FEDERAL_SUNDAY_NOTE],
  },
  'evaluation-decision': {
    title: 'Time to decide whether to evaluate',
    explanation:
      'After you ask for an evaluation, the school must decide within 30 days whether to test your child. It tells you ' +
      'in a Notice of Action.',
    count: 30,
    unit: 'calendar-days',
    direction: 'after',
    citation: 'SSD Family Handbook',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §11',
    kind: 'law',
    notes: [
      'Some district pages say school breaks can stretch this time. We could not confirm that in the state rules.',
      'Put your request in writing so you have proof of the date.',
    ],
  },
  'hearing-decision': {
    title: 'Time for a due process decision',
    explanation:
      'The hearing decision is due 45 days after the 30-day resolution period ends. Enter the day the resolution period ends.',
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    citation: '34 CFR 300.515(a); RSMo 162.961.3',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    notes: ['The hearing officer may grant an extension if a party asks.', FEDERAL_SUNDAY_NOTE],
  },
  'state-court-appeal': {
    title: 'Time to appeal to state court',
    explanation: 'An appeal to state court must be filed within 45 days after you get the final decision.',
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    citation: 'RSMo 162.962',
    confidence: 'PRIMARY',
    source: 'missouri-rules.md §6',
    kind: 'law',
    rsmo1040: true,
    notes: ['This comes from an older copy of the statute. Check the current text before you rely on it.'],
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleId = keyof typeof DEADLINE_RULES;

export const DEADLINE_RULE_IDS = Object.keys(DEADLINE_RULES) as DeadlineRuleId[];

export function isDeadlineRuleId(id: unknown): id is DeadlineRuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(DEADLINE_RULES, id);
}

export function getDeadlineRule(id: DeadlineRuleId): DeadlineRule {
  return DEADLINE_RULES[id];
}
