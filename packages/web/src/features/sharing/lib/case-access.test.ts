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

  it('adds the audio the owner granted an advocate, and nothing else', () => {
    expect(mayOnCase('advocate', 'export-audio', { audioGranted: true })).toBe(true);
    expect(mayOnCase('advocate', 'write-case', { audioGranted: true })).toBe(false);
    // A viewer never gets audio, even with a stray grant (core's rule, the one the server uses).
    expect(mayOnCase('viewer', 'export-audio', { audioGranted: true })).toBe(false);
  });

  it('allows nothing while the role is unknown', () => {
    expect(mayOnCase(null, 'read')).toBe(false);
  });
});
