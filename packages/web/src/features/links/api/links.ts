import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Shared links (docs/api.md, "Shared links"): the owner's calls, and the public ones a signed-out page makes. A
// public 401 means "this link needs its passphrase", not "your session ended": those calls are quiet401.

const enc = encodeURIComponent;

export const linksApi = {
  create: (
    caseId: string,
    recordingId: string,
    body: BodyOf<'POST /api/cases/:id/recordings/:recordingId/links'>,
  ) =>
    request<ResponseOf<'POST /api/cases/:id/recordings/:recordingId/links'>>(
      'POST',
      `${caseUrl(caseId)}/recordings/${enc(recordingId)}/links`,
      { body },
    ),
  list: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/links'>>('GET', `${caseUrl(caseId)}/links`),
  revoke: (caseId: string, linkId: string) =>
    request<null>('DELETE', `${caseUrl(caseId)}/links/${enc(linkId)}`),
  createStudentView: (caseId: string, body: BodyOf<'POST /api/cases/:id/student-views'>) =>
    request<ResponseOf<'POST /api/cases/:id/student-views'>>('POST', `${caseUrl(caseId)}/student-views`, {
      body,
    }),
  revokeStudentView: (caseId: string, viewId: string) =>
    request<null>('DELETE', `${caseUrl(caseId)}/student-views/${enc(viewId)}`),
  open: (linkId: string, passphrase?: string) =>
    request<ResponseOf<'POST /api/links/:linkId/open'>>('POST', `/api/links/${enc(linkId)}/open`, {
      body: passphrase ? { passphrase } : {},
      quiet401: true,
    }),
  student: (code: string) =>
    request<ResponseOf<'GET /api/student/:code'>>('GET', `/api/student/${enc(code)}`, { quiet401: true }),
};
