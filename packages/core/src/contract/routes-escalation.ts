import { json, type RouteContract } from './route-types.js';
import { escalationPageSchema, escalationQuerySchema, knownDateBodySchema } from './escalation.js';

// The routes of the escalation page: the ways up with their time limits, and the parent's "date you knew".

export const ESCALATION_ROUTES = {
  'GET /api/cases/:id/escalation': {
    summary:
      "The ways up for the case's plan (IEP or 504), each with its legal basis and its time limits counted from the case's events, and who can help.",
    status: 200,
    query: escalationQuerySchema,
    answer: json(escalationPageSchema),
  },
  'PUT /api/cases/:id/escalation/known-dates/:eventId': {
    summary:
      'Sets (or, with null, clears) the day the parent knew of one event; the due process window counts from it. Answers the page.',
    status: 200,
    body: knownDateBodySchema,
    answer: json(escalationPageSchema),
  },
} as const satisfies Record<string, RouteContract>;
