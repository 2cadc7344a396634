import type { Confidence, RuleKind } from '../rules/confidence.js';

// The seven things a Prior Written Notice (in Missouri, a Notice of Action) must say: 34 CFR 300.503(b), in the 2006
// order (missouri-rules.md §4) [PRIMARY, law]. Each element carries its plain name, the regulation's words, and the
// cues that find it: `headings` for a form's labelled boxes ("Other options considered:"), `cues` for a sentence in a
// letter. Cues are written in plain words; notice-text.ts folds both the cue and the notice the same way, so OCR's
// usual slips (l for i, 0 for o, a word broken by a space) do not hide a match.

export type ElementNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A group of words or phrases: the sentence scores `weight` for each one it holds, at most `cap` of them. */
export interface CueGroup {
  any: readonly string[];
  weight: number;
  /** At most this many of the group count (default 1). */
  cap?: number;
}

export interface NoticeElementRule {
  n: ElementNumber;
  /** Short plain name, as the parent and the CLI see it. */
  name: string;
  /** What it means, in plain words (grade 6-8). */
  plain: string;
  /** The regulation's own words (missouri-rules.md §4). */
  regulation: string;
  /** What a parent's letter asks for when it is missing ("I could not find ..."), in plain words. */
  ask: string;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  source: string;
  /** A form's label for this element: the label equals one of `exact` or holds one of `contains`. */
  headings: { exact: readonly string[]; contains: readonly string[] };
  /** A sentence in a letter: the groups whose words it holds; `all` groups must each match. */
  cues: readonly CueGroup[];
  all?: readonly (readonly string[])[];
  /** The score a sentence needs to count. */
  threshold: number;
}

const RULE = { confidence: 'PRIMARY', kind: 'law', source: 'missouri-rules.md §4' } as const;

export const NOTICE_ELEMENTS: readonly NoticeElementRule[] = [
  {
    n: 1,
    name: 'What the school will do or refuses to do',
    plain: 'The change the school plans to make, or what it said no to.',
    regulation: 'A description of the action proposed or refused by the agency',
    ask: 'what the school proposes or refuses to do',
    citation: '34 CFR 300.503(b)(1)',
    ...RULE,
    headings: {
      exact: [
        'action',
        'actions',
        'proposal',
        'decision',
        'action taken',
        'proposed action',
        'refused action',
      ],
      contains: [
        'action propos',
        'action refus',
        'actions propos',
        'proposed or refused',
        'proposes or refuses',
        'proposing or refusing',
        'propose or refuse',
        'school is proposing',
        'district is proposing',
        'what we are proposing',
        'description of action',
        'description of the action',
      ],
    },
    all: [
      ['district', 'school', 'team', 'we ', 'ssd', 'committee', 'iep team', 'this notice'],
      [
        'propos',
        'refus',
        'declin',
        'deny',
        'denie',
        'reduc',
        'discontinu',
        'add ',
        'adding',
        'begin',
        'change',
        'increas',
        'decreas',
        'conduct',
        'initiat',
        'stop',
        'end ',
        'ending',
        'remov',
        'dismiss',
        'exit',
        'will provide',
        'will be provid',
        'decided to',
        'decide to',
        'agreed to',
        'will not',
      ],
    ],
    cues: [
      {
        any: [
          'proposes to',
          'propose to',
          'proposing to',
          'proposing that',
          'refuses to',
          'refusing',
          'refuse to',
          'declines to',
          'will be reduc',
          'will be add',
          'will be discontinu',
          'change placement',
          'change in placement',
          'placement change',
          'decided to add',
          'decided to',
        ],
        weight: 2,
      },
      { any: ['propos', 'refus', 'declin', 'deny', 'denie'], weight: 1 },
    ],
    threshold: 2,
  },
  {
    n: 2,
    name: 'Why',
    plain: 'The reasons the school gives for its decision.',
    regulation: 'An explanation of why the agency proposes or refuses to take the action',
    ask: 'why the school proposes or refuses to do it',
    citation: '34 CFR 300.503(b)(2)',
    ...RULE,
    headings: {
      exact: ['why', 'reason', 'reasons', 'reason s', 'basis', 'rationale'],
      contains: ['reason', 'explanation', 'explain why', 'why the', 'why we', 'rationale', 'justification'],
    },
    cues: [
      { any: ['because', 'reason', 'due to', 'explanation', 'rationale'], weight: 3 },
      {
        any: [
          'since ',
          'so that',
          'in order to',
          'team found',
          'team determined',
          'team decided',
          'team feel',
          'team felt',
          'team agreed',
          'believ',
          'feels',
          'data show',
          'shows that',
          'show that',
          'has met',
          'have met',
          'has not met',
          'no longer need',
          'needs ',
          'is needed',
          'are needed',
          'making adequate progress',
          'not making progress',
        ],
        weight: 2,
      },
    ],
    threshold: 2,
  },
  {
    n: 3,
    name: 'Evaluations and records used',
    plain: 'Each test, evaluation, record or report the school used to decide.',
    regulation:
      'A description of each evaluation procedure, assessment, record, or report the agency used as a basis for the proposed or refused action',
    ask: 'each evaluation, test, record or report the school used to decide',
    citation: '34 CFR 300.503(b)(3)',
    ...RULE,
    headings: {
      exact: ['data', 'basis', 'data used', 'information used', 'sources of information'],
      contains: [
        'evaluation',
        'assessment',
        'record',
        'report',
        'data used',
        'data review',
        'information was used',
        'information used',
        'basis for',
        'used as a basis',
        'what was used',
      ],
    },
    cues: [
      {
        any: [
          'evaluation',
          'assessment',
          'record',
          'report',
          'data',
          'test ',
          'tests',
          'testing',
          'score',
          'observation',
          'probes',
          'work samples',
          'progress monitoring',
          'progress notes',
          'checklist',
          'wisc',
          'wiat',
          'map ',
          'celf',
          'ktea',
          'basc',
          'beery',
          'functional behavior',
          "doctor's note",
          'doctors note',
          'grades',
        ],
        weight: 2,
        cap: 2,
      },
      {
        any: ['review', 'used', 'based on', 'basis', 'show', 'indicate', 'according to', 'results', 'found'],
        weight: 1,
      },
    ],
    threshold: 3,
  },
  {
    n: 4,
    name: 'Your rights and how to get a copy',
    plain:
      'A statement that you have rights (procedural safeguards) and how to get a copy of them, unless this notice is about a first request for evaluation.',
    regulation:
      'A statement that the parents of a child with a disability have protection under the procedural safeguards of this part and, if this notice is not an initial referral for evaluation, the means by which a copy of a description of the procedural safeguards can be obtained',
    ask: 'a statement that I have rights under the procedural safeguards, and how I can get a copy of them',
    citation: '34 CFR 300.503(b)(4)',
    ...RULE,
    headings: {
      exact: ['rights', 'your rights', 'parent rights', 'parents rights'],
      contains: [
        'safeguard',
        'your rights',
        'parent rights',
        'parents rights',
        'rights under',
        'bill of rights',
      ],
    },
    cues: [
      {
        any: [
          'procedural safeguard',
          'safeguards',
          'parents rights',
          'parent rights',
          'your rights',
          'rights under',
          'protection under',
          'protections under',
          'bill of rights',
        ],
        weight: 3,
      },
    ],
    threshold: 3,
  },
  {
    n: 5,
    name: 'Where to get help',
    plain: 'Who you can contact for help understanding your rights.',
    regulation:
      'Sources for parents to contact to obtain assistance in understanding the provisions of this part',
    ask: 'who I can contact for help to understand my rights',
    citation: '34 CFR 300.503(b)(5)',
    ...RULE,
    headings: {
      exact: ['help', 'resources', 'contacts', 'who can help'],
      contains: [
        'sources of',
        'sources for',
        'resources',
        'help',
        'assistance',
        'who to contact',
        'contacts for',
      ],
    },
    cues: [
      {
        any: [
          'mpact',
          'missouri parents act',
          'parent training',
          'parents act',
          '800 743 7634',
          'protection and advocacy',
          'legal services',
          'assistance in understanding',
          'help understanding',
          'help in understanding',
          'help you understand',
          'sources for parents',
          'parent education',
          'office of special education',
        ],
        weight: 3,
      },
      { any: ['dese', 'department of elementary'], weight: 2 },
      { any: ['contact', 'call ', 'phone'], weight: 1 },
    ],
    threshold: 3,
  },
  {
    n: 6,
    name: 'Other options and why they were turned down',
    plain: 'The other choices the team thought about, and why it did not pick them.',
    regulation:
      'A description of other options that the IEP Team considered and the reasons why those options were rejected',
    ask: 'the other options the team thought about, and why it turned them down',
    citation: '34 CFR 300.503(b)(6)',
    ...RULE,
    headings: {
      exact: ['options', 'alternatives', 'other options'],
      contains: ['option', 'alternative', 'other choices', 'rejected', 'rejection', 'not chosen'],
    },
    cues: [
      {
        any: [
          'other option',
          'options considered',
          'option considered',
          'alternative',
          'other choices',
          'also considered',
          'also discussed',
          'was considered',
          'were considered',
          'considered but',
          'not chosen',
          'was rejected',
          'were rejected',
          'rejected because',
          'team considered',
          'team looked at',
          'district considered',
          'also talked about',
        ],
        weight: 3,
      },
    ],
    threshold: 3,
  },
  {
    n: 7,
    name: 'Other factors',
    plain: 'Anything else that mattered to the decision.',
    regulation: "A description of other factors that are relevant to the agency's proposal or refusal",
    ask: 'any other facts that mattered to the decision',
    citation: '34 CFR 300.503(b)(7)',
    ...RULE,
    headings: {
      exact: ['other factors', 'factors', 'other'],
      contains: [
        'other factor',
        'relevant factor',
        'factors relevant',
        'other relevant',
        'anything else',
        'additional factor',
        'other consideration',
      ],
    },
    cues: [
      {
        any: [
          'other factor',
          'factors relevant',
          'relevant factor',
          'other relevant',
          'anything else',
          'additional factor',
          'other consideration',
        ],
        weight: 3,
      },
    ],
    threshold: 3,
  },
];

/** The order a form's label is tried in: the specific labels first ("Other factors relevant to the proposal" is 7, not 1). */
export const HEADING_ORDER: readonly ElementNumber[] = [6, 7, 5, 4, 3, 2, 1];

/** Words that say the school refused something (then there is no change to wait for). */
export const REFUSAL_CUES: readonly string[] = [
  'refus',
  'declin',
  'deny',
  'denie',
  'will not',
  'not conduct',
  'not provide',
  'not evaluat',
  'not add',
];
/** Words that say the school will change something. */
export const PROPOSAL_CUES: readonly string[] = [
  'propos',
  'will be',
  'add',
  'reduc',
  'increas',
  'decreas',
  'change',
  'begin',
  'discontinu',
  'conduct',
  'initiat',
  'decided to',
];

/** The 34 CFR 104.36 counterpart for a 504 plan: notice is required, with no list of contents (missouri-rules.md §4). */
export const SECTION_504_NOTICE = {
  citation: '34 CFR 104.36',
  confidence: 'PRIMARY',
  kind: 'law',
  source: 'missouri-rules.md §4, §16.4',
} as const;
