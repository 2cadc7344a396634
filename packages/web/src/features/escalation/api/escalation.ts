import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Calls of the escalation routes (docs/api.md, "Escalation"); the shapes are the HTTP contract's.

const enc = encodeURIComponent;

export const escalationApi = {
  get: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/escalation'>>('GET', `${caseUrl(caseId)}/escalation`),
  setKnownDate: (
    caseId: string,
    eventId: string,
    body: BodyOf<'PUT /api/cases/:id/escalation/known-dates/:eventId'>,
  ) =>
    request<ResponseOf<'PUT /api/cases/:id/escalation/known-dates/:eventId'>>(
      'PUT',
      `${caseUrl(caseId)}/escalation/known-dates/${enc(eventId)}`,
      { body },
    ),
};
