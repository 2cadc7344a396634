import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of the answer tracker's routes, see route-matrix.ts.

const answers = (w: World) => `/api/cases/${w.caseId}/answers`;

export const ANSWER_ROUTES: RouteEntry[] = [
  {
    route: 'GET /api/cases/:id/answers',
    access: 'case-read',
    request: (w) => ({ url: answers(w) }),
  },
  {
    route: 'PUT /api/cases/:id/answers/:itemId',
    access: 'case-write',
    request: (w) => ({ url: `${answers(w)}/${w.answerItemId}`, body: { documentId: w.documentId } }),
    attacks: [
      {
        name: "marks the stranger's own item answered with the owner's document",
        // The stranger's own case and item: the owner's document is not in it (404, nothing changes).
        request: (owner, stranger) => ({
          url: `${answers(stranger)}/${stranger.answerItemId}`,
          body: { documentId: owner.documentId },
        }),
      },
    ],
  },
  {
    route: 'DELETE /api/cases/:id/answers/:itemId',
    access: 'case-write',
    // After the mark is made.
    order: 5,
    request: (w) => ({ url: `${answers(w)}/${w.answerItemId}` }),
  },
];
