import { describe, expect, it } from 'vitest';
import { addedByWords } from './added-by';

describe('addedByWords', () => {
  it("names a guest as a guest and a member by name, and says nothing for the owner's own", () => {
    expect(addedByWords({ kind: 'guest', name: 'Aunt Rosa' })).toBe('Added by Aunt Rosa (guest)');
    expect(addedByWords({ kind: 'member', name: 'Sam' })).toBe('Added by Sam');
    expect(addedByWords({ kind: 'owner', name: 'Maria' })).toBe('');
    expect(addedByWords(undefined)).toBe('');
  });
});
