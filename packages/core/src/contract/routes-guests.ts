import {
  guestCodesSchema,
  guestCompanionSchema,
  guestEntriesAckSchema,
  guestEntriesBodySchema,
  guestJoinBodySchema,
  newGuestCodeSchema,
} from './guests.js';
import { empty, json, type RouteContract } from './route-types.js';

// The routes of guests at the table: the family's (make, list, end a code) and the guest's own, which answer only
// to the guest cookie a code started and only about that one meeting's companion.

export const GUEST_ROUTES = {
  'POST /api/cases/:id/meetings/:meetingId/guest-codes': {
    summary: "Makes a one-time guest code for this meeting's companion (it ends with the meeting).",
    status: 201,
    answer: json(newGuestCodeSchema),
  },
  'GET /api/cases/:id/meetings/:meetingId/guest-codes': {
    summary: "This meeting's guest codes and who joined with them (never the codes themselves).",
    status: 200,
    answer: json(guestCodesSchema),
  },
  'DELETE /api/cases/:id/meetings/:meetingId/guest-codes/:codeId': {
    summary: "Ends a guest's access at once: the code and the guest's session stop working.",
    status: 204,
    answer: empty,
  },
  'POST /api/guest/join': {
    summary: 'Guest: types the code and a name; starts the guest session (its own cookie) for that meeting.',
    status: 200,
    body: guestJoinBodySchema,
    answer: json(guestCompanionSchema),
  },
  'GET /api/guest/companion': {
    summary: "Guest: the meeting's cards and notes, each with who added it.",
    status: 200,
    answer: json(guestCompanionSchema),
  },
  'POST /api/guest/companion/entries': {
    summary: 'Guest: adds notes and outcome taps (an id already stored is kept as it was).',
    status: 200,
    body: guestEntriesBodySchema,
    answer: json(guestEntriesAckSchema),
  },
} as const satisfies Record<string, RouteContract>;
