import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('is 22 base64url characters and never starts with "-" or "_" (a command line would take it for an option)', () => {
    for (let i = 0; i < 5000; i++) {
      const id = newId();
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
    }
  });
});
