import type { Letter } from '@iep/core';

/** A hand-made letter with every kind of body block and notes, so renderer tests do not depend on how core writes letters. */
export function sampleLetter(overrides: Partial<Letter> = {}): Letter {
  return {
    kind: 'records-request',
    title: 'Records request',
    subject: 'Request for records of Jordan Rivera before the December 7 IEP meeting',
    date: '2026-11-23',
    sender: {
      name: 'Maria Rivera',
      email: 'maria.rivera@example.org',
      phone: '314-555-0142',
      address: '1234 Elm Street, Florissant, MO 63031',
    },
    to: [
      {
        name: 'Sam Ortiz',
        role: 'Custodian of records',
        email: 'records@example.org',
        organization: 'district',
        organizationName: 'Hazelwood School District',
      },
      {
        name: 'Jamie Fox',
        role: 'Custodian of records',
        organization: 'ssd',
        organizationName: 'Special School District of St. Louis County',
      },
    ],
    cc: [
      {
        name: 'Chris Patel',
        title: 'Case manager',
        email: 'chris.patel@example.org',
        organization: 'ssd',
      },
    ],
    greeting: 'Dear Mr. Ortiz and Jamie Fox:',
    body: [
      { type: 'heading', text: 'What I am asking for' },
      { type: 'paragraph', text: 'I am asking for copies of the records of my son, Jordan Rivera.' },
      { type: 'list', items: ['The draft IEP', 'Progress data for every goal'] },
      { type: 'list', ordered: true, items: ['First step in order', 'Second step in order'] },
      {
        type: 'table',
        caption: 'Missed service minutes',
        columns: ['Service', 'Required', 'Delivered'],
        rows: [['Specialized instruction in reading', '1500', '930']],
      },
      {
        type: 'quote',
        text: 'The agency must comply with a request without unnecessary delay.',
        citation: '34 CFR 300.613(a)',
      },
    ],
    notes: {
      points: ['The 45 days count from the day the school gets your letter.'],
      sources: [
        { citation: '34 CFR 300.613', confidence: 'PRIMARY', kind: 'law' },
        { citation: 'RSMo 610.023', confidence: 'PRIMARY', kind: 'law' },
      ],
    },
    schoolDates: [],
    closing: 'Thank you,',
    attachments: [{ name: 'Data summary', description: 'A one-page summary of the progress data.' }],
    warnings: [],
    ...overrides,
  };
}
