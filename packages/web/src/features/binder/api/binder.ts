import type { BinderTab, BodyOf, DocumentKind, ResponseOf } from '@iep/core/contract';
import { request, requestForm } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Calls of the binder's routes (docs/api.md, "Binder"); the shapes are the HTTP contract's.

const enc = encodeURIComponent;
const documentUrl = (caseId: string, documentId: string) => `${caseUrl(caseId)}/documents/${enc(documentId)}`;

export interface NewDocumentFields {
  kind?: DocumentKind | undefined;
  tab?: BinderTab | undefined;
  documentDate?: string | undefined;
  receivedOn?: string | undefined;
}

export const binderApi = {
  list: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents'>>('GET', `${caseUrl(caseId)}/documents`),
  add: (caseId: string, file: File, fields: NewDocumentFields) => {
    // The fields go before the file: the server reads them while the file streams in.
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    form.append('file', file, file.name);
    return requestForm<ResponseOf<'POST /api/cases/:id/documents'>>(`${caseUrl(caseId)}/documents`, form);
  },
  get: (caseId: string, documentId: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents/:documentId'>>('GET', documentUrl(caseId, documentId)),
  patch: (caseId: string, documentId: string, body: BodyOf<'PATCH /api/cases/:id/documents/:documentId'>) =>
    request<ResponseOf<'PATCH /api/cases/:id/documents/:documentId'>>(
      'PATCH',
      documentUrl(caseId, documentId),
      {
        body,
      },
    ),
  remove: (caseId: string, documentId: string) =>
    request<undefined>('DELETE', documentUrl(caseId, documentId)),
  retry: (caseId: string, documentId: string) =>
    request<ResponseOf<'POST /api/cases/:id/documents/:documentId/retry'>>(
      'POST',
      `${documentUrl(caseId, documentId)}/retry`,
    ),
  noticeCheck: (caseId: string, documentId: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents/:documentId/notice-check'>>(
      'GET',
      `${documentUrl(caseId, documentId)}/notice-check`,
    ),
  meetingCompare: (caseId: string, documentId: string, meetingId: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents/:documentId/meeting-compare'>>(
      'GET',
      `${documentUrl(caseId, documentId)}/meeting-compare?meetingId=${enc(meetingId)}`,
    ),
  progressCheck: (caseId: string, documentId: string) =>
    request<ResponseOf<'GET /api/cases/:id/documents/:documentId/progress-check'>>(
      'GET',
      `${documentUrl(caseId, documentId)}/progress-check`,
    ),
  fileUrl: (caseId: string, documentId: string) => `${documentUrl(caseId, documentId)}/file`,
  search: (caseId: string, q: string) =>
    request<ResponseOf<'GET /api/cases/:id/search'>>('GET', `${caseUrl(caseId)}/search?q=${enc(q)}`),
};
