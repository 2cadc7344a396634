import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';
import { holdsNullCharacter, NULL_CHARACTER } from './null-character.js';

// JSON bodies nested thousands deep reached recursive code (validation, cloning) and ended in a 500. The depth is
// counted by a plain loop over the text BEFORE JSON.parse (strings skipped, escapes honored); then Fastify's own
// parser runs, with its prototype-poisoning protection.

export const MAX_JSON_DEPTH = 64;
export const TOO_DEEP = `This request has data nested too deeply (more than ${MAX_JSON_DEPTH} levels). Send simpler data.`;

/** The deepest nesting of [ and { in a JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Replaces the application/json parser of the app (and every plugin registered after) with one that checks the depth
 * first and refuses a NUL character in any string after (null-character.ts).
 */
export function registerJsonDepthLimit(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(new HttpError(400, TOO_DEEP), undefined);
      return;
    }
    parse(request, text, (error: Error | null, value?: unknown) => {
      if (error === null && holdsNullCharacter(value)) done(new HttpError(400, NULL_CHARACTER), undefined);
      else done(error, value);
    });
  });
}
