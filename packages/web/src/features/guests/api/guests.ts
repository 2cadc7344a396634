import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { meetingUrl } from '../../../api/urls';

// Guests at the table (docs/api.md, "Guests at the table"): the family's guest codes, and the guest's own calls.
// A guest has no account session: their 401 means "your access ended", never "sign in" (quiet401).

const codesUrl = (caseId: string, meetingId: string) => `${meetingUrl(caseId, meetingId)}/guest-codes`;

export const guestsApi = {
  make: (caseId: string, meetingId: string) =>
    request<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/guest-codes'>>(
      'POST',
      codesUrl(caseId, meetingId),
    ),
  list: (caseId: string, meetingId: string) =>
    request<ResponseOf<'GET /api/cases/:id/meetings/:meetingId/guest-codes'>>(
      'GET',
      codesUrl(caseId, meetingId),
    ),
  end: (caseId: string, meetingId: string, codeId: string) =>
    request<null>('DELETE', `${codesUrl(caseId, meetingId)}/${encodeURIComponent(codeId)}`),
  join: (body: BodyOf<'POST /api/guest/join'>) =>
    request<ResponseOf<'POST /api/guest/join'>>('POST', '/api/guest/join', { body, quiet401: true }),
  companion: () =>
    request<ResponseOf<'GET /api/guest/companion'>>('GET', '/api/guest/companion', { quiet401: true }),
  add: (csrf: string, body: BodyOf<'POST /api/guest/companion/entries'>) =>
    request<ResponseOf<'POST /api/guest/companion/entries'>>('POST', '/api/guest/companion/entries', {
      body,
      csrf,
      quiet401: true,
    }),
};
