import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of the escalation page's routes, see route-matrix.ts.

const c = (w: World) => `/api/cases/${w.caseId}`;

export const ESCALATION_ROUTES: RouteEntry[] = [
  {
    route: 'GET /api/cases/:id/escalation',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/escalation` }),
  },
  {
    route: 'PUT /api/cases/:id/escalation/known-dates/:eventId',
    access: 'case-write',
    // The fixture's letter was sent on 2026-11-23 (its meeting is still to come, so it starts no window).
    request: (w) => ({
      url: `${c(w)}/escalation/known-dates/letter:${w.sentLetterId}`,
      body: { knewOn: null },
    }),
  },
];
