import { CASE_ROLES } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { roleSummary } from './role-words';
import * as TEXT from './sharing-text';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

describe('role words', () => {
  it('says what each role can do, from core’s role table', () => {
    expect(roleSummary('viewer')).toBe('Can see the case.');
    expect(roleSummary('advocate')).toBe(
      'Can see the case, add notes and draft letters. The owner can also let them share audio.',
    );
    expect(roleSummary('co-parent')).toBe(
      'Can see the case, add notes, draft letters, make changes and share audio.',
    );
    expect(roleSummary('co-parent')).not.toContain('invite');
    expect(roleSummary('co-parent')).not.toContain('delete');
    expect(roleSummary('owner')).toContain('invite and remove people');
    expect(roleSummary('owner')).toContain('delete the case');
  });

  it('reads at grade 8 or below', () => {
    for (const text of [...Object.values(TEXT), ...CASE_ROLES.map(roleSummary)])
      expect(readability.fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
  });
});
