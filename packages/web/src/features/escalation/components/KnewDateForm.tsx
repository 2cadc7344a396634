import type { EscalationPage } from '@iep/core/contract';
import { plainDate } from '@iep/core';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/Field';
import { ApiError } from '../../../api/client';
import { KNEW_HELP } from '../lib/escalation-text';

type Event = EscalationPage['events'][number];

interface Props {
  event: Event;
  /** Saves the day (or null to count from the event again); resolves with a message, throws an ApiError. */
  onSave: (eventId: string, knewOn: string | null) => Promise<string>;
}

const fieldId = (eventId: string) => `knew-${eventId.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** "Change the day you knew": the due process count starts from that day (34 CFR 300.511(e)). */
export function KnewDateForm({ event, onSave }: Props) {
  const [value, setValue] = useState<string>(event.knewGiven ?? event.knewDefault);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = fieldId(event.id);

  async function save(knewOn: string | null) {
    setBusy(true);
    setError('');
    try {
      await onSave(event.id, knewOn);
      if (knewOn === null) setValue(event.knewDefault);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not save the day. Try again.');
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (value === '') {
      setError('Pick the day you knew about it.');
      return;
    }
    void save(value);
  }

  return (
    <details className="help-text">
      <summary>Change the day you knew</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          id={id}
          label="The day you knew about it"
          type="date"
          required
          hint={`${KNEW_HELP} It happened on ${plainDate(event.on)}.`}
          error={error || undefined}
          value={value}
          onChange={setValue}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Save the day you knew
          </button>
          {event.knewGiven !== null ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => void save(null)}>
              Count from {plainDate(event.knewDefault)} again
            </button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
