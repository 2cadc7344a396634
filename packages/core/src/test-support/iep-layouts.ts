import type { SettledInput } from '../binder/checks/settled.js';
import type { Service } from '../case/case-schema.js';

// IEP papers in the layouts real ones come in, for the IEP-versus-meeting check, and one meeting's settled points.
// TUNED layouts were written first and the parser was fixed on them; HELD_OUT layouts were written afterwards,
// each by a different rule of thumb of a real district form, and were scored without changing the parser for
// them. Each layout says what the check should find against MEETING.

const reading: Service = {
  id: 's1',
  name: 'Specialized instruction in reading',
  setting: 'resource room',
  providerId: 't2',
  minutes: 150,
  per: 'week',
  start: '2026-08-24',
  end: '2027-05-21',
  log: [],
};

/** What the meeting settled: 60 minutes of speech a week (agreed, 12:34 in), extra time (agreed), seating (tapped). */
export const MEETING: SettledInput = {
  services: [reading],
  items: [
    {
      id: 'item-speech',
      kind: 'agreement',
      text: 'The team agreed Jordan gets 60 minutes of speech-language therapy a week.',
      source: 'okay so we all agree jordan gets sixty minutes of speech language therapy a week',
      startMs: 754_000,
      recordingId: 'rec1',
    },
    {
      id: 'item-time',
      kind: 'agreement',
      text: 'Jordan gets extended time on tests.',
      source: 'yes we can do extended time on tests',
      startMs: 1_210_000,
      recordingId: 'rec1',
    },
  ],
  cards: [
    {
      cardId: 'concern:seat',
      title: 'Preferential seating near the teacher',
      detail: null,
      outcome: 'agreed',
      atMs: 1_500_000,
      entryId: 'entry-seat',
    },
  ],
  recordingId: 'rec1',
};

export interface IepLayout {
  name: string;
  pages: string[];
  expect: { missing: string[]; differs: string[]; new: string[] };
}

export const TUNED: IepLayout[] = [
  {
    name: 'Missouri grid, one row per line, speech cut to 30',
    pages: [
      'INDIVIDUALIZED EDUCATION PROGRAM\nStudent: Jordan Rivera   Date of IEP Meeting: 12/07/2026',
      [
        'SPECIAL EDUCATION AND RELATED SERVICES',
        'Service            Minutes     Frequency   Location            Begin Date   End Date',
        'Reading            150 minutes Weekly      Special Education   12/08/2026   12/07/2027',
        'Speech/Language    30 minutes  Weekly      Special Education   12/08/2026   12/07/2027',
        'ACCOMMODATIONS',
        'Extended time on tests and assignments',
        'Preferential seating near instruction',
      ].join('\n'),
    ],
    expect: { missing: [], differs: ['speech'], new: [] },
  },
  {
    name: 'cells on their own lines (pdf.js), speech dropped, a calculator added',
    pages: [
      [
        'Special Education Services',
        'Specialized instruction in reading',
        '150 min',
        'per week',
        'Resource room',
        'Accommodations and Modifications',
        'Extra time (time and a half) on tests',
        'Preferential seating',
        'Use of a calculator for math assignments',
      ].join('\n'),
    ],
    expect: { missing: ['speech'], differs: [], new: ['calculator'] },
  },
  {
    name: 'narrative sentences, all as settled',
    pages: [
      [
        'Jordan will receive sixty minutes of speech-language therapy each week in the therapy room.',
        'Jordan will receive 150 minutes of specialized reading instruction per week in the resource room.',
        'Jordan will have extended time on tests and preferential seating near the teacher.',
      ].join('\n'),
    ],
    expect: { missing: [], differs: [], new: [] },
  },
  {
    name: 'OCR of a photocopy, speech per month instead of per week, seating left out',
    pages: [
      [
        'Serv1ce Summary',
        'Speech/Language  6O min/month  Sp. Ed.',
        'Reading  l50 minutes weekly  resource',
        'Accomodations: extended time',
      ].join('\n'),
    ],
    expect: { missing: ['seating'], differs: ['speech'], new: [] },
  },
];

export const HELD_OUT: IepLayout[] = [
  {
    name: 'keyed fields, one per line, hours instead of minutes',
    pages: [
      [
        'Service: Language Therapy',
        'Amount: 1 hour',
        'Frequency: weekly',
        'Location: outside the general education classroom',
        'Service: Specialized Instruction - Reading',
        'Amount: 150 minutes',
        'Frequency: per week',
        'Location: Resource Room',
        'Supplementary aids: Extended time 1.5x; Preferential seating',
      ].join('\n'),
    ],
    expect: { missing: [], differs: [], new: [] },
  },
  {
    name: 'minutes per week only in the column heading, speech in general education',
    pages: [
      [
        'Services (minutes per week)   Setting',
        'Speech Language Therapy  60  Regular classroom',
        'Reading  150  Special education setting',
        'Accommodations: Extended time; Seat near teacher; Breaks as needed',
      ].join('\n'),
    ],
    expect: { missing: [], differs: ['speech'], new: ['breaks'] },
  },
  {
    name: 'amendment with a counseling service added and reading cut',
    pages: [
      [
        'IEP AMENDMENT',
        'The following changes were made without a meeting:',
        'Reading: 90 minutes per week, special education setting.',
        'Speech-language: 60 minutes per week, special education setting.',
        'Counseling: 30 minutes per month.',
        'All accommodations stay the same: extended time, preferential seating.',
      ].join('\n'),
    ],
    expect: { missing: [], differs: ['reading'], new: ['counseling'] },
  },
];
