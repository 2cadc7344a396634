import { describe, expect, it } from 'vitest';
import { PASSWORD_PROBLEMS, passwordProblem } from './password-strength.js';

describe('passwordProblem', () => {
  it('refuses blank, repeated and common passwords, each with its own plain reason', () => {
    expect(passwordProblem(' '.repeat(10))).toBe(PASSWORD_PROBLEMS.blank);
    expect(passwordProblem('\t \n   \t   ')).toBe(PASSWORD_PROBLEMS.blank);
    expect(passwordProblem('aaaaaaaaaaaa')).toBe(PASSWORD_PROBLEMS.repeated);
    expect(passwordProblem('abcabcabcabc')).toBe(PASSWORD_PROBLEMS.repeated);
    expect(passwordProblem('xy1xy1xy1xy1')).toBe(PASSWORD_PROBLEMS.repeated);
    for (const common of ['password12', 'Password123!', 'qwertyuiop12', 'letmein12345', 'iloveyou2026'])
      expect(passwordProblem(common), common).toBe(PASSWORD_PROBLEMS.common);
    expect(PASSWORD_PROBLEMS.common).toBe(
      'This password is on a list of common passwords. Pick a longer one, like three or four unrelated words.',
    );
  });

  it('refuses a password made of the person’s own email or name', () => {
    expect(passwordProblem('marialopez', ['maria.lopez@example.org', 'Maria Lopez'])).toBe(
      PASSWORD_PROBLEMS.personal,
    );
  });

  it('accepts long passphrases, including the ones the tests sign up with', () => {
    for (const good of [
      'correct horse battery staple',
      'a long family password',
      'another long password',
      'purple giraffe eats toast',
      'Tr0ub4dor&3xx',
    ])
      expect(passwordProblem(good), good).toBeNull();
  });
});
