import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Meeting } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';
import { meetingKindLabel } from '../../../lib/labels';
import { MeetingForm } from './MeetingForm';
import { timeZoneLabel } from '../../../lib/plain-words';
import { CollapsibleList } from '../../../components/CollapsibleList';
import { EmptyState } from '../../../components/EmptyState';

interface Props {
  caseId: string;
  meetings: Meeting[];
  onAdd: (meeting: Meeting) => Promise<{ path: string; message: string }[]>;
  onUpdate: (meeting: Meeting) => Promise<{ path: string; message: string }[]>;
  onRemove: (meeting: Meeting) => Promise<void>;
  /** Open the new meeting's form at once (the overview's "Add a meeting" link). */
  startAdding?: boolean;
}

function nextId(meetings: Meeting[]): string {
  let n = meetings.length + 1;
  while (meetings.some((m) => m.id === `m${n}`)) n += 1;
  return `m${n}`;
}

function timeOnly(local: string): string {
  return formatLocal(local).split(', ').pop() ?? local;
}

export function MeetingsSection({ caseId, meetings, onAdd, onUpdate, onRemove, startAdding = false }: Props) {
  // One meeting form at a time (its inputs have fixed ids): a new meeting, or the id of the one being edited.
  const [editing, setEditing] = useState<'new' | string | null>(startAdding ? 'new' : null);
  const navigate = useNavigate();
  // Removing asks first: the plan, notes and taps of the meeting go with it.
  const [removing, setRemoving] = useState<string | null>(null);
  const edited = editing && editing !== 'new' ? meetings.find((m) => m.id === editing) : undefined;
  const form =
    editing !== null ? (
      <MeetingForm
        key={editing}
        meetingId={edited ? edited.id : nextId(meetings)}
        initial={edited}
        onSubmit={async (meeting) => {
          const problems = await (edited ? onUpdate(meeting) : onAdd(meeting));
          if (problems.length === 0) {
            setEditing(null);
            // A new meeting's next step is its plan: open it with the first task in focus (state read by PlanPage).
            if (!edited) {
              navigate(
                `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meeting.id)}/plan`,
                { state: { focusFirstTask: true } },
              );
            }
          }
          return problems;
        }}
        onCancel={() => setEditing(null)}
      />
    ) : null;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">All meetings</h2>
      {meetings.length === 0 && editing === null ? (
        <EmptyState title="No meetings yet">Add one to get a dated plan.</EmptyState>
      ) : null}
      <CollapsibleList
        className="card-list"
        items={meetings}
        noun="meetings"
        itemKey={(m) => m.id}
        renderItem={(m) => (
          <div className="card">
            <h3>{meetingKindLabel(m.kind)}</h3>
            {m.location ? <p>Where: {m.location}</p> : null}
            <ul className="plain-list">
              {m.sessions.map((s, i) => (
                <li key={i}>
                  {formatLocal(s.start, { withYear: true })} to {timeOnly(s.end)}
                </li>
              ))}
            </ul>
            <p className="small-print">Times are in {timeZoneLabel(m.timeZone)}.</p>
            {editing === m.id ? form : null}
            <div className="actions">
              <Link
                className="button"
                to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(m.id)}/plan`}
              >
                Open the plan<span className="visually-hidden"> for the {meetingKindLabel(m.kind)}</span>
              </Link>
              <Link
                className="button secondary"
                to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(m.id)}/record`}
              >
                Record this meeting<span className="visually-hidden"> ({meetingKindLabel(m.kind)})</span>
              </Link>
              <Link
                className="button secondary"
                to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(m.id)}/companion`}
              >
                Meeting companion (no recording)
                <span className="visually-hidden"> ({meetingKindLabel(m.kind)})</span>
              </Link>
              <button type="button" className="secondary" onClick={() => setEditing(m.id)}>
                Edit<span className="visually-hidden"> the {meetingKindLabel(m.kind)}</span>
              </button>
              <button type="button" className="danger" onClick={() => setRemoving(m.id)}>
                Remove<span className="visually-hidden"> the {meetingKindLabel(m.kind)}</span>
              </button>
            </div>
            {removing === m.id ? (
              <div className="notice warning" role="alert">
                <p>
                  Remove the {meetingKindLabel(m.kind)}? Its plan, notes and taps go with it. A meeting with a
                  recording or a sent letter is kept.
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setRemoving(null);
                      void onRemove(m);
                    }}
                  >
                    Yes, remove it
                  </button>
                  <button type="button" className="secondary" onClick={() => setRemoving(null)}>
                    Keep it
                  </button>
                </div>
              </div>
            ) : null}
          </div>
        )}
      />
      {editing === 'new' ? (
        form
      ) : editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          Add a meeting
        </button>
      ) : null}
    </section>
  );
}
