import { z } from 'zod';
import { homeSchema } from './home.js';
import { json, type RouteContract } from './route-types.js';

// The home page's one route: per user, over every case they own or are a member of.

export const HOME_ROUTES = {
  'GET /api/home': {
    summary:
      'Your cases (your own and those shared with you), each with its next meeting, the next three steps, what is late and how much of the plan is done.',
    status: 200,
    // Another moment than the server's (like the plan's): what the home will say then.
    query: z.object({ now: z.string().optional() }),
    answer: json(homeSchema),
  },
} as const satisfies Record<string, RouteContract>;
