import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { LetterFileInfo, SentLetter, SentMethod } from '../../api/types';
import { localToInstant, instantToLocal } from '../../lib/letter-time';
import { SENT_METHODS, methodWords, shortHash } from '../../lib/letter-status';
import { formatInZone } from '../../lib/format-time';
import { ErrorSummary, type FieldError } from '../ErrorSummary';
import { SelectField, TextField } from '../Field';

interface Props {
  caseId: string;
  kind: string;
  meetingId: string | null;
  timeZone: string;
  /** The newest file made for this letter, if any; without one a PDF is made first. */
  latestFile: LetterFileInfo | null;
  /** The meeting whose plan "Back to the plan" opens (this letter's meeting, else the case's next one). */
  planMeetingId: string | null;
  beforeMake: () => Promise<boolean>;
  onSent: (sent: SentLetter) => void;
}

/** Records that the parent sent the letter: when, how, and a fingerprint (SHA-256) of the exact file. */
export function MarkSentForm({
  caseId,
  kind,
  meetingId,
  timeZone,
  latestFile,
  planMeetingId,
  beforeMake,
  onSent,
}: Props) {
  const [now] = useState(() => instantToLocal(new Date().toISOString(), timeZone));
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [method, setMethod] = useState<SentMethod>('email');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<SentLetter | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sentAt = localToInstant(date, time, timeZone);
    if (!sentAt) {
      setErrors([
        !/^\d{4}-\d{2}-\d{2}$/.test(date)
          ? { fieldId: 'sent-date', message: 'Enter the date you sent the letter.' }
          : { fieldId: 'sent-time', message: 'Enter the time you sent the letter.' },
      ]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      let file = latestFile;
      if (!file) {
        if (!(await beforeMake())) throw new ApiError(0, 'Your answers are not saved yet. Please try again.');
        file = await api.makeLetterFile(caseId, kind, meetingId, 'pdf');
      }
      const result = await api.markLetterSent(caseId, file.id, sentAt, method);
      setSent(result);
      onSent(result);
    } catch (e) {
      setErrors([{ message: e instanceof ApiError ? e.message : 'It was not saved. Please try again.' }]);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const caseUrl = `/cases/${encodeURIComponent(caseId)}`;

  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">Mark as sent</h2>
      {sent ? (
        <div className="notice sent-record" role="status">
          <p>
            <strong>
              Sent {methodWords(sent.method)} on {formatInZone(sent.sentAt, timeZone, { withYear: true })}.
            </strong>{' '}
            It is on the paper trail for this case.
          </p>
          <p>
            File fingerprint (SHA-256): <code className="hash">{shortHash(sent.sha256)}</code>
          </p>
          <details className="help-text">
            <summary>Show the full fingerprint</summary>
            <p>
              <code className="hash break">{sent.sha256}</code>
            </p>
            <p>If anyone says the letter was different, this number shows which exact file you sent.</p>
          </details>
          <div className="actions">
            {planMeetingId ? (
              <Link className="button" to={`${caseUrl}/meetings/${encodeURIComponent(planMeetingId)}/plan`}>
                Back to the plan
              </Link>
            ) : null}
            <Link className="button secondary" to={`${caseUrl}/timeline`}>
              See the paper trail
            </Link>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <p>
            {latestFile
              ? `This records the ${latestFile.format.toUpperCase()} file you made last.`
              : 'No file made yet: we will make a PDF and record that one.'}
          </p>
          <ErrorSummary errors={errors} />
          <TextField
            id="sent-date"
            label="Date sent"
            type="date"
            required
            value={date}
            onChange={setDate}
            error={errorFor('sent-date')}
          />
          <TextField
            id="sent-time"
            label="Time sent"
            type="time"
            required
            value={time}
            onChange={setTime}
            error={errorFor('sent-time')}
            hint={`Times are in ${timeZone}.`}
          />
          <SelectField
            id="sent-method"
            label="How you sent it"
            required
            value={method}
            onChange={(v) => setMethod(v as SentMethod)}
            options={SENT_METHODS}
          />
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Mark as sent'}
          </button>
        </form>
      )}
    </section>
  );
}
