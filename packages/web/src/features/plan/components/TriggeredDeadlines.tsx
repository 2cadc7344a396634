import type { Plan, TriggeredDeadline } from '@iep/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { lettersApi } from '../../letters/api/letters';
import { districtMayCountText, kindSentence, whenText } from '../lib/plan-text';
import { WhyDrawer } from '../../../components/WhyDrawer';
import { TextField } from '../../../components/Field';

const STATUS_WORDS: Record<TriggeredDeadline['status'], string> = {
  upcoming: 'Coming up',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  waiting: 'Waiting for the arrival date',
};

interface Props {
  plan: Plan;
  caseId: string;
  /** After an arrival date is saved: reload the plan and say what changed. */
  onChanged: (message: string) => Promise<void>;
  /** Whether this member may give a mailed letter's arrival date (the family). */
  mayChange: boolean;
}

/**
 * The day a mailed letter arrived: its clocks start then (missouri-rules.md §16.5), so until it is given the plan
 * shows "Waiting for the arrival date" rather than a made-up date.
 */
function ArrivalForm({
  caseId,
  sentLetterId,
  formId,
  onChanged,
}: {
  caseId: string;
  sentLetterId: string;
  formId: string;
  onChanged: Props['onChanged'];
}) {
  const [day, setDay] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setError('Enter the day the letter arrived.');
      return;
    }
    setError('');
    setBusy(true);
    try {
      await lettersApi.setLetterArrival(caseId, sentLetterId, day);
      await onChanged('The arrival date is saved. The deadlines count from it.');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'It was not saved. Please try again.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="arrival-form">
      <TextField
        id={formId}
        label="Day the letter arrived"
        type="date"
        required
        value={day}
        onChange={setDay}
        error={error || undefined}
        hint="Use the day the school got it, for example from a delivery receipt or the school's reply."
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save the arrival date'}
      </button>
    </form>
  );
}

/** Deadlines that started when the parent sent a letter (Plan.triggered, present once letters exist). */
export function TriggeredDeadlines({ plan, caseId, onChanged, mayChange }: Props) {
  const triggered = plan.triggered;
  if (triggered.length === 0) return null;
  // One arrival form per mailed letter, under the first of its deadlines that waits for it.
  const formFor = new Map<string, string>();
  for (const d of triggered) {
    if (d.status === 'waiting' && d.sentLetterId && !formFor.has(d.sentLetterId))
      formFor.set(d.sentLetterId, `${d.letterKind}-${d.rule}`);
  }
  return (
    <section aria-labelledby="triggered-heading" className="triggered">
      <h2 id="triggered-heading">Deadlines from letters you sent</h2>
      <ul className="plain-list">
        {triggered.map((d) => {
          const key = `${d.letterKind}-${d.rule}`;
          return (
            <li key={key} className={`triggered-item triggered-${d.status}`}>
              <div className="triggered-body">
                <h3 className="task-heading">{d.title}</h3>
                {d.due === null ? (
                  <p>
                    <strong className={`deadline-status status-${d.status}`}>
                      {STATUS_WORDS[d.status]}.
                    </strong>{' '}
                    {d.waiting}
                  </p>
                ) : (
                  <p>
                    <strong className={`deadline-status status-${d.status}`}>
                      {STATUS_WORDS[d.status]}:
                    </strong>{' '}
                    due {whenText(d.due, plan.timeZone, plan.now)}
                  </p>
                )}
                {d.receiptNote ? <p>{d.receiptNote}</p> : null}
                {d.districtMayCount ? (
                  <p className="small-print">
                    {districtMayCountText(d.districtMayCount, plan.timeZone, plan.now)}
                  </p>
                ) : null}
                <p className="citation">{kindSentence(d.kind)}</p>
                {mayChange && d.sentLetterId && formFor.get(d.sentLetterId) === key ? (
                  <ArrivalForm
                    caseId={caseId}
                    sentLetterId={d.sentLetterId}
                    formId={`arrival-${d.sentLetterId}`}
                    onChanged={onChanged}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <WhyDrawer sources={triggered} />
    </section>
  );
}
