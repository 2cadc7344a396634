import { describe, expect, it } from 'vitest';
import { mayOnCase } from './case-access';

describe('mayOnCase', () => {
  it('follows the role table', () => {
    expect(mayOnCase('owner', 'write-case')).toBe(true);
    expect(mayOnCase('co-parent', 'export-audio')).toBe(true);
    expect(mayOnCase('advocate', 'draft-letters')).toBe(true);
    expect(mayOnCase('advocate', 'write-case')).toBe(false);
    expect(mayOnCase('advocate', 'export-audio')).toBe(false);
    expect(mayOnCase('viewer', 'write-notes')).toBe(false);
    expect(mayOnCase('viewer', 'read')).toBe(true);
  });

  it('adds what the family granted on top of the role', () => {
    expect(mayOnCase('advocate', 'export-audio', ['export-audio'])).toBe(true);
    expect(mayOnCase('advocate', 'write-case', ['export-audio'])).toBe(false);
  });

  it('allows nothing while the role is unknown', () => {
    expect(mayOnCase(null, 'read')).toBe(false);
  });
});
