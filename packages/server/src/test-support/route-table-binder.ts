import { multipart } from './multipart.js';
import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of the binder's routes (documents and the one search), see route-matrix.ts.

const c = (w: World) => `/api/cases/${w.caseId}`;
const doc = (w: World) => `${c(w)}/documents/${w.documentId}`;

const letterForm = (w: World) => {
  const form = multipart(
    { kind: 'email', receivedOn: '2026-11-30' },
    { name: 'reply.txt', data: Buffer.from(`A reply about ${w.marker}, sent ${w.caseId}.`) },
  );
  return { payload: form.payload, headers: { 'content-type': form.type } };
};

export const BINDER_ROUTES: RouteEntry[] = [
  {
    route: 'GET /api/cases/:id/documents',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/documents` }),
  },
  {
    route: 'POST /api/cases/:id/documents',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/documents`, ...letterForm(w) }),
  },
  {
    route: 'GET /api/cases/:id/documents/:documentId',
    access: 'case-read',
    request: (w) => ({ url: doc(w) }),
  },
  {
    route: 'PATCH /api/cases/:id/documents/:documentId',
    access: 'case-write',
    request: (w) => ({
      url: doc(w),
      body: { kind: 'pwn', tab: 'communication', documentDate: '2026-11-20' },
    }),
  },
  {
    route: 'DELETE /api/cases/:id/documents/:documentId',
    access: 'case-delete',
    order: 8,
    request: (w) => ({ url: doc(w) }),
  },
  {
    route: 'GET /api/cases/:id/documents/:documentId/file',
    access: 'case-read',
    request: (w) => ({ url: `${doc(w)}/file` }),
  },
  {
    route: 'POST /api/cases/:id/documents/:documentId/retry',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/documents/${w.spareDocumentId}/retry` }),
  },
  {
    route: 'GET /api/cases/:id/documents/:documentId/notice-check',
    access: 'case-read',
    request: (w) => ({ url: `${doc(w)}/notice-check` }),
  },
  {
    route: 'GET /api/cases/:id/search',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/search?q=notice` }),
  },
];
