import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

// PostgreSQL refuses a NUL character (U+0000) in text, so a note, a name or a search with one ended in a 500 there
// and was saved on SQLite. No one types it; it comes from pasted binary or a broken client. Refused for every route
// at the door, the same on both databases: in a JSON body (values and keys, JSON writes it as \u0000) and in the
// address (%00, in the path or the query). An upload's bytes are not read; its file name and form fields are checked
// where they are read (uploads.routes.ts, binder.routes.ts, data.routes.ts).

export const NULL_CHARACTER =
  'This request has a hidden null character in its text, and it cannot be saved. Remove it, or paste the text again as plain text.';

/** Whether a parsed JSON value holds U+0000 in any string, as a value or as a key. */
export function holdsNullCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) pending.push(...(item as unknown[]));
    else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/** An address that decodes to a NUL: %00 anywhere in the path or the query (a raw NUL cannot be sent). */
export function addressHasNullCharacter(url: string): boolean {
  return /%00/i.test(url);
}

/** onRequest hook: an address with %00 is refused before any route reads it. */
export async function nullCharacterAddressGuard(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  if (addressHasNullCharacter(request.url)) throw new HttpError(400, NULL_CHARACTER);
}
