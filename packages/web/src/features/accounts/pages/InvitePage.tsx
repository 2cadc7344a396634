import type { AccountInvitation } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { useAuth } from '../../../api/auth';
import { ApiError } from '../../../api/client';
import { invitationsApi } from '../api/invitations';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { formatInZone } from '../../../lib/format-time';
import { copyLink, COPY_REFUSED } from '../../../lib/copy-link';

// The owner invites people to make an account: one email, one link that works once and expires. The link is
// shown only now (the server keeps only a fingerprint of it), with a Copy button; pending links can be cancelled.

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const when = (iso: string) => formatInZone(iso, ZONE, { withYear: true });

export function InvitePage() {
  const { user } = useAuth();
  const isOwner = user?.role === 'owner';
  const list = useLoad(
    () => (isOwner ? invitationsApi.listAccountInvitations() : Promise.resolve({ invitations: [] })),
    'invitations',
  );
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [made, setMade] = useState<{ invitation: AccountInvitation; link: string } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  if (!isOwner) {
    return (
      <>
        <PageHeading>Invite someone</PageHeading>
        <p>Only the owner of this app can invite people. Ask the owner to invite the person for you.</p>
      </>
    );
  }

  async function invite(event: FormEvent) {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setErrors([{ fieldId: 'invite-email', message: 'Enter their email address, like name@example.org.' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const answer = await invitationsApi.inviteAccount(email.trim());
      setMade(answer);
      setEmail('');
      setStatus(`The link for ${answer.invitation.email} is ready. Copy it and give it to them.`);
      await list.reload();
    } catch (error) {
      setErrors([
        { message: error instanceof ApiError ? error.message : 'Something went wrong. Try again.' },
      ]);
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    setStatus(
      (await copyLink(link, 'invite-link'))
        ? 'The link is copied. Paste it into a message to the person you invited.'
        : COPY_REFUSED,
    );
  }

  async function revoke(invitation: AccountInvitation) {
    try {
      await invitationsApi.revokeAccountInvitation(invitation.id);
      setStatus(`The invitation for ${invitation.email} is cancelled. Its link no longer works.`);
      if (made?.invitation.id === invitation.id) setMade(null);
      await list.reload();
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : 'Something went wrong. Try again.');
    }
  }

  const pending = list.data?.invitations.filter((i) => i.status === 'pending') ?? [];
  return (
    <>
      <PageHeading>Invite someone</PageHeading>
      <p>
        New accounts here need an invitation. Enter the person’s email address to get a link for them. The
        link works once, only for that email, and stops working after a few days.
      </p>
      <form onSubmit={(e) => void invite(e)} noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          id="invite-email"
          label="Their email address"
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="off"
          error={errors.find((e) => e.fieldId === 'invite-email')?.message}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Please wait…' : 'Make an invitation link'}
        </button>
      </form>
      <StatusMessage message={status} />
      {made ? (
        <section aria-labelledby="invite-link-heading" className="card">
          <h2 id="invite-link-heading">Link for {made.invitation.email}</h2>
          <p>
            Give this link to them yourself, for example by text or email. You will not see it again. It works
            until {when(made.invitation.expiresAt)}.
          </p>
          <div className="field">
            <label htmlFor="invite-link">Invitation link</label>
            <input
              id="invite-link"
              type="text"
              readOnly
              value={made.link}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <button type="button" onClick={() => void copy(made.link)}>
            Copy the link
          </button>
        </section>
      ) : null}
      <h2>Waiting invitations</h2>
      {list.error ? <p className="notice error">{list.error.message}</p> : null}
      {list.data && pending.length === 0 ? <p>No invitations are waiting.</p> : null}
      {pending.length > 0 ? (
        <ul className="card-list">
          {pending.map((invitation) => (
            <li key={invitation.id} className="card">
              <p>
                <strong>{invitation.email}</strong>
              </p>
              <p>Works until {when(invitation.expiresAt)}.</p>
              <button type="button" className="secondary" onClick={() => void revoke(invitation)}>
                Cancel invitation<span className="visually-hidden"> for {invitation.email}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
