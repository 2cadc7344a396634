import { z } from 'zod';

// Helpers for the HTTP contract's schemas.

type KeyRule = 'required' | 'optional';

/**
 * A value core computes and the server sends as is (a plan, an analysis, a letter): its type is core's own, and the
 * schema checks the keys at the top level exactly (no key missing, none extra). `keys` must name every key of T,
 * so a key added to core's type without a word here is a compile error. Phase two may describe these in depth.
 */
export function coreShape<T extends object>(name: string, keys: { [K in keyof Required<T>]: KeyRule }) {
  const all = Object.keys(keys);
  const required = all.filter((k) => keys[k as keyof T] === 'required');
  return z.custom<T>(
    (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const own = Object.keys(value);
      return own.every((k) => all.includes(k)) && required.every((k) => own.includes(k));
    },
    { error: `Expected ${name} with exactly the keys ${all.join(', ')}.` },
  );
}

/**
 * Ties a schema to a type core declares (core keeps its types; the contract only describes them for the wire): a
 * key or a field type that differs in either direction is a compile error. Use: `matching<SegmentView>()(schema)`.
 */
export const matching =
  <T>() =>
  <S extends z.ZodType<T>>(schema: S & ([T] extends [z.output<S>] ? unknown : never)): S =>
    schema;

/** An instant or a local date-time as the server writes it (ISO 8601). */
export const isoText = z.string().min(1);
/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An id the server or the case file made. */
export const id = z.string().min(1);
