import type { InvitableRole } from '@iep/core';
import { acceptCaseInvitation, inviteToCase, removeCaseMember } from '../sharing/case-invitations.service.js';
import { listMembers } from '../sharing/members.repository.js';
import { exampleCase, type Session, type TestApp } from './test-app.js';

// The people around one world's case for the authorization matrix: a co-parent, an advocate and a viewer who
// joined by invitation, an advocate the owner let download recordings (invited with the audio grant), a member
// who was removed, a spare member (for the remove route), a spare advocate (to grant audio), a pending invitation
// (to cancel, and whose link the join page checks), and an invitation from a third family's case to the world's
// own email (to accept).

export type MemberCaller = 'co-parent' | 'advocate' | 'advocate-audio' | 'viewer' | 'removed';

export interface SharingWorld {
  members: Record<MemberCaller, Session>;
  /** A member nobody else uses, for DELETE /members/:memberId. */
  memberId: string;
  /** An advocate nobody else uses, for PATCH /members/:memberId (the owner grants them audio). */
  advocateMemberId: string;
  /** A pending invitation to the world's case (to cancel), and its link's token (to check). */
  caseInvitationId: string;
  caseInviteToken: string;
  /** A link to a third family's case for the world's own email (to accept). */
  acceptToken: string;
}

/** A new account that joins the case with `role` by invitation; its session. */
export async function joinCase(
  t: TestApp,
  caseId: string,
  owner: { id: string; name: string },
  role: InvitableRole,
  email: string,
  audioGranted = false,
): Promise<Session> {
  const session = await t.signUp(email);
  const { token } = await inviteToCase(
    t.storage,
    { caseId, invitedBy: owner, email, role, note: '', audioGranted },
    t.clock.now,
  );
  await acceptCaseInvitation(t.storage, token, { id: session.userId, name: email, email }, t.clock.now);
  return session;
}

export async function shareWorld(
  t: TestApp,
  name: string,
  email: string,
  session: Session,
  caseId: string,
): Promise<SharingWorld> {
  const owner = { id: session.userId, name };
  const members = {
    'co-parent': await joinCase(t, caseId, owner, 'co-parent', `${name}-coparent@example.org`),
    advocate: await joinCase(t, caseId, owner, 'advocate', `${name}-advocate@example.org`),
    'advocate-audio': await joinCase(t, caseId, owner, 'advocate', `${name}-audio@example.org`, true),
    viewer: await joinCase(t, caseId, owner, 'viewer', `${name}-viewer@example.org`),
    removed: await joinCase(t, caseId, owner, 'viewer', `${name}-removed@example.org`),
  };
  const spare = await joinCase(t, caseId, owner, 'viewer', `${name}-spare@example.org`);
  const spareAdvocate = await joinCase(t, caseId, owner, 'advocate', `${name}-spare-advocate@example.org`);
  const rows = await listMembers(t.storage.db, caseId);
  const idOf = (userId: string) => rows.find((m) => m.userId === userId)?.id ?? '';
  await removeCaseMember(t.storage, caseId, idOf(members.removed.userId), owner, t.clock.now);
  const pending = await inviteToCase(
    t.storage,
    {
      caseId,
      invitedBy: owner,
      email: `${name}-pending@example.org`,
      role: 'advocate',
      note: 'The IEP goals',
    },
    t.clock.now,
  );
  // A third family (an account with a bare case) invites the world's own email.
  const host = await t.signUp(`${name}-host@example.org`);
  const file = exampleCase();
  (file.student as { name: string }).name = `Hostchild ${name}`;
  const hostCase = await t.as(host, 'POST', '/api/cases', { student: file.student, parents: file.parents });
  if (hostCase.statusCode !== 201) throw new Error(`The host case was not made: ${hostCase.body}`);
  const accept = await inviteToCase(
    t.storage,
    {
      caseId: hostCase.json<{ id: string }>().id,
      invitedBy: { id: host.userId, name: 'host' },
      email,
      role: 'advocate',
      note: 'Please read the evaluation.',
    },
    t.clock.now,
  );
  return {
    members,
    memberId: idOf(spare.userId),
    advocateMemberId: idOf(spareAdvocate.userId),
    caseInvitationId: pending.invitation.id,
    caseInviteToken: pending.token,
    acceptToken: accept.token,
  };
}
