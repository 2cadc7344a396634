import {
  acceptedCaseInvitationSchema,
  caseInvitationCheckSchema,
  caseInvitationTokenBodySchema,
  caseMembersSchema,
  caseloadSchema,
  createdCaseInvitationSchema,
  inviteBodySchema,
  memberPatchBodySchema,
  caseMemberSchema,
} from './sharing.js';
import { empty, json, type RouteContract } from './route-types.js';

// The routes of sharing a case: members, invitations, joining, and the caseload of the cases shared with you.

export const SHARING_ROUTES = {
  'GET /api/cases/:id/members': {
    summary:
      "The case's members with their roles, your own role, and (for the owner) the pending invitations.",
    status: 200,
    answer: json(caseMembersSchema),
  },
  'POST /api/cases/:id/invitations': {
    summary:
      'Owner only: invites an email as co-parent, advocate or viewer; answers the one-time link (7 days, single use).',
    status: 201,
    body: inviteBodySchema,
    answer: json(createdCaseInvitationSchema),
  },
  'DELETE /api/cases/:id/invitations/:invitationId': {
    summary: 'Owner only: cancels an invitation that was not used yet; its link stops working at once.',
    status: 204,
    answer: empty,
  },
  'PATCH /api/cases/:id/members/:memberId': {
    summary:
      'Owner only: lets an advocate download recordings and clips, or stops it (from their next request); answers the member.',
    status: 200,
    body: memberPatchBodySchema,
    answer: json(caseMemberSchema),
  },
  'DELETE /api/cases/:id/members/:memberId': {
    summary: 'Owner only: removes a member; their next request on the case is refused.',
    status: 204,
    answer: empty,
  },
  'POST /api/case-invitations/check': {
    summary:
      'The join page asks what its link is for: the invited email, the role, whether the link works and whether that email has an account.',
    status: 200,
    body: caseInvitationTokenBodySchema,
    answer: json(caseInvitationCheckSchema),
  },
  'POST /api/case-invitations/accept': {
    summary: 'The signed-in invitee (with the invited email) joins the case with the role of the link.',
    status: 200,
    body: caseInvitationTokenBodySchema,
    answer: json(acceptedCaseInvitationSchema),
  },
  'GET /api/caseload': {
    summary:
      'The cases shared with you: each with its next meeting, how many steps are overdue and what the family asked you to look at.',
    status: 200,
    answer: json(caseloadSchema),
  },
} as const satisfies Record<string, RouteContract>;
