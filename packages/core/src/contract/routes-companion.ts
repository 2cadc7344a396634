import {
  companionEntriesAckSchema,
  companionEntriesBodySchema,
  companionFollowUpSchema,
  companionSchema,
} from './companion.js';
import { json, type RouteContract } from './route-types.js';

// The routes of the meeting companion (the parent's taps and notes at the table).

export const COMPANION_ROUTES = {
  'GET /api/cases/:id/meetings/:meetingId/companion': {
    summary:
      "A meeting's companion: the agenda from the parent's concerns, the roster, every tap stored and their state.",
    status: 200,
    answer: json(companionSchema),
  },
  'POST /api/cases/:id/meetings/:meetingId/companion/entries': {
    summary:
      'Stores taps and notes in order; an id already stored is kept as it was (a resend changes nothing).',
    status: 200,
    body: companionEntriesBodySchema,
    answer: json(companionEntriesAckSchema),
  },
  'POST /api/cases/:id/meetings/:meetingId/companion/follow-up': {
    summary: 'Drafts the follow-up email (and the Notice of Action request) from the taps and notes.',
    status: 200,
    answer: json(companionFollowUpSchema),
  },
} as const satisfies Record<string, RouteContract>;
