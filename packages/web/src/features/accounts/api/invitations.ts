import type { AccountInvitation, InvitationCheck } from '@iep/core/contract';
import { request } from '../../../api/client';

export const invitationsApi = {
  checkInvitation: (token: string) =>
    request<InvitationCheck>('POST', '/api/auth/invitation', { body: { token }, quiet401: true }),
  listAccountInvitations: () =>
    request<{ invitations: AccountInvitation[] }>('GET', '/api/account-invitations'),
  inviteAccount: (email: string) =>
    request<{ invitation: AccountInvitation; link: string }>('POST', '/api/account-invitations', {
      body: { email },
    }),
  revokeAccountInvitation: (id: string) =>
    request<undefined>('DELETE', `/api/account-invitations/${encodeURIComponent(id)}`),
};
