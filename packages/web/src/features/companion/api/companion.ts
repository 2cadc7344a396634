import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';
import { meetingUrl } from '../../../api/urls';

const companionUrl = (id: string, meetingId: string) => `${meetingUrl(id, meetingId)}/companion`;

export type CompanionEntriesBody = BodyOf<'POST /api/cases/:id/meetings/:meetingId/companion/entries'>;

export const companionApi = {
  // The meeting companion (docs/api.md, "Meeting companion").
  companion: (id: string, meetingId: string) =>
    request<ResponseOf<'GET /api/cases/:id/meetings/:meetingId/companion'>>(
      'GET',
      companionUrl(id, meetingId),
    ),
  sendEntries: (id: string, meetingId: string, body: CompanionEntriesBody) =>
    request<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/companion/entries'>>(
      'POST',
      `${companionUrl(id, meetingId)}/entries`,
      { body },
    ),
  followUp: (id: string, meetingId: string) =>
    request<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/companion/follow-up'>>(
      'POST',
      `${companionUrl(id, meetingId)}/follow-up`,
    ),
};
