import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of sharing a case: members, invitations, joining, the caseload (see route-matrix.ts). Who
// may call the case routes comes from route-permissions.ts and core's role table, not from here.

const c = (w: World) => `/api/cases/${w.caseId}`;

export const SHARING_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/case-invitations/check',
    access: 'public',
    why:
      'The join page asks what its link is for before there may be an account: answers the invited email, the ' +
      'role and whether the link works, only to the holder of the unguessable token; same-site check.',
    request: (w) => ({ url: '/api/case-invitations/check', body: { token: w.caseInviteToken } }),
  },
  {
    route: 'POST /api/case-invitations/accept',
    access: 'account',
    // Each world accepts the link a third family made for its own email.
    request: (w) => ({ url: '/api/case-invitations/accept', body: { token: w.acceptToken } }),
  },
  { route: 'GET /api/caseload', access: 'account', request: () => ({ url: '/api/caseload' }) },
  { route: 'GET /api/cases/:id/members', access: 'case-read', request: (w) => ({ url: `${c(w)}/members` }) },
  {
    route: 'POST /api/cases/:id/invitations',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/invitations`,
      body: { email: 'new-helper@example.org', role: 'viewer', note: 'The reading goal' },
    }),
  },
  {
    route: 'DELETE /api/cases/:id/invitations/:invitationId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/invitations/${w.caseInvitationId}` }),
  },
  {
    // The owner lets a spare advocate download recordings (the matrix's own granted advocate joined with it).
    route: 'PATCH /api/cases/:id/members/:memberId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/members/${w.advocateMemberId}`, body: { audioGranted: true } }),
  },
  {
    route: 'DELETE /api/cases/:id/members/:memberId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/members/${w.memberId}` }),
  },
];
