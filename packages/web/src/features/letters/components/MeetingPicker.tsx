import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';
import { meetingKindLabel } from '../../../lib/labels';
import { ErrorSummary } from '../../../components/ErrorSummary';

interface Props {
  caseId: string;
  meetings: Meeting[];
  /** Meetings this letter is never for (a recording notice is not for a mediation, which is confidential). */
  notFor?: Meeting['kind'][];
  onPick: (meetingId: string) => void;
}

/** Letters about a meeting (recording notice, follow-up) start by asking which meeting. */
export function MeetingPicker({ caseId, meetings: all, notFor = [], onPick }: Props) {
  const [picked, setPicked] = useState('');
  const [error, setError] = useState(false);
  const meetings = all.filter((m) => !notFor.includes(m.kind));
  const left = all.filter((m) => notFor.includes(m.kind));
  const leftNote =
    left.length > 0 ? (
      <p className="notice warning">
        {left.some((m) => m.kind === 'mediation')
          ? 'Mediation is confidential (34 CFR 300.506(b)(8)), so this letter is not for a mediation. Do not record it.'
          : 'Some meetings are not listed: this letter is not for them.'}
      </p>
    ) : null;
  if (meetings.length === 0) {
    return (
      <div className="notice warning">
        {leftNote}
        <p>
          This letter is about a meeting, and the case has no {left.length > 0 ? 'other ' : ''}meeting yet.
        </p>
        <Link to={`/cases/${encodeURIComponent(caseId)}#meetings-heading`}>
          Add the meeting on the case page
        </Link>
      </div>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!picked) setError(true);
    else onPick(picked);
  }
  return (
    <form noValidate onSubmit={submit}>
      {leftNote}
      <ErrorSummary
        errors={error ? [{ fieldId: `meeting-${meetings[0]?.id ?? ''}`, message: 'Choose a meeting.' }] : []}
      />
      <fieldset className={error ? 'answer-group has-error' : 'answer-group'}>
        <legend>
          <h2 className="question-heading">Which meeting is this letter about?</h2>
        </legend>
        {error ? (
          <p className="field-error" id="meeting-error">
            <span className="visually-hidden">Error: </span>Choose a meeting.
          </p>
        ) : null}
        {meetings.map((m) => (
          <div className="checkbox" key={m.id}>
            <input
              id={`meeting-${m.id}`}
              type="radio"
              name="meeting"
              value={m.id}
              checked={picked === m.id}
              aria-describedby={error ? 'meeting-error' : undefined}
              onChange={() => setPicked(m.id)}
            />
            <label htmlFor={`meeting-${m.id}`}>
              {meetingKindLabel(m.kind)}
              {m.sessions[0] ? `, ${formatLocal(m.sessions[0].start, { withYear: true })}` : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">Next</button>
    </form>
  );
}
