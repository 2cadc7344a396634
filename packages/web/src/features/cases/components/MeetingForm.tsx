import { useState, type FormEvent } from 'react';
import { MEETING_KINDS, parseMeeting, type Meeting, type MeetingKind } from '@iep/core';
import { useFocusOnMount } from './CaseFormParts';
import { sessionDraftsOf, type SessionDraft } from '../lib/case-people';
import { meetingKindLabel } from '../../../lib/labels';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { problemLabel, timeZoneOptions } from '../../../lib/plain-words';

const EMPTY_SESSION: SessionDraft = { date: '', start: '', end: '' };

function pathToField(path: string): string | undefined {
  const session = /^\$\.sessions\[(\d+)\]\.(start|end)$/.exec(path);
  if (session) return `session-${session[1]}-${session[2]}`;
  if (path === '$.timeZone') return 'meeting-zone';
  if (path === '$.location') return 'meeting-location';
  if (path === '$.kind') return 'meeting-kind';
  return undefined;
}

interface Props {
  meetingId: string;
  /** The meeting being edited; without it the form adds a new one. */
  initial?: Meeting;
  /** Resolves to problems to show (empty when saved). */
  onSubmit: (meeting: Meeting) => Promise<{ path: string; message: string }[]>;
  onCancel: () => void;
}

export function MeetingForm({ meetingId, initial, onSubmit, onCancel }: Props) {
  const [kind, setKind] = useState<MeetingKind>(initial?.kind ?? 'annual-review');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [timeZone, setTimeZone] = useState(initial?.timeZone ?? 'America/Chicago');
  const [sessions, setSessions] = useState<SessionDraft[]>(
    initial ? sessionDraftsOf(initial) : [{ ...EMPTY_SESSION }],
  );
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const heading = initial ? `Edit the ${meetingKindLabel(initial.kind)}` : 'Add a meeting';
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const setSession = (index: number, key: keyof SessionDraft, value: string) =>
    setSessions((list) => list.map((s, i) => (i === index ? { ...s, [key]: value } : s)));

  function showProblems(problems: { path: string; message: string }[]) {
    setErrors(
      problems.map((p) => {
        const fieldId = pathToField(p.path);
        return fieldId
          ? { fieldId, message: p.message }
          : { label: problemLabel(p.path), message: p.message };
      }),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldError[] = [];
    sessions.forEach((s, i) => {
      const day = sessions.length > 1 ? ` for day ${i + 1}` : '';
      if (!s.date) missing.push({ fieldId: `session-${i}-date`, message: `Enter the date${day}.` });
      if (!s.start) missing.push({ fieldId: `session-${i}-start`, message: `Enter the start time${day}.` });
      if (!s.end) missing.push({ fieldId: `session-${i}-end`, message: `Enter the end time${day}.` });
    });
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    const meeting: Meeting = {
      id: meetingId,
      kind,
      timeZone: timeZone.trim(),
      sessions: sessions.map((s) => ({ start: `${s.date}T${s.start}`, end: `${s.date}T${s.end}` })),
      ...(location.trim() ? { location: location.trim() } : {}),
      // Notes are not edited here; keep the ones the case file has.
      ...(initial?.notes ? { notes: initial.notes } : {}),
    };
    // Check here first with the same rules the server uses, so mistakes show without a round trip.
    const checked = parseMeeting(meeting);
    if (!checked.ok) {
      showProblems(checked.problems);
      return;
    }
    setBusy(true);
    try {
      const problems = await onSubmit(meeting);
      showProblems(problems);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={heading}>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary errors={errors} />
      <SelectField
        id="meeting-kind"
        label="Kind of meeting"
        value={kind}
        onChange={(v) => setKind(MEETING_KINDS.find((k) => k === v) ?? 'other')}
        required
        options={MEETING_KINDS.map((k) => ({ value: k, label: meetingKindLabel(k) }))}
      />
      <TextField
        id="meeting-location"
        label="Where"
        hint="For example: the school, room 112, or a video call."
        value={location}
        onChange={setLocation}
      />
      <SelectField
        id="meeting-zone"
        label="Time zone"
        hint="Missouri is on Central Time."
        value={timeZone}
        onChange={setTimeZone}
        required
        error={fieldError('meeting-zone')}
        options={timeZoneOptions(timeZone)}
      />
      {sessions.map((s, i) => (
        <fieldset key={i} className="session">
          <legend>{sessions.length > 1 ? `Day ${i + 1}` : 'Date and time'}</legend>
          <TextField
            id={`session-${i}-date`}
            label="Date"
            type="date"
            value={s.date}
            onChange={(v) => setSession(i, 'date', v)}
            required
            error={fieldError(`session-${i}-date`)}
          />
          <TextField
            id={`session-${i}-start`}
            label="Start time"
            type="time"
            value={s.start}
            onChange={(v) => setSession(i, 'start', v)}
            required
            error={fieldError(`session-${i}-start`)}
          />
          <TextField
            id={`session-${i}-end`}
            label="End time"
            type="time"
            value={s.end}
            onChange={(v) => setSession(i, 'end', v)}
            required
            error={fieldError(`session-${i}-end`)}
          />
          {sessions.length > 1 ? (
            <button
              type="button"
              className="secondary small"
              onClick={() => setSessions((list) => list.filter((_, j) => j !== i))}
            >
              Remove day {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setSessions((list) => [...list, { ...EMPTY_SESSION }])}
        >
          Add another day
        </button>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the meeting'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
