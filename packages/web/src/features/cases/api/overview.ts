import type { ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// The lists the case overview counts for its cards' summary lines. Called from here, not through the letters,
// recordings and binder features, so the cases feature does not import the features that import it.
export const overviewApi = {
  letters: (id: string) => request<ResponseOf<'GET /api/cases/:id/letters'>>('GET', `${caseUrl(id)}/letters`),
  recordings: (id: string) =>
    request<ResponseOf<'GET /api/cases/:id/recordings'>>('GET', `${caseUrl(id)}/recordings`),
  documents: (id: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents'>>('GET', `${caseUrl(id)}/documents`),
};
