// The HTTP contract (docs/api.md), imported as `@iep/core/contract`: zod schemas and types of everything the API
// takes and answers, per feature, the small shared lists, and the routes table. Server, web and tests read the wire
// shapes from here. (A subpath of its own: names like SentLetter or Session mean other things in core's root.)
export * from './enums.js';
export * from './errors.js';
export * from './accounts.js';
export * from './cases.js';
export * from './plan.js';
export * from './data.js';
export * from './letters.js';
export * from './recordings.js';
export * from './transcripts.js';
export * from './companion.js';
export * from './speech-models.js';
export * from './binder.js';
export * from './escalation.js';
export * from './notice-check.js';
export * from './document-checks.js';
export * from './links.js';
export * from './answers.js';
export * from './sharing.js';
export * from './guests.js';
export type { HttpMethod, RouteAnswer, RouteContract } from './route-types.js';
export * from './routes.js';
export * from './evidence-binder.js';
export * from './home.js';
