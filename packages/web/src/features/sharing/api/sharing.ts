import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

// Sharing a case (docs/api.md, "Sharing a case"): members, invitations, joining with a link, the caseload.
// The join page's check runs signed out, so it is quiet401.

const enc = encodeURIComponent;

export const sharingApi = {
  members: (caseId: string) =>
    request<ResponseOf<'GET /api/cases/:id/members'>>('GET', `${caseUrl(caseId)}/members`),
  invite: (caseId: string, body: BodyOf<'POST /api/cases/:id/invitations'>) =>
    request<ResponseOf<'POST /api/cases/:id/invitations'>>('POST', `${caseUrl(caseId)}/invitations`, {
      body,
    }),
  revokeInvitation: (caseId: string, invitationId: string) =>
    request<null>('DELETE', `${caseUrl(caseId)}/invitations/${enc(invitationId)}`),
  setMemberAudio: (caseId: string, memberId: string, audioGranted: boolean) =>
    request<ResponseOf<'PATCH /api/cases/:id/members/:memberId'>>(
      'PATCH',
      `${caseUrl(caseId)}/members/${enc(memberId)}`,
      { body: { audioGranted } satisfies BodyOf<'PATCH /api/cases/:id/members/:memberId'> },
    ),
  removeMember: (caseId: string, memberId: string) =>
    request<null>('DELETE', `${caseUrl(caseId)}/members/${enc(memberId)}`),
  check: (token: string) =>
    request<ResponseOf<'POST /api/case-invitations/check'>>('POST', '/api/case-invitations/check', {
      body: { token },
      quiet401: true,
    }),
  accept: (token: string) =>
    request<ResponseOf<'POST /api/case-invitations/accept'>>('POST', '/api/case-invitations/accept', {
      body: { token },
    }),
  caseload: () => request<ResponseOf<'GET /api/caseload'>>('GET', '/api/caseload'),
};
