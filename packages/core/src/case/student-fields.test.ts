import { describe, expect, it } from 'vitest';
import { dateOfBirthProblem, GRADE_MESSAGE, studentSchema } from './case-schema.js';

// Plain messages for the student's grade and date of birth (the audit typed "banana" as a grade and a date of
// birth in the future, and both were kept).

const student = {
  name: 'Jordan Rivera',
  dateOfBirth: '2013-04-18',
  grade: '7',
  school: 'NMS',
  district: 'Hazelwood',
  planType: 'IEP',
};
const issues = (patch: Record<string, unknown>) => {
  const parsed = studentSchema.safeParse({ ...student, ...patch });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('grade', () => {
  it.each([
    'K',
    'k',
    'Kindergarten',
    'Pre-K',
    'PreK',
    'PK',
    '1',
    '7',
    '12',
    '7th',
    'Grade 7',
    '7th grade',
    '12+',
    'Transition',
    'post-secondary',
    'Ungraded',
  ])('accepts %s', (grade) => expect(issues({ grade })).toEqual([]));
  it.each(['banana', '13', '0', 'seventh-ish', '7.5', 'K12'])('refuses %s with a plain message', (grade) => {
    expect(issues({ grade })).toEqual([GRADE_MESSAGE]);
  });
});

describe('date of birth', () => {
  it('in the future: a plain message (the caller gives today; core has no clock)', () => {
    expect(dateOfBirthProblem('2031-01-01', '2026-11-23')).toBe(
      'The date of birth is in the future. Check the year.',
    );
    expect(dateOfBirthProblem('2013-04-18', '2026-11-23')).toBeNull();
    expect(dateOfBirthProblem('2026-11-23', '2026-11-23')).toBeNull();
  });
  it('before 1900: a typing mistake', () => {
    expect(issues({ dateOfBirth: '1813-04-18' })).toEqual([
      'The date of birth is too long ago. Check the year.',
    ]);
  });
});
