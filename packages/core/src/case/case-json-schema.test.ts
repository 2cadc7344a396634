import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_PATH, generateCaseSchemaText } from '../../../../scripts/gen-case-schema.js';

// The shipped JSON Schema must be exactly what the zod schema generates (run `npx tsx scripts/gen-case-schema.ts`
// after changing case-schema.ts), and the example case file must fit it.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

/** A structural check for the subset of JSON Schema zod emits: type, required, additionalProperties, enum, const. */
function check(schema: Schema, value: Json, path: string, out: string[]): void {
  if ('const' in schema && value !== schema['const'])
    out.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    out.push(`${path}: not one of the enum values`);
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) {
    const ok = anyOf.some((s) => {
      const sub: string[] = [];
      check(s as Schema, value, path, sub);
      return sub.length === 0;
    });
    if (!ok) out.push(`${path}: matches none of anyOf`);
  }
  const type = schema['type'];
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void out.push(`${path}: not an object`);
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in value)) out.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(value)) {
      const sub = props[key];
      if (sub === undefined) {
        if (schema['additionalProperties'] === false) out.push(`${path}.${key}: not allowed`);
      } else check(sub, v, `${path}.${key}`, out);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return void out.push(`${path}: not an array`);
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      out.push(`${path}: too few items`);
    value.forEach((v, i) => check(schema['items'] as Schema, v, `${path}[${i}]`, out));
  } else if (type === 'string') {
    if (typeof value !== 'string') return void out.push(`${path}: not a string`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value))
      out.push(`${path}: bad pattern`);
  } else if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number') out.push(`${path}: not a number`);
  } else if (type === 'boolean' && typeof value !== 'boolean') out.push(`${path}: not a boolean`);
}

const shipped = readFileSync(CASE_SCHEMA_PATH, 'utf8');
const schema = JSON.parse(shipped) as Schema;
const example = JSON.parse(
  readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8'),
) as Json;

describe('case.schema.json', () => {
  it('is exactly a fresh generation from the zod schema', () => {
    expect(shipped).toBe(generateCaseSchemaText());
  });

  it('carries an id, a title and a description', () => {
    expect(schema).toMatchObject({ $id: 'urn:iep-ready:schema:case@1', title: 'IEP Ready case file' });
    expect(String(schema['description'])).toMatch(/iep-ready\/case@1/);
    expect(schema['required']).toEqual(['format', 'student', 'parents']);
  });

  it('accepts the example case file', () => {
    const problems: string[] = [];
    check(schema, example, '$', problems);
    expect(problems).toEqual([]);
  });

  it('the structural check really catches problems', () => {
    const broken = JSON.parse(JSON.stringify(example)) as { [k: string]: Json };
    delete broken['student'];
    broken['format'] = 'iep-ready/case@2';
    broken['extra'] = 1;
    const problems: string[] = [];
    check(schema, broken, '$', problems);
    expect(problems.sort()).toEqual([
      '$.extra: not allowed',
      '$.format: expected "iep-ready/case@1"',
      '$.student: required',
    ]);
  });
});
