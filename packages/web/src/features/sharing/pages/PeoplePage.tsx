import { CASE_ROLES, PERMISSION_REFUSALS, roleMay } from '@iep/core';
import type { CaseInvitation, CaseMember } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { sharingApi } from '../api/sharing';
import { InviteForm } from '../components/InviteForm';
import { MemberList } from '../components/MemberList';
import { PendingInvitations } from '../components/PendingInvitations';
import { NoCaseAccess } from '../components/NoCaseAccess';
import { roleName, roleSummary } from '../lib/role-words';
import { PEOPLE_INTRO } from '../lib/sharing-text';

/** "People on this case": members and roles for everyone; inviting, cancelling and removing for the owner only. */
export function PeoplePage() {
  const { caseId = '' } = useParams();
  const { data, error, reload } = useLoad(() => sharingApi.members(caseId), `members:${caseId}`);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const caseLink = `/cases/${encodeURIComponent(caseId)}`;

  if (error?.status === 404) return <NoCaseAccess />;

  // The message is said once the list is read again, so what it says ("can no longer download") and what the
  // page shows (the switch off) never disagree, on screen or to a screen reader.
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    let said: string;
    try {
      await work();
      said = done;
    } catch (e) {
      said = e instanceof ApiError ? e.message : 'That did not work. Please try again.';
    }
    await reload();
    setMessage(said);
    setBusy(false);
  };
  const remove = (member: CaseMember) =>
    void act(
      () => sharingApi.removeMember(caseId, member.id),
      `${member.name} is removed. They can no longer open this case.`,
    );
  const setAudio = (member: CaseMember, audioGranted: boolean) =>
    void act(
      () => sharingApi.setMemberAudio(caseId, member.id, audioGranted),
      audioGranted
        ? `Saved. ${member.name} may now download recordings and clips.`
        : `Saved. ${member.name} can no longer download recordings or clips.`,
    );
  const revoke = (invitation: CaseInvitation) =>
    void act(
      () => sharingApi.revokeInvitation(caseId, invitation.id),
      `The link for ${invitation.email} is cancelled. It no longer works.`,
    );

  const canManage = data ? roleMay(data.yourRole, 'manage-members') : false;
  return (
    <>
      <PageHeading>People on this case</PageHeading>
      <p>
        <Link to={caseLink}>Back to the case</Link>
      </p>
      <p>{PEOPLE_INTRO}</p>
      <StatusMessage message={message} />
      {error ? (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      {!data && !error ? <p className="loading">Loading the people on this case…</p> : null}
      {data ? (
        <>
          <p>Your role: {roleName(data.yourRole)}.</p>
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">Who can open this case</h2>
            <MemberList
              members={data.members}
              canManage={canManage}
              onRemove={remove}
              onAudio={setAudio}
              busy={busy}
            />
          </section>
          {canManage ? (
            <>
              <InviteForm
                caseId={caseId}
                onMade={(made) => {
                  setMessage(made);
                  void reload();
                }}
              />
              <PendingInvitations invitations={data.invitations} onRevoke={revoke} />
            </>
          ) : (
            <p>{PERMISSION_REFUSALS['manage-members']}</p>
          )}
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">What each role can do</h2>
            <dl className="role-list">
              {CASE_ROLES.map((role) => (
                <div key={role}>
                  <dt>{roleName(role)}</dt>
                  <dd>{roleSummary(role)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      ) : null}
    </>
  );
}
