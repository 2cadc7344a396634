import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '@iep/core';
import {
  canRemoveParent,
  checkParent,
  checkStudent,
  nextId,
  parentFromDraft,
  sessionDraftsOf,
  studentDraftOf,
  studentFromDraft,
} from './case-people';

const student = {
  name: 'Jordan Rivera',
  dateOfBirth: '2013-04-18',
  grade: '7',
  school: 'Northwest Middle School',
  district: 'Hazelwood School District',
  planType: 'IEP' as const,
  disabilityCategories: ['Specific Learning Disability', 'Speech or Language Impairment'],
};

describe('student drafts', () => {
  it('round-trips a student, with one disability category a line', () => {
    const draft = studentDraftOf(student);
    expect(draft.categories).toBe('Specific Learning Disability\nSpeech or Language Impairment');
    expect(studentFromDraft(draft)).toEqual(student);
  });

  it('trims what was typed, drops blank category lines, and leaves out an empty list', () => {
    const draft = { ...studentDraftOf(student), school: '  Central High  ', categories: ' Autism \n\n  ' };
    expect(studentFromDraft(draft)).toMatchObject({
      school: 'Central High',
      disabilityCategories: ['Autism'],
    });
    const none = studentFromDraft({ ...draft, categories: '\n ' });
    expect('disabilityCategories' in none).toBe(false);
  });

  it('names every empty required field with its input id', () => {
    const draft = { ...studentDraftOf(student), school: ' ', grade: '' };
    expect(checkStudent(draft).map((e) => e.fieldId)).toEqual(['student-grade', 'student-school']);
  });

  it('a grade like "banana" and a date of birth in the future get plain messages by field', () => {
    const draft = { ...studentDraftOf(student), grade: 'banana', dateOfBirth: '2031-05-01' };
    expect(checkStudent(draft, '2026-11-23')).toEqual([
      {
        fieldId: 'student-grade',
        message: 'Write the grade as a number from 1 to 12, K for kindergarten, or Pre-K.',
      },
      { fieldId: 'student-dateOfBirth', message: 'The date of birth is in the future. Check the year.' },
    ]);
    expect(checkStudent({ ...draft, grade: 'K', dateOfBirth: '2020-05-01' }, '2026-11-23')).toEqual([]);
  });
});

describe('parent drafts', () => {
  it('leaves out empty optional fields so the case file accepts the parent', () => {
    const parent = parentFromDraft({
      name: ' Sam Lee ',
      relationship: '',
      email: 'sam@example.org',
      phone: ' ',
      address: '',
      preferredLanguage: 'Spanish',
    });
    expect(parent).toEqual({ name: 'Sam Lee', email: 'sam@example.org', preferredLanguage: 'Spanish' });
    const file = { format: 'iep-ready/case@1', student, parents: [parent] };
    expect(parseCaseFile(file).ok).toBe(true);
  });

  it('asks for a name and a real email address', () => {
    const errors = checkParent({
      name: '',
      relationship: '',
      email: 'sam at home',
      phone: '',
      address: '',
      preferredLanguage: '',
    });
    expect(errors.map((e) => e.fieldId)).toEqual(['parent-name', 'parent-email']);
  });

  it('keeps the last parent: a case needs one', () => {
    expect(canRemoveParent([{ name: 'A' }])).toBe(false);
    expect(canRemoveParent([{ name: 'A' }, { name: 'B' }])).toBe(true);
  });
});

describe('meeting sessions and ids', () => {
  it('splits stored times (with or without seconds) into date, start and end for the inputs', () => {
    const drafts = sessionDraftsOf({
      id: 'm1',
      kind: 'annual-review',
      timeZone: 'America/Chicago',
      sessions: [
        { start: '2026-12-07T09:00:00', end: '2026-12-07T11:30:00' },
        { start: '2026-12-08T13:15', end: '2026-12-08T15:00' },
      ],
    });
    expect(drafts).toEqual([
      { date: '2026-12-07', start: '09:00', end: '11:30' },
      { date: '2026-12-08', start: '13:15', end: '15:00' },
    ]);
  });

  it('finds an id no item has yet', () => {
    expect(nextId('g', [])).toBe('g1');
    expect(nextId('g', [{ id: 'g1' }, { id: 'g2' }])).toBe('g3');
    expect(nextId('s', [{ id: 's2' }])).toBe('s3');
    expect(nextId('s', [{ id: 's3' }, { id: 's1' }])).toBe('s4');
  });
});
