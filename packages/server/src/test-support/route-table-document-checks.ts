import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of the binder's checks (an IEP against a meeting, a progress report against the data).

const c = (w: World) => `/api/cases/${w.caseId}`;

export const DOCUMENT_CHECK_ROUTES: RouteEntry[] = [
  {
    route: 'GET /api/cases/:id/documents/:documentId/meeting-compare',
    access: 'case-read',
    request: (w) => ({
      url: `${c(w)}/documents/${w.iepDocumentId}/meeting-compare?meetingId=${w.meetingId}`,
    }),
  },
  {
    route: 'GET /api/cases/:id/documents/:documentId/progress-check',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/documents/${w.progressDocumentId}/progress-check` }),
  },
];
