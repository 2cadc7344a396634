import { plainDate, type PlanCommitment } from '@iep/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { transcriptsApi } from '../../transcripts/api/transcripts';
import { ApiError } from '../../../api/client';
import { planApi } from '../api/plan';
import { transcriptHref } from '../../transcripts/lib/transcript-links';

/** A promise made at the meeting, confirmed by the parent in the transcript (Plan.commitments). */
type PlanCommitmentView = PlanCommitment;

const STATUS_WORDS: Record<PlanCommitmentView['status'], string> = {
  upcoming: 'Coming up',
  'due-soon': 'Due soon',
  overdue: 'Overdue: the date has passed',
  done: 'Done',
  'no-date': 'No date was given',
};

interface Props {
  caseId: string;
  meetingId: string;
  commitments: PlanCommitmentView[];
  onChanged: (message: string) => Promise<void>;
  /** Whether this member may tick promises done (the family). */
  mayChange: boolean;
}

/** What the school (or anyone) promised at the meeting, with dates, so a missed one shows up as overdue. */
export function CommitmentsSection({ caseId, meetingId, commitments, onChanged, mayChange }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  if (commitments.length === 0) return null;

  const setDone = async (c: PlanCommitmentView, done: boolean) => {
    setBusy(c.id);
    setFailure('');
    try {
      // A companion promise is ticked on the plan like a task; a transcript's is its confirmed item.
      if (c.id.startsWith('companion-')) await planApi.setTaskDone(caseId, meetingId, c.id, done);
      else await transcriptsApi.updateItem(caseId, c.id, { done });
      await onChanged(done ? `Marked done: ${c.what}.` : `Marked not done: ${c.what}.`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="commitments-heading" className="commitments">
      <h2 id="commitments-heading">
        Promises from the meeting <span className="count">({commitments.length})</span>
      </h2>
      <p>
        You marked these with the meeting companion or confirmed them in the transcript. If a date passes and
        it is not done, write to the school and ask.
      </p>
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      <ul className="task-list">
        {commitments.map((c) => {
          const done = c.status === 'done';
          return (
            <li key={c.id} className={`task commitment commitment-${c.status}`}>
              <div className="task-details">
                <h3 className="task-heading">{c.what}</h3>
                <dl className="facts">
                  {c.who ? (
                    <>
                      <dt>Who</dt>
                      <dd>{c.who}</dd>
                    </>
                  ) : null}
                  <dt>By when</dt>
                  <dd>{c.due ? plainDate(c.due) : 'No date'}</dd>
                  <dt>Status</dt>
                  <dd className={c.status === 'overdue' ? 'status-overdue' : undefined}>
                    {STATUS_WORDS[c.status]}
                  </dd>
                </dl>
                {mayChange ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy === c.id}
                    onClick={() => void setDone(c, !done)}
                  >
                    {done ? 'Mark not done' : 'Mark done'}
                    <span className="visually-hidden">: {c.what}</span>
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <Link className="rec-link" to={transcriptHref(caseId, meetingId)}>
          See all items in the meeting transcript
        </Link>
      </p>
    </section>
  );
}
