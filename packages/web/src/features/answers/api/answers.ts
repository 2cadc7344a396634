import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Calls of the answer tracker's routes (docs/api.md, "What the school owes"); the shapes are the HTTP contract's.

const itemUrl = (caseId: string, itemId: string) =>
  `${caseUrl(caseId)}/answers/${encodeURIComponent(itemId)}`;

export const answersApi = {
  list: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/answers'>>('GET', `${caseUrl(caseId)}/answers`),
  mark: (caseId: string, itemId: string, body: BodyOf<'PUT /api/cases/:id/answers/:itemId'>) =>
    request<ResponseOf<'PUT /api/cases/:id/answers/:itemId'>>('PUT', itemUrl(caseId, itemId), { body }),
  unmark: (caseId: string, itemId: string) =>
    request<ResponseOf<'DELETE /api/cases/:id/answers/:itemId'>>('DELETE', itemUrl(caseId, itemId)),
};
