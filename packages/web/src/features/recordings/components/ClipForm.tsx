import type { Clip, ClipFormat } from '@iep/core/contract';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { recordingsApi } from '../api/recordings';
import { clockText, parseClock } from '../lib/recording-time';

interface Props {
  caseId: string;
  recordingId: string;
  range: { fromMs: number; toMs: number };
  onRange: (range: { fromMs: number; toMs: number }) => void;
  positionMs: number;
}

/** Pick a range (typed, or from the play position) and cut a clip the parent names. */
export function ClipForm({ caseId, recordingId, range, onRange, positionMs }: Props) {
  const [fromText, setFromText] = useState(clockText(range.fromMs));
  const [toText, setToText] = useState(clockText(range.toMs));
  const [shown, setShown] = useState(range);
  const [name, setName] = useState('');
  const [format, setFormat] = useState<ClipFormat>('m4a');
  const [error, setError] = useState('');
  const [clips, setClips] = useState<Clip[]>([]);
  const [working, setWorking] = useState(false);
  // A range chosen elsewhere (a bookmark's "Clip around") replaces what is typed here.
  if (shown.fromMs !== range.fromMs || shown.toMs !== range.toMs) {
    setShown(range);
    setFromText(clockText(range.fromMs));
    setToText(clockText(range.toMs));
  }
  const setFrom = (ms: number) => onRange({ fromMs: ms, toMs: Math.max(ms, range.toMs) });
  const setTo = (ms: number) => onRange({ fromMs: Math.min(ms, range.fromMs), toMs: ms });

  const submit = async () => {
    setError('');
    const fromMs = parseClock(fromText);
    const toMs = parseClock(toText);
    if (fromMs === null || toMs === null) return setError('Write the times like 12:30 or 1:02:09.');
    if (toMs <= fromMs) return setError('The end must be after the start.');
    if (!name.trim()) return setError('Give the clip a name.');
    setWorking(true);
    try {
      const clip = await recordingsApi.makeClip(caseId, recordingId, {
        fromMs,
        toMs,
        name: name.trim(),
        format,
      });
      setClips((c) => [clip, ...c]);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The clip was not made. Please try again.');
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="clip-heading">
      <h2 id="clip-heading">Make a clip</h2>
      <p>Choose a part of the recording to share, for example with a teacher.</p>
      <form
        className="clip-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="clip-from">Start (minutes:seconds)</label>
          <input
            id="clip-from"
            type="text"
            inputMode="numeric"
            value={fromText}
            onChange={(e) => setFromText(e.target.value)}
            onBlur={() => {
              const ms = parseClock(fromText);
              if (ms !== null) setFrom(ms);
            }}
          />
          <button type="button" className="secondary" onClick={() => setFrom(Math.round(positionMs))}>
            Start at the play position
          </button>
        </div>
        <div className="field">
          <label htmlFor="clip-to">End (minutes:seconds)</label>
          <input
            id="clip-to"
            type="text"
            inputMode="numeric"
            value={toText}
            onChange={(e) => setToText(e.target.value)}
            onBlur={() => {
              const ms = parseClock(toText);
              if (ms !== null) setTo(ms);
            }}
          />
          <button type="button" className="secondary" onClick={() => setTo(Math.round(positionMs))}>
            End at the play position
          </button>
        </div>
        <div className="field">
          <label htmlFor="clip-name">Name of the clip</label>
          <input
            id="clip-name"
            type="text"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="clip-format">File type</label>
          <select id="clip-format" value={format} onChange={(e) => setFormat(e.target.value as ClipFormat)}>
            <option value="m4a">M4A (plays on phones and computers)</option>
            <option value="mp3">MP3</option>
          </select>
        </div>
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={working}>
          {working ? 'Making the clip…' : 'Make the clip'}
        </button>
      </form>
      {clips.length > 0 ? (
        <ul className="plain-list" aria-label="Your clips">
          {clips.map((c) => (
            <li key={c.id}>
              <a href={recordingsApi.clipUrl(caseId, c.id)} download>
                Download {c.name} ({clockText(c.fromMs)} to {clockText(c.toMs)})
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
