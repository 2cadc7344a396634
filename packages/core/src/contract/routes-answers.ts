import { json, type RouteContract } from './route-types.js';
import { answerListSchema, answerMarkBodySchema } from './answers.js';

// The routes of the answer tracker.

export const ANSWER_ROUTES = {
  'GET /api/cases/:id/answers': {
    summary:
      'What the school owes: each letter’s deadline and each meeting promise, waiting, answered or late.',
    status: 200,
    answer: json(answerListSchema),
  },
  'PUT /api/cases/:id/answers/:itemId': {
    summary: 'Marks an item answered, with the document that answered it (or none).',
    status: 200,
    body: answerMarkBodySchema,
    answer: json(answerListSchema),
  },
  'DELETE /api/cases/:id/answers/:itemId': {
    summary: 'Takes back the mark that an item was answered.',
    status: 200,
    answer: json(answerListSchema),
  },
} as const satisfies Record<string, RouteContract>;
