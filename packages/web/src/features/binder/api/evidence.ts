import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Calls of the evidence binder's routes (docs/api.md, "Evidence binder"); the shapes are the HTTP contract's.

const enc = encodeURIComponent;
const buildUrl = (caseId: string, buildId: string) => `${caseUrl(caseId)}/evidence-binders/${enc(buildId)}`;

export const evidenceApi = {
  materials: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/evidence-binder/materials'>>(
      'GET',
      `${caseUrl(caseId)}/evidence-binder/materials`,
    ),
  builds: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/evidence-binders'>>('GET', `${caseUrl(caseId)}/evidence-binders`),
  start: (caseId: string, body: BodyOf<'POST /api/cases/:id/evidence-binders'>) =>
    request<ResponseOf<'POST /api/cases/:id/evidence-binders'>>(
      'POST',
      `${caseUrl(caseId)}/evidence-binders`,
      {
        body,
      },
    ),
  remove: (caseId: string, buildId: string) => request<undefined>('DELETE', buildUrl(caseId, buildId)),
  pdfUrl: (caseId: string, buildId: string) => `${buildUrl(caseId, buildId)}/binder.pdf`,
  zipUrl: (caseId: string, buildId: string) => `${buildUrl(caseId, buildId)}/originals.zip`,
};
