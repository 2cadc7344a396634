import { LINK_AUDIENCE_LABELS, LINK_AUDIENCES, type ClipLink, type LinkAudience } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { recordingsApi } from '../../recordings/api/recordings';
import { clockText, parseClock } from '../../recordings/lib/recording-time';
import { linksApi } from '../api/links';
import { dayText } from '../lib/link-words';

const DAY_CHOICES = [1, 3, 7, 14, 30, 60, 90];

/** "Share a part": a part of the meeting's recording (from/to from the player or the transcript) as a link. */
export function SharePartPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const [search] = useSearchParams();
  const { data: rec, error: loadError } = useLoad(
    () => recordingsApi.recording(caseId, meetingId),
    `${caseId}/${meetingId}`,
  );
  const startMs = Number(search.get('from') ?? 0) || 0;
  const endMs = Number(search.get('to') ?? 0) || startMs + 60_000;
  const [fromText, setFromText] = useState(clockText(startMs));
  const [toText, setToText] = useState(clockText(endMs));
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<LinkAudience>('teacher');
  const [days, setDays] = useState(7);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const [made, setMade] = useState<ClipLink | null>(null);
  const [message, setMessage] = useState('');
  const caseLink = `/cases/${encodeURIComponent(caseId)}`;

  const submit = async () => {
    setError('');
    const fromMs = parseClock(fromText);
    const toMs = parseClock(toText);
    if (fromMs === null || toMs === null) return setError('Write the times like 12:30 or 1:02:09.');
    if (toMs <= fromMs) return setError('The end must be after the start.');
    if (!title.trim()) return setError('Give the link a short title.');
    if (!rec) return;
    setWorking(true);
    try {
      const link = await linksApi.create(caseId, rec.id, {
        fromMs,
        toMs,
        title: title.trim(),
        audience,
        expiresInDays: days,
        ...(passphrase ? { passphrase } : {}),
      });
      setMade(link);
      setMessage('The link is ready. Copy it and send it.');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The link was not made. Please try again.');
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <PageHeading>Share a part of the meeting</PageHeading>
      <p>
        <Link to={`${caseLink}/meetings/${encodeURIComponent(meetingId)}/recording`}>
          Back to the recording
        </Link>
        {' · '}
        <Link to={`${caseLink}/links`}>All shared links</Link>
      </p>
      <p>
        The link plays only this part and shows its words. No one can see the rest of your case with it. You
        can turn it off at any time.
      </p>
      {loadError ? (
        <p className="notice error" role="alert">
          {loadError.message}
        </p>
      ) : null}
      <StatusMessage message={message} />
      <form
        className="share-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="share-from">Start (minutes:seconds)</label>
          <input id="share-from" type="text" value={fromText} onChange={(e) => setFromText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="share-to">End (minutes:seconds)</label>
          <input id="share-to" type="text" value={toText} onChange={(e) => setToText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="share-title">Title</label>
          <input
            id="share-title"
            type="text"
            maxLength={120}
            value={title}
            placeholder="What we agreed about breaks"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <fieldset className="field">
          <legend>Who is it for?</legend>
          {LINK_AUDIENCES.map((a) => (
            <label key={a} className="choice">
              <input
                type="radio"
                name="share-audience"
                value={a}
                checked={audience === a}
                onChange={() => setAudience(a)}
              />{' '}
              {LINK_AUDIENCE_LABELS[a]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="share-days">The link works for</label>
          <select id="share-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? '1 day' : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="share-passphrase">Passphrase (if you want one)</label>
          <p className="hint" id="share-passphrase-hint">
            The person needs it to listen. Tell it to them in a call or a text, not with the link.
          </p>
          <input
            id="share-passphrase"
            type="text"
            autoComplete="off"
            aria-describedby="share-passphrase-hint"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </div>
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={working || !rec}>
          {working ? 'Making the link…' : 'Make the link'}
        </button>
      </form>
      {made ? (
        <section aria-labelledby="made-heading">
          <h2 id="made-heading">Your link</h2>
          <p>
            <label htmlFor="made-url">Copy this link and send it:</label>
          </p>
          <input id="made-url" type="text" readOnly value={made.url} onFocus={(e) => e.target.select()} />
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void navigator.clipboard
                  ?.writeText(made.url)
                  .then(() => setMessage('The link is copied.'))
                  .catch(() => setMessage('Select the link and copy it.'));
              }}
            >
              Copy the link
            </button>
          </p>
          <p>It works until {dayText(made.expiresAt)}.</p>
        </section>
      ) : null}
    </>
  );
}
