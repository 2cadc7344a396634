import { audioIsGrantable } from '@iep/core';
import type { CaseMember } from '@iep/core/contract';
import { useState } from 'react';
import { AudioGrantSwitch } from './AudioGrantSwitch';
import { REMOVE_WARNING } from '../lib/sharing-text';
import { roleName } from '../lib/role-words';

/**
 * The case's members with their role; the owner gets "Remove" (asked twice) on everyone but themselves, and the
 * audio switch on each advocate. Others see which advocates may download recordings.
 */
export function MemberList({
  members,
  canManage,
  onRemove,
  onAudio,
  busy,
}: {
  members: CaseMember[];
  canManage: boolean;
  onRemove: (member: CaseMember) => void;
  onAudio: (member: CaseMember, granted: boolean) => void;
  /** A change is on its way (the switches wait for it). */
  busy: boolean;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <ul className="plain-list card-list" aria-label="People on this case">
      {members.map((member) => (
        <li key={member.id} className="card">
          <h3>{member.name}</h3>
          <p>
            {roleName(member.role)} · <span className="link-url">{member.email}</span>
          </p>
          {audioIsGrantable(member.role) ? (
            canManage ? (
              <AudioGrantSwitch member={member} busy={busy} onChange={onAudio} />
            ) : (
              <p>
                {member.audioGranted ? 'May download recordings and clips.' : 'Cannot download recordings.'}
              </p>
            )
          ) : null}
          {canManage && member.role !== 'owner' ? (
            asking === member.id ? (
              <div className="notice warning" role="alert">
                <p>
                  Remove {member.name} from this case? {REMOVE_WARNING}
                </p>
                <div className="actions">
                  <button type="button" className="danger small" onClick={() => onRemove(member)}>
                    Yes, remove {member.name}
                  </button>
                  <button type="button" className="secondary small" onClick={() => setAsking(null)}>
                    Keep {member.name}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="danger small" onClick={() => setAsking(member.id)}>
                Remove<span className="visually-hidden"> {member.name}</span>
              </button>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
