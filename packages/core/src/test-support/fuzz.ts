import fc from 'fast-check';

// Arbitraries for fuzzing parsers of outside input (case files, letter answers, import rows, request bodies):
// values a careless or hostile sender could put anywhere, and near-valid documents made by changing a valid one
// in one to three places (most bugs hide just past the checks a valid file passes). Test-only: the core build
// leaves this folder out, and server tests import it by path.

type Key = string | number;

const asked = Number(process.env.FUZZ_RUNS ?? '1');
/** FUZZ_RUNS scales every fuzz property's runs (0.1 for a quick look, 10 for a long hunt). */
const scale = Number.isFinite(asked) && asked > 0 ? asked : 1;

/** fast-check settings for a fuzz property. A failure prints its seed and path, to replay it with { seed, path }. */
export function fuzzRuns(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(numRuns * scale)) };
}

/** A test timeout that grows with FUZZ_RUNS (the machine may be busy: the runs are bounded, not the clock). */
export const FUZZ_TIMEOUT = Math.round(30_000 * Math.max(1, scale));

/** Arrays inside arrays, `depth` deep: what a stack-hungry parser or walker falls over. */
export function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** An object with an own key that JSON.parse would make but plain assignment would not (`__proto__`). */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  return out;
}

const oddStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '💥',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-11-23T25:61',
  '2026-11-23T09:00:00+99:00',
  '-1',
  '1e309',
  '0x10',
  '<script>alert(1)</script>',
  '=cmd|"/C calc"!A0',
  '../../etc/passwd',
  'a'.repeat(10_000),
);

/** One value that a hostile or careless sender could put in any field. JSON-safe when `jsonOnly`. */
export function hostileValue(jsonOnly = true): fc.Arbitrary<unknown> {
  const leaves = fc.oneof(
    fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1.5, 1e21, -1e21, 2 ** 53 + 2, 1e308),
    oddStrings,
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.double({ noNaN: jsonOnly, noDefaultInfinity: jsonOnly }),
  );
  return fc.oneof(
    { arbitrary: leaves, weight: 6 },
    { arbitrary: jsonOnly ? fc.jsonValue({ maxDepth: 3 }) : fc.anything({ maxDepth: 3 }), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 300 }).map((depth) => nested(depth)), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), leaves)
        .map(([key, value]) => withOwnKey(key, value)),
      weight: 1,
    },
  );
}

/** Every place in a JSON document, as key paths (the root is []). */
export function jsonPaths(value: unknown, prefix: Key[] = []): Key[][] {
  const out: Key[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...jsonPaths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...jsonPaths(item, [...prefix, key]));
  return out;
}

type Change =
  | { kind: 'replace'; path: Key[]; value: unknown }
  | { kind: 'remove'; path: Key[] }
  | { kind: 'add'; path: Key[]; key: string; value: unknown }
  | { kind: 'duplicate'; path: Key[] };

function change(doc: unknown, c: Change): unknown {
  if (c.kind === 'replace' && c.path.length === 0) return c.value;
  const copy = structuredClone(doc);
  const parentPath = c.kind === 'add' || c.kind === 'duplicate' ? c.path : c.path.slice(0, -1);
  let parent: unknown = copy;
  // The paths come from the original document; an earlier change may have removed or replaced this place.
  for (const key of parentPath) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<Key, unknown>)[key];
  }
  const last = c.path[c.path.length - 1];
  if (c.kind === 'add') {
    if (Array.isArray(parent)) parent.push(c.value);
    else if (parent !== null && typeof parent === 'object')
      Object.defineProperty(parent, c.key, {
        value: c.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  } else if (c.kind === 'duplicate') {
    if (Array.isArray(parent) && parent.length > 0) parent.push(structuredClone(parent[0]));
  } else if (Array.isArray(parent) && typeof last === 'number') {
    if (c.kind === 'remove') parent.splice(last, 1);
    else parent[last] = c.value;
  } else if (parent !== null && typeof parent === 'object' && last !== undefined) {
    if (c.kind === 'remove') Reflect.deleteProperty(parent, last);
    else
      Object.defineProperty(parent, last, {
        value: c.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return copy;
}

/** A copy of a valid JSON document changed in one to three places (replaced, removed, added, duplicated). */
export function mutated(doc: unknown, jsonOnly = true): fc.Arbitrary<unknown> {
  const paths = jsonPaths(doc);
  const path = fc.constantFrom(...paths);
  const oneChange: fc.Arbitrary<Change> = fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostileValue(jsonOnly) }),
      weight: 5,
    },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), path }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path,
        key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'id', 'extra')),
        value: hostileValue(jsonOnly),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path }), weight: 1 },
  );
  return fc.array(oneChange, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce(change, doc));
}

/** Words that must never reach a person: a value that leaked into text without being checked. */
export const MACHINE_WORDS = /\bundefined\b|\bNaN\b|\[object Object\]|\bInvalid Date\b|\bInfinity\b/;
