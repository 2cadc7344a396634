import { describe, expect, it } from 'vitest';
import { sideOfRole, speakerSides, speakersOfCase } from './roles.js';

describe('speaker sides', () => {
  it.each([
    ['parent', 'parent'],
    ['grandmother (guardian)', 'parent'],
    ['advocate', 'parent'],
    ['student', 'student'],
    ['student, age 17', 'student'],
    ['district director of student services (by phone)', 'staff'],
    ['student support specialist', 'staff'],
    ['older brother (age 22, nursing student)', 'parent'],
    ['interpreter', 'other'],
    ['case manager', 'staff'],
    ['504 coordinator', 'staff'],
    ['', 'unknown'],
  ])('%s -> %s', (role, side) => {
    expect(sideOfRole(role)).toBe(side);
  });

  it('uses the list of people, then names like "Parent", then what each says', () => {
    const sides = speakerSides(
      [
        { speaker: 'Ms. Lee', text: 'Hello.' },
        { speaker: 'Parent', text: 'Hi.' },
        { speaker: 'Speaker 3', text: 'My son has a hard time at lunch.' },
        { speaker: 'Speaker 4', text: 'My caseload is full this year.' },
        { speaker: 'Speaker 5', text: 'Okay.' },
      ],
      [{ name: 'Ms. Lee', role: 'case manager' }],
    );
    expect(Object.fromEntries(sides)).toEqual({
      'Ms. Lee': 'staff',
      Parent: 'parent',
      'Speaker 3': 'parent',
      'Speaker 4': 'staff',
      'Speaker 5': 'unknown',
    });
  });

  it('makes speakers of a case: team roles, parents, the student', () => {
    expect(
      speakersOfCase({
        team: [{ id: 't1', name: 'Ms. Lee', role: 'special-education-teacher', employer: 'district' }],
        parents: [{ name: 'Dana Carter' }, { name: 'Gloria Tate', relationship: 'grandmother' }],
        student: { name: 'Sam Carter' } as never,
      }),
    ).toEqual([
      { name: 'Ms. Lee', role: 'special education teacher' },
      { name: 'Dana Carter', role: 'parent' },
      { name: 'Gloria Tate', role: 'grandmother' },
      { name: 'Sam Carter', role: 'student' },
    ]);
  });
});
