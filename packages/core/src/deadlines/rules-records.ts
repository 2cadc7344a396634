import type { DeadlineRule } from './deadline-types.js';
import {
  childRecordsNote,
  FEDERAL_LAST_DAY_NOTE,
  BUSINESS_DAY_NOTE,
  SCHOOL_RECEIPT_NOTE,
  SUNSHINE_CLOSURES,
} from './rule-notes.js';

const SUNSHINE_ACT_NOTE =
  'This is the time to act on the request, not always the time to hand over every page. The law allows more ' +
  'time for a good reason, if the custodian explains the delay and gives the earliest date.';
const SUNSHINE_CUSTODIAN_NOTE =
  'The clock starts when the custodian of records receives the request, so send it to the custodian.';
const RECORDING_CAP_NOTE =
  'RSMo 162.686 caps the notice a district may require at 24 hours. Most district policies require written ' +
  'notice 24 hours ahead.';
const RECORDING_AUDIO_NOTE =
  'The law covers audio recording only. The recording belongs to you and is not a public record.';
const RECORDING_SOURCE_NOTE =
  'Source for the law: the Missouri Senate summary of the bill; the enacted text is still to be checked.';

// Deadlines around a meeting: records, recording, notices, evaluations (missouri-rules.md §1-§4, §8, §11).

export const RECORDS_AND_MEETING_RULES = {
  'sunshine-response': {
    title: 'Sunshine Law: time for the district to act on a records request',
    explanation:
      'The records custodian must act on your request by the end of the third business day after getting it. ' +
      'To act means to let you see the records, or to tell you why it will take longer and the first date they will be ready.',
    startsWhen: 'The day the custodian of records receives your request',
    dueMeans: 'The last day for the custodian to act',
    count: 3,
    unit: 'business-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP', '504'],
    citation: 'RSMo 610.023.3',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §2, §16.5',
    receiver: 'custodian',
    rsmo1040: true,
    closureCount: SUNSHINE_CLOSURES,
    plan504: {
      notes: [
        SUNSHINE_ACT_NOTE,
        childRecordsNote('504'),
        SUNSHINE_CUSTODIAN_NOTE,
        SCHOOL_RECEIPT_NOTE,
        BUSINESS_DAY_NOTE,
      ],
    },
    notes: [
      SUNSHINE_ACT_NOTE,
      childRecordsNote('IEP'),
      SUNSHINE_CUSTODIAN_NOTE,
      SCHOOL_RECEIPT_NOTE,
      BUSINESS_DAY_NOTE,
    ],
  },
  'sunshine-denial-statement': {
    title: 'Sunshine Law: written reasons for a denial',
    explanation:
      'If the district says no to a records request, you can ask for the reasons in writing. It must send them by ' +
      'the end of the third business day after it gets your request for them.',
    startsWhen: 'The day the custodian of records receives your request for the reasons',
    dueMeans: 'The last day for the custodian to send the reasons',
    count: 3,
    unit: 'business-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP', '504'],
    citation: 'RSMo 610.023.4',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §2',
    receiver: 'custodian',
    rsmo1040: true,
    closureCount: SUNSHINE_CLOSURES,
    notes: [
      'The statement must name the part of the law that allows the denial.',
      SCHOOL_RECEIPT_NOTE,
      BUSINESS_DAY_NOTE,
    ],
  },
  'idea-records': {
    title: "IDEA: time to let you see your child's records",
    explanation:
      "The school must let you see your child's education records without delay. It must do so before any IEP " +
      'meeting and never later than 45 days after you ask.',
    startsWhen: 'The day you asked',
    dueMeans: 'The last day the school can let you see the records',
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP'],
    citation: '34 CFR 300.613(a)',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §3',
    notes: [
      'When you give the date of the next meeting, the records are due by the last business day before that ' +
        'meeting, if that comes first.',
      'We count calendar days (34 CFR 300.11; not yet checked against the official text).',
      FEDERAL_LAST_DAY_NOTE,
    ],
  },
  'ferpa-records': {
    title: 'FERPA: time to let you see education records',
    explanation:
      "A school must let you see your child's education records within 45 days after it gets your request.",
    startsWhen: 'The day the school receives your request',
    dueMeans: 'The last day the school can let you see the records',
    count: 45,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP', '504'],
    citation: '34 CFR 99.10(b)',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §3',
    receiver: 'school',
    plan504: {
      title: '504 plan: time to let you see your child’s records',
      explanation:
        "For a 504 plan, the school must give you a chance to look at your child's records. FERPA says it must " +
        'do so within 45 days after it gets your request. No rule says before the meeting, so ask early.',
      citation: '34 CFR 104.36; 34 CFR 99.10(b)',
      source: 'missouri-rules.md §3, §4, §16.4',
    },
    notes: [
      'The wording comes from a quote of the rule; check the official text before relying on it.',
      SCHOOL_RECEIPT_NOTE,
      FEDERAL_LAST_DAY_NOTE,
    ],
  },
  'recording-notice': {
    title: 'Notice that you will record the meeting',
    explanation:
      'You may make an audio recording of any IEP or 504 meeting. Your district can require written notice at ' +
      'least 24 hours before the meeting. Send it so no one can refuse the recording. A district may not ask for more notice than that.',
    startsWhen: 'The start of the meeting',
    dueMeans: 'The last moment to send your written notice',
    count: 24,
    unit: 'hours',
    direction: 'before',
    party: 'parent',
    planTypes: ['IEP', '504'],
    citation:
      'District policy allowed by RSMo 162.686 (MSBA model policy; for example Scott County R-I Policy 2420)',
    confidence: 'SECONDARY',
    kind: 'district-policy',
    source: 'missouri-rules.md §1, §12.1, §16.3',
    plan504: {
      notes: [RECORDING_CAP_NOTE, RECORDING_AUDIO_NOTE, RECORDING_SOURCE_NOTE],
    },
    notes: [
      RECORDING_CAP_NOTE,
      RECORDING_AUDIO_NOTE,
      'Mediation talks are confidential (34 CFR 300.506(b)(8)). Do not record a mediation session.',
      RECORDING_SOURCE_NOTE,
    ],
  },
  'follow-up': {
    title: 'Follow-up email after the meeting',
    explanation:
      'Within a day after the meeting ends, email the team a short list of what was agreed, refused and promised. ' +
      'This is a good habit, not a legal deadline.',
    startsWhen: 'The end of the meeting',
    dueMeans: 'When we suggest you send the email',
    count: 24,
    unit: 'hours',
    direction: 'after',
    party: 'parent',
    planTypes: ['IEP', '504'],
    citation: 'IEP Ready advice (not a legal deadline)',
    confidence: 'SECONDARY',
    kind: 'parent-practice',
    source: 'product.md flow step 7',
    notes: ['A written summary sent the next day makes a record the school can correct or confirm.'],
  },
  'pwn-response': {
    title: 'Notice of Action: the 5 business days you ask for',
    explanation:
      'When you ask for Prior Written Notice, which Missouri calls a Notice of Action, you can ask the school to ' +
      'send it within 5 business days. That time is your request, not a legal deadline.',
    startsWhen: 'The day the school receives your request',
    dueMeans: 'The day you asked the school to answer by',
    count: 5,
    unit: 'business-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP', '504'],
    citation: 'Your request (34 CFR 300.503(a) says only "a reasonable time")',
    confidence: 'SECONDARY',
    kind: 'parent-practice',
    source: 'missouri-rules.md §4, §16.9',
    receiver: 'school',
    plan504: {
      title: 'Written notice: the 5 business days you ask for',
      explanation:
        'When you ask for written notice of a 504 decision, you can ask the school to send it within 5 business ' +
        'days. That time is your request, not a legal deadline.',
      citation: 'Your request (34 CFR 104.36 requires notice but sets no time)',
      source: 'missouri-rules.md §4, §16.4',
      notes: [
        'The 504 rule requires notice of the decision. It sets no number of days.',
        SCHOOL_RECEIPT_NOTE,
        BUSINESS_DAY_NOTE,
      ],
    },
    notes: [
      'The rule says notice must come "a reasonable time" before the district acts. It sets no number of days.',
      SCHOOL_RECEIPT_NOTE,
      BUSINESS_DAY_NOTE,
    ],
  },
  'notice-of-action-wait': {
    title: 'Ten-day wait before a change starts',
    explanation:
      'After a Notice of Action, the district must wait 10 days before it makes the change, unless you agree in writing ' +
      'to skip the wait.',
    startsWhen: 'The day of the Notice of Action',
    dueMeans: 'The last day of the wait',
    count: 10,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP'],
    citation: 'DESE FAQ: Notice of Action; SSD Family Handbook',
    confidence: 'PRIMARY',
    kind: 'agency-guidance',
    source: 'missouri-rules.md §4, §16.4',
    notes: [
      'This is how DESE says special education works in Missouri. It is not a 504 rule.',
      'The FAQ says "10 days" without saying what kind. We assume calendar days.',
      'You can use these days to ask questions or to disagree in writing.',
    ],
  },
  evaluation: {
    title: 'Time to finish an evaluation',
    explanation:
      'The evaluation must be done, and the team must decide if your child qualifies, within 60 days after the school ' +
      'gets your signed consent.',
    startsWhen: 'The day the school receives your signed consent',
    dueMeans: 'The last day to finish the evaluation',
    count: 60,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP'],
    citation: '34 CFR 300.301(c)(1); SSD Family Handbook',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §8, §11',
    receiver: 'school',
    notes: [
      'Federal law lets each state set this time. The SSD Family Handbook says 60 calendar days.',
      SCHOOL_RECEIPT_NOTE,
    ],
  },
  'initial-iep': {
    title: 'Time to hold the first IEP meeting',
    explanation:
      'The first IEP meeting must be held within 30 days after your child is found to need special education.',
    startsWhen: 'The day your child was found to need special education',
    dueMeans: 'The last day for the first IEP meeting',
    count: 30,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP'],
    citation: '34 CFR 300.323(c)(1)',
    confidence: 'PRIMARY',
    kind: 'law',
    source: 'missouri-rules.md §11',
    notes: [FEDERAL_LAST_DAY_NOTE],
  },
  'evaluation-decision': {
    title: 'Time to decide whether to do a first evaluation',
    explanation:
      'Missouri districts say they decide within 30 days after you ask for a first evaluation whether to test ' +
      'your child. They tell you in a Notice of Action.',
    startsWhen: 'The day the school receives your request for a first evaluation',
    dueMeans: 'The day the district says it will decide by',
    count: 30,
    unit: 'calendar-days',
    direction: 'after',
    party: 'district',
    planTypes: ['IEP'],
    citation: 'District practice reported on district pages (for example Kirbyville and Braymer)',
    confidence: 'SECONDARY',
    kind: 'district-policy',
    source: 'missouri-rules.md §11, §16.9',
    receiver: 'school',
    closureCount: {
      citation: 'District pages (the exception is not confirmed in state rules)',
      confidence: 'SECONDARY',
      kind: 'district-policy',
      source: 'missouri-rules.md §11',
      note: 'Some district pages say school breaks do not count toward the 30 days.',
    },
    ssdPartner: {
      explanation:
        'SSD must decide within 30 days after you ask for a first evaluation whether to test your child. It tells ' +
        'you in a Notice of Action.',
      citation: 'SSD Family Handbook ("within 30 calendar days from the date of referral")',
      confidence: 'PRIMARY',
      kind: 'district-policy',
      source: 'missouri-rules.md §8, §11, §16.9',
      closureCount: null,
    },
    notes: [
      'This time is a rule of the Special School District (SSD) for its partner districts. Elsewhere it is what ' +
        'district pages report, not a state law.',
      'This is for a first evaluation. No law sets a time to answer a request for a re-evaluation.',
      'Put your request in writing so you have proof of the date.',
      SCHOOL_RECEIPT_NOTE,
    ],
  },
} as const satisfies Record<string, DeadlineRule>;
