import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of the evidence binder's routes, see route-matrix.ts. Who of the members may call each is in
// sharing/route-permissions.ts (build and the PDF: owner, co-parent, advocate; the ZIP with audio: owner and
// co-parent; the list and the state: every member).

const c = (w: World) => `/api/cases/${w.caseId}`;
const build = (w: World) => `${c(w)}/evidence-binders/${w.evidenceBuildId}`;

export const EVIDENCE_ROUTES: RouteEntry[] = [
  {
    route: 'GET /api/cases/:id/evidence-binder/materials',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/evidence-binder/materials` }),
  },
  {
    route: 'POST /api/cases/:id/evidence-binders',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/evidence-binders`,
      body: { purpose: 'mediation', include: [`document:${w.iepDocumentId}`] },
    }),
  },
  {
    route: 'GET /api/cases/:id/evidence-binders',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/evidence-binders` }),
  },
  {
    route: 'GET /api/cases/:id/evidence-binders/:buildId',
    access: 'case-read',
    request: (w) => ({ url: build(w) }),
  },
  {
    route: 'GET /api/cases/:id/evidence-binders/:buildId/binder.pdf',
    access: 'case-read',
    request: (w) => ({ url: `${build(w)}/binder.pdf` }),
  },
  {
    route: 'GET /api/cases/:id/evidence-binders/:buildId/originals.zip',
    access: 'case-read',
    request: (w) => ({ url: `${build(w)}/originals.zip` }),
  },
  {
    route: 'DELETE /api/cases/:id/evidence-binders/:buildId',
    access: 'case-write',
    order: 8,
    request: (w) => ({ url: `${c(w)}/evidence-binders/${w.spareEvidenceBuildId}` }),
  },
];
