import { audioIsGrantable, isCaseRole } from '@iep/core';
import type { Storage } from '../db/open-storage.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { SharingError } from './case-invitations.service.js';
import { findMember, listMembers, setAudioGrant, type MemberRow } from './members.repository.js';

// The owner's audio grant for one member (core's GRANTABLE_PERMISSIONS: an advocate). The access check reads it
// on every request, like the membership itself, so a withdrawal holds from the member's next request. Each change
// goes on the case's paper trail.

export const AUDIO_GRANT_MESSAGES = {
  memberNotFound: 'This member was not found. They may have been removed already.',
  notGrantable:
    'Only an advocate can be given or denied recordings. Owners and co-parents always have them, and viewers never do.',
} as const;

/** Grants (`granted` true) or withdraws audio for a member; answers the member as the members list shows them. */
export async function setMemberAudio(
  storage: Storage,
  input: { caseId: string; memberId: string; granted: boolean; by: { id: string; name: string } },
  now: Date,
): Promise<MemberRow> {
  const at = now.toISOString();
  await storage.db.transaction().execute(async (trx) => {
    const member = await findMember(trx, input.caseId, input.memberId);
    if (!member || !isCaseRole(member.role)) throw new SharingError(404, AUDIO_GRANT_MESSAGES.memberNotFound);
    if (!audioIsGrantable(member.role)) throw new SharingError(409, AUDIO_GRANT_MESSAGES.notGrantable);
    // Asking again for what is already so changes nothing (not the grant's date, not the paper trail).
    if ((member.audioGrantedAt !== null) === input.granted) return;
    await setAudioGrant(trx, input.memberId, input.granted ? { by: input.by.id, at } : null);
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at,
      kind: input.granted ? 'member.audio-granted' : 'member.audio-withdrawn',
      data: {
        userId: input.by.id,
        name: input.by.name,
        memberUserId: member.userId,
        memberName: member.name,
        role: member.role,
      },
    });
  });
  const members = await listMembers(storage.db, input.caseId);
  const found = members.find((m) => m.id === input.memberId);
  if (!found) throw new SharingError(404, AUDIO_GRANT_MESSAGES.memberNotFound);
  return found;
}
