import { describe, expect, it } from 'vitest';
import { mapProblems } from './problem-fields';

describe('mapProblems', () => {
  it('links known paths to their input and names the rest in words', () => {
    const mapped = mapProblems(
      [
        { path: '$.student.name', message: 'This cannot be empty.' },
        { path: '$.team[2].email', message: 'This is not an email address.' },
      ],
      { '$.student.name': 'student-name' },
    );
    expect(mapped).toEqual([
      { fieldId: 'student-name', message: 'This cannot be empty.' },
      { label: 'Team member 3: email', message: 'This is not an email address.' },
    ]);
  });
});
