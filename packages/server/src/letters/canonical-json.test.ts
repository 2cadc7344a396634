import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

/** An array nested `depth` deep, built with a loop (a recursive builder would overflow first). */
function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('canonicalJson', () => {
  it('sorts object keys at every level, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson({ code: 'x', question: 'Why?' })).toBe(
      canonicalJson({ question: 'Why?', code: 'x' }),
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ a: undefined })).toBe('{"a":null}');
  });

  it('reads back as the same value as JSON (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('handles data nested far deeper than the call stack allows (a recursive walk overflowed at 5000)', () => {
    const depth = 200_000;
    const text = canonicalJson(nestedArray(depth));
    expect(text.length).toBe(2 * depth);
    expect(text.startsWith('[['.repeat(10))).toBe(true);
    expect(text.endsWith(']]'.repeat(10))).toBe(true);
  });
});
