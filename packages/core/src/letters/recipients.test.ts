import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLetter } from './build-letter.js';
import type { Recipient } from './letter-types.js';
import { letterToText, recipientLine } from './letter-text.js';
import { mergeRecipients } from './recipients.js';
import { exampleFixtures, NOW } from './test-fixtures/example.js';

const { exampleCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

// Each recipient once: the audit found "Custodian of Records, Hazelwood School District" three times in one To:
// line. Offices merge by title and organization, people by email, then by name within one employer.

const office = (name: string, organizationName: string): Recipient => ({
  name,
  organization: 'district',
  organizationName,
  office: true,
});

describe('mergeRecipients', () => {
  it('one office, named once, though asked for twice', () => {
    const merged = mergeRecipients([
      office('Custodian of Records', 'Hazelwood School District'),
      office('Custodian of Records', 'Hazelwood School District'),
      office('Custodian of Records', 'Special School District of St. Louis County'),
    ]);
    expect(merged.map(recipientLine)).toEqual([
      'Custodian of Records, Hazelwood School District',
      'Custodian of Records, Special School District of St. Louis County',
    ]);
  });

  it('one person by email (any case), keeping the first place and filling in a title', () => {
    const merged = mergeRecipients([
      { name: 'Chris Patel', role: 'special education teacher', email: 'chris@x.org', organization: 'ssd' },
      { name: 'Alex Morgan', email: 'alex@x.org', organization: 'ssd' },
      { name: 'Chris Patel', title: 'Case manager', email: 'CHRIS@x.org', organization: 'ssd' },
    ]);
    expect(merged.map((r) => [r.name, r.title])).toEqual([
      ['Chris Patel', 'Case manager'],
      ['Alex Morgan', undefined],
    ]);
  });

  it('one person by name within one employer when no email is known; two people with one role stay two', () => {
    const merged = mergeRecipients([
      { name: 'Robin Hart', organization: 'district' },
      { name: 'robin  hart', organization: 'district', email: 'robin@x.org' },
      { name: 'Dana Lee', role: 'case manager', organization: 'district' },
      { name: 'Sam Ortiz', role: 'case manager', organization: 'district' },
    ]);
    expect(merged.map((r) => [r.name, r.email])).toEqual([
      ['Robin Hart', 'robin@x.org'],
      ['Dana Lee', undefined],
      ['Sam Ortiz', undefined],
    ]);
  });

  it('the copy list leaves out anyone already addressed', () => {
    const c = exampleCase();
    const alex = c.team.find((m) => m.id === 't4');
    if (alex === undefined) throw new Error('the example case has Alex Morgan');
    const result = buildLetter('child-complaint', {
      caseFile: { ...c, team: [...c.team, { ...alex, id: 't11' }] },
      answers: { violations: [{ date: '2026-09-10', what: 'No help.' }], proposedResolution: 'Fix it.' },
      now: NOW,
    });
    expect(
      result.ok &&
        letterToText(result.letter)
          .split('\n')
          .filter((l) => l.startsWith('Cc:')),
    ).toEqual([
      'Cc: Alex Morgan, SSD Director of Special Education, Special School District of St. Louis County <alex.morgan@example.org>',
    ]);
  });
});

describe('a records request with nothing ticked', () => {
  it('asks for at least one kind of record, by the question', () => {
    const result = buildLetter('records-request', {
      caseFile: exampleCase(),
      answers: { records: [] },
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      missing: [{ field: 'records', message: 'Tick at least one kind of record, or add one of your own.' }],
    });
  });
});
