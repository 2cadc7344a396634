import { describe, expect, it } from 'vitest';
import { addressHasNullCharacter, holdsNullCharacter } from './null-character.js';

describe('the NUL character guard', () => {
  it('finds U+0000 in any string of a parsed body, a value or a key, at any depth', () => {
    expect(holdsNullCharacter('a\u0000b')).toBe(true);
    expect(holdsNullCharacter({ answers: { notes: ['fine', { deep: 'x\u0000' }] } })).toBe(true);
    expect(holdsNullCharacter({ ['key\u0000']: 'fine' })).toBe(true);
    expect(holdsNullCharacter(JSON.parse('{"a": "\\u0000"}'))).toBe(true);
  });

  it('lets ordinary text through, tabs, new lines and a backslash before u0000 included', () => {
    expect(holdsNullCharacter({ notes: 'Line one\n\tLine two', n: 3, ok: true, none: null })).toBe(false);
    expect(holdsNullCharacter(JSON.parse('{"path": "C:\\\\u0000"}'))).toBe(false);
    expect(holdsNullCharacter([])).toBe(false);
  });

  it('finds %00 in the path or the query, in either case, and nothing else', () => {
    expect(addressHasNullCharacter('/api/cases/abc%00')).toBe(true);
    expect(addressHasNullCharacter('/api/cases?search=a%00b')).toBe(true);
    expect(addressHasNullCharacter('/api/cases?search=%2500')).toBe(false);
    expect(addressHasNullCharacter('/api/cases/100?page=200')).toBe(false);
  });
});
