import type { CaseInvitation } from '@iep/core/contract';
import { dayText } from '../../links/lib/link-words';
import { roleName } from '../lib/role-words';

/** Links the owner made that nobody used yet, each with "Cancel the link". */
export function PendingInvitations({
  invitations,
  onRevoke,
}: {
  invitations: CaseInvitation[];
  onRevoke: (invitation: CaseInvitation) => void;
}) {
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">Links not used yet</h2>
      {invitations.length === 0 ? (
        <p>Every link you made was used or cancelled.</p>
      ) : (
        <ul className="plain-list card-list" aria-label="Links not used yet">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="card">
              <p>
                <span className="link-url">{invitation.email}</span> as {roleName(invitation.role)}. Works
                until {dayText(invitation.expiresAt)}.
              </p>
              {invitation.note ? <p>Asked to look at: {invitation.note}</p> : null}
              <button type="button" className="secondary small" onClick={() => onRevoke(invitation)}>
                Cancel the link<span className="visually-hidden"> for {invitation.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
