import type { z } from 'zod';
import { ANSWER_ROUTES } from './routes-answers.js';
import { BINDER_ROUTES } from './routes-binder.js';
import { CASE_ROUTES } from './routes-cases.js';
import { COMPANION_ROUTES } from './routes-companion.js';
import { ESCALATION_ROUTES } from './routes-escalation.js';
import { EVIDENCE_BINDER_ROUTES } from './routes-evidence-binder.js';
import { DOCUMENT_CHECK_ROUTES } from './routes-document-checks.js';
import { LETTER_ROUTES } from './routes-letters.js';
import { NOTICE_CHECK_ROUTES } from './routes-notice-check.js';
import { LINK_ROUTES } from './routes-links.js';
import { RECORDING_ROUTES } from './routes-recordings.js';
import { SPEECH_MODEL_ROUTES } from './routes-speech-models.js';
import { TRANSCRIPT_ROUTES } from './routes-transcripts.js';
import { SHARING_ROUTES } from './routes-sharing.js';
import { GUEST_ROUTES } from './routes-guests.js';
import { HOME_ROUTES } from './routes-home.js';
import type { HttpMethod, RouteContract } from './route-types.js';

// Every route the server registers, keyed "METHOD /path" exactly as Fastify registers it: what it takes and what it
// answers. A server test checks this list against Fastify's routes and parses real answers with these schemas; a
// docs test checks docs/api.md against it.

export const ROUTES = {
  ...CASE_ROUTES,
  ...LETTER_ROUTES,
  ...RECORDING_ROUTES,
  ...COMPANION_ROUTES,
  ...TRANSCRIPT_ROUTES,
  ...SPEECH_MODEL_ROUTES,
  ...BINDER_ROUTES,
  ...ESCALATION_ROUTES,
  ...NOTICE_CHECK_ROUTES,
  ...DOCUMENT_CHECK_ROUTES,
  ...LINK_ROUTES,
  ...ANSWER_ROUTES,
  ...SHARING_ROUTES,
  ...EVIDENCE_BINDER_ROUTES,
  ...GUEST_ROUTES,
  ...HOME_ROUTES,
} as const satisfies Record<string, RouteContract>;

export type RouteKey = keyof typeof ROUTES;

type Routes = typeof ROUTES;
/** The JSON a route answers with, for routes that answer JSON. */
export type ResponseOf<K extends RouteKey> = Routes[K]['answer'] extends { kind: 'json'; schema: infer S }
  ? S extends z.ZodType
    ? z.output<S>
    : never
  : never;
/** The JSON body a route takes (what a caller may send). */
export type BodyOf<K extends RouteKey> = Routes[K] extends { body: infer S }
  ? S extends z.ZodType
    ? z.input<S>
    : never
  : never;

/** A route key split into its method and path. */
export function routeParts(key: string): { method: HttpMethod; path: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space) as HttpMethod, path: key.slice(space + 1) };
}

/** Every route as [key, contract], in the table's order. */
export function routeEntries(): [RouteKey, RouteContract][] {
  return Object.entries(ROUTES) as [RouteKey, RouteContract][];
}
