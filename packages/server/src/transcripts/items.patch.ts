import { EXTRACT_KINDS } from '@iep/core';
import { ITEM_STATUSES, type ItemPatchBody } from '@iep/core/contract';
import { DateTime } from 'luxon';
import { z } from 'zod';

// The changes a parent may make to an item, checked into plain messages (a 400 says what to send instead).

/** The contract's body (PATCH .../items/:itemId); the checks below keep their own plain messages. */
export type ItemPatch = ItemPatchBody;

export const BAD_DUE =
  'Write the date as YYYY-MM-DD, like 2026-12-14, and make it a real day. Send null when no date was set.';
const EMPTY_PATCH = 'Send at least one change: status, kind, text, who, due or done.';

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isRealDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

const patchSchema = z
  .strictObject(
    {
      status: z.enum(ITEM_STATUSES, {
        error: 'Pick a status: suggested, confirmed or dropped.',
      }),
      kind: z.enum(EXTRACT_KINDS, { error: `Pick a kind: ${EXTRACT_KINDS.join(', ')}.` }),
      text: z
        .string({ error: 'Write the item as text.' })
        .trim()
        .min(1, 'The item cannot be empty. Write what was said, or drop the item.')
        .max(2000, 'Keep the item under 2000 characters.'),
      who: z
        .string({ error: 'Write who as a name, or send null when nobody was named.' })
        .trim()
        .max(200, 'Keep the name under 200 characters.')
        .nullable()
        .transform((who) => (who === '' ? null : who)),
      due: z.string({ error: BAD_DUE }).refine(isRealDay, { message: BAD_DUE }).nullable(),
      done: z.boolean({ error: 'Send done as true or false.' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'Only status, kind, text, who, due and done can be changed.'
          : 'Send the changes as a JSON object.',
    },
  )
  .partial();

export type PatchCheck = { ok: true; patch: ItemPatch } | { ok: false; message: string };

export function checkItemPatch(body: unknown): PatchCheck {
  const parsed = patchSchema.safeParse(body ?? {});
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? EMPTY_PATCH };
  const patch: ItemPatch = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined) Object.assign(patch, { [key]: value });
  }
  if (Object.keys(patch).length === 0) return { ok: false, message: EMPTY_PATCH };
  return { ok: true, patch };
}
