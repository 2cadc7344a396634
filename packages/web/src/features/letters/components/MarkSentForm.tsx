import { SEND_METHODS, type LetterFileInfo, type SendMethod, type SentLetter } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { METHOD_FORMAT } from '@iep/core';
import { ApiError } from '../../../api/client';
import { lettersApi } from '../api/letters';
import { localToInstant, instantToLocal } from '../lib/letter-time';
import { FORMAT_WORDS, SENT_METHODS, fileForMethod, methodWords, shortHash } from '../lib/letter-status';
import { formatInZone } from '../../../lib/format-time';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { timeZoneLabel } from '../../../lib/plain-words';
import { StatusMessage } from '../../../components/StatusMessage';
import { SentNextSteps } from './SentNextSteps';

interface Props {
  caseId: string;
  kind: string;
  meetingId: string | null;
  timeZone: string;
  /** This letter's files, newest first. */
  files: LetterFileInfo[];
  /** The meeting whose plan "Back to the plan" opens (this letter's meeting, else the case's next one). */
  planMeetingId: string | null;
  beforeMake: () => Promise<boolean>;
  onSent: (sent: SentLetter) => void;
}

/** The choice of file: the method's own format by default ("" = the newest of it, made now if there is none). */
const MATCHING = '';

/**
 * Records that the parent sent the letter: when, how, and which file went, with its fingerprint (SHA-256). The
 * file follows how it was sent (the .eml for an email, the PDF on paper) unless the parent picks another.
 */
export function MarkSentForm({
  caseId,
  kind,
  meetingId,
  timeZone,
  files,
  planMeetingId,
  beforeMake,
  onSent,
}: Props) {
  const [now] = useState(() => instantToLocal(new Date().toISOString(), timeZone));
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [method, setMethod] = useState<SendMethod>('email');
  const [arrived, setArrived] = useState('');
  const [fileChoice, setFileChoice] = useState(MATCHING);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<SentLetter | null>(null);

  const matching = fileForMethod(files, method);
  const format = METHOD_FORMAT[method];
  const when = (f: LetterFileInfo) => formatInZone(f.createdAt, timeZone, { withYear: true });
  const fileOptions = [
    {
      value: MATCHING,
      label: matching
        ? `The ${FORMAT_WORDS[format]} made ${when(matching)}`
        : `The ${FORMAT_WORDS[format]} (we will make it now from your answers)`,
    },
    ...files
      .filter((f) => f.id !== matching?.id)
      .map((f) => ({ value: f.id, label: `The ${FORMAT_WORDS[f.format]} made ${when(f)}` })),
  ];

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
    if (arrived !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(arrived)) {
      setErrors([
        { fieldId: 'sent-arrived', message: 'Enter the day it arrived as a date, or leave it empty.' },
      ]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      if (fileChoice === MATCHING && !matching && !(await beforeMake()))
        throw new ApiError(0, 'Your answers are not saved yet. Please try again.');
      const result = await lettersApi.markLetterSent(caseId, kind, meetingId, {
        sentAt,
        method,
        ...(fileChoice === MATCHING ? {} : { fileId: fileChoice }),
        ...(arrived === '' ? {} : { receivedOn: arrived }),
      });
      setSent(result);
      onSent(result);
    } catch (e) {
      const arrival = e instanceof ApiError ? e.problems.find((p) => p.path === '$.receivedOn') : undefined;
      setErrors([
        arrival
          ? { fieldId: 'sent-arrived', message: arrival.message }
          : { message: e instanceof ApiError ? e.message : 'It was not saved. Please try again.' },
      ]);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const caseUrl = `/cases/${encodeURIComponent(caseId)}`;

  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">Mark as sent</h2>
      <StatusMessage
        message={
          sent
            ? `Marked as sent on ${formatInZone(sent.sentAt, timeZone, { withYear: true, dateOnly: true })}. It is on the paper trail.`
            : ''
        }
      />
      {sent ? (
        <div className="notice sent-record">
          <p>
            <strong>
              Sent {methodWords(sent.method)} on {formatInZone(sent.sentAt, timeZone, { withYear: true })}.
            </strong>{' '}
            It is on the paper trail for this case, with the {FORMAT_WORDS[sent.format]} you sent (
            {sent.filename}).
          </p>
          {sent.method === 'mail' && sent.receivedOn === null ? (
            <p>
              The school&apos;s time limits count from the day the letter arrives. When you know that day, add
              it on the plan, under &quot;Deadlines from letters you sent&quot;.
            </p>
          ) : null}
          <SentNextSteps caseId={caseId} planMeetingId={planMeetingId} sent={sent} />
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
          <p>Tell us how you sent the letter. We keep a record of the exact file that went.</p>
          <ErrorSummary errors={errors} />
          <SelectField
            id="sent-method"
            label="How you sent it"
            required
            value={method}
            onChange={(v) => {
              setMethod(SEND_METHODS.find((m) => m === v) ?? 'email');
              setFileChoice(MATCHING);
            }}
            options={SENT_METHODS}
          />
          <SelectField
            id="sent-file"
            label="Which file you sent"
            required
            value={fileChoice}
            onChange={setFileChoice}
            options={fileOptions}
            hint="An email sends the email file. Mail and hand delivery send the printed PDF."
          />
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
            hint={`Times are in ${timeZoneLabel(timeZone)}.`}
          />
          <TextField
            id="sent-arrived"
            label="Date it arrived"
            type="date"
            value={arrived}
            onChange={setArrived}
            error={errorFor('sent-arrived')}
            hint={
              method === 'mail'
                ? "The school's time limits count from the day a letter arrives. By mail, add the day when you know it, here or later on the plan."
                : 'Leave it empty unless the school told you it arrived on another day.'
            }
          />
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Mark as sent'}
          </button>
        </form>
      )}
    </section>
  );
}
