import { INVITABLE_ROLES, audioIsGrantable, type InvitableRole } from '@iep/core';
import type { ResponseOf } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { sharingApi } from '../api/sharing';
import {
  AUDIO_GRANT_HINT,
  AUDIO_GRANT_LABEL,
  INVITE_INTRO,
  LINK_RULE,
  LINK_SHOWN_ONCE,
} from '../lib/sharing-text';
import { roleName, roleSummary } from '../lib/role-words';
import { copyLink, COPY_REFUSED } from '../../../lib/copy-link';

type Made = ResponseOf<'POST /api/cases/:id/invitations'>;

const ROLE_OPTIONS = INVITABLE_ROLES.map((r) => ({ value: r, label: roleName(r) }));

/** The owner's invitation form: email, role, what to look at; then the one-time link to copy and hand over. */
export function InviteForm({ caseId, onMade }: { caseId: string; onMade: (message: string) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('co-parent');
  const [note, setNote] = useState('');
  const [audio, setAudio] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [copied, setCopied] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setErrors([{ fieldId: 'share-email', message: 'Enter their email address, like name@example.org.' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const answer = await sharingApi.invite(caseId, {
        email: email.trim(),
        role,
        note: note.trim(),
        audioGranted: audioIsGrantable(role) && audio,
      });
      setMade(answer);
      setCopied('');
      setEmail('');
      setNote('');
      setAudio(false);
      onMade(`The link for ${answer.invitation.email} is ready. Copy it and give it to them.`);
    } catch (error) {
      setErrors([
        { message: error instanceof ApiError ? error.message : 'Something went wrong. Try again.' },
      ]);
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    setCopied(
      (await copyLink(link, 'share-link'))
        ? 'The link is copied. Paste it into a message to them.'
        : COPY_REFUSED,
    );
  }

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Add a person</h2>
      <p>{INVITE_INTRO}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          id="share-email"
          label="Their email address"
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="off"
          error={errors.find((e) => e.fieldId === 'share-email')?.message}
        />
        <SelectField
          id="share-role"
          label="Their role"
          value={role}
          onChange={(value) => setRole(value as InvitableRole)}
          options={ROLE_OPTIONS}
          hint={roleSummary(role)}
          required
        />
        {audioIsGrantable(role) ? (
          <>
            <div className="checkbox">
              <input
                id="share-audio"
                type="checkbox"
                checked={audio}
                aria-describedby="share-audio-hint"
                onChange={(e) => setAudio(e.target.checked)}
              />
              <label htmlFor="share-audio">{AUDIO_GRANT_LABEL}</label>
            </div>
            <p id="share-audio-hint" className="hint">
              {AUDIO_GRANT_HINT}
            </p>
          </>
        ) : null}
        <TextAreaField
          id="share-note"
          label="What should they look at?"
          hint="For example: the reading goals, or the letter about speech therapy."
          value={note}
          onChange={setNote}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Please wait…' : 'Make the link'}
        </button>
      </form>
      {made ? (
        <section className="card" aria-labelledby="share-link-heading">
          <h3 id="share-link-heading">Link for {made.invitation.email}</h3>
          <p>{LINK_SHOWN_ONCE}</p>
          <div className="field">
            <label htmlFor="share-link">Link to join the case</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={made.link}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <p>
            <strong>{LINK_RULE}</strong>
          </p>
          <button type="button" onClick={() => void copy(made.link)}>
            Copy the link
          </button>
          <p role="status">{copied}</p>
        </section>
      ) : null}
    </section>
  );
}
