import { useRef, useState, type FormEvent } from 'react';
import type { SpeakerView } from '@iep/core';
import type { RosterName } from '../lib/transcript-roster';
import { spokenClock } from '../lib/transcript-time';

interface Props {
  speakers: SpeakerView[];
  roster: RosterName[];
  onPlaySample: (start: number, end: number) => void;
  onRename: (label: string, name: string) => Promise<boolean>;
  onMerge: (from: string, into: string) => Promise<boolean>;
}

function SpeakerCard({
  s,
  others,
  onPlaySample,
  onRename,
  onMerge,
}: Omit<Props, 'speakers' | 'roster'> & {
  s: SpeakerView;
  others: SpeakerView[];
}) {
  const [name, setName] = useState(s.named ? s.name : '');
  const [into, setInto] = useState(others[0]?.label ?? '');
  const [error, setError] = useState('');
  const [mergeError, setMergeError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `speaker-${s.label}`;

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Pick or type a name.');
      return;
    }
    setError('');
    setBusy(true);
    if (!(await onRename(s.label, name.trim()))) setError('The name was not saved. Try again.');
    setBusy(false);
  };

  return (
    <li className="card speaker-card">
      <h3>{s.name}</h3>
      <p>
        Speaks {s.segmentCount} {s.segmentCount === 1 ? 'time' : 'times'}, {spokenClock(s.seconds)} in all.
      </p>
      {s.sample ? (
        <button
          type="button"
          className="secondary"
          onClick={() => s.sample && onPlaySample(s.sample.start, s.sample.end)}
        >
          Hear a sample<span className="visually-hidden"> of {s.name}</span>
        </button>
      ) : null}
      <form className="inline-form" onSubmit={(e) => void rename(e)}>
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-name`}>Name for {s.name}</label>
          <p id={`${id}-hint`} className="hint">
            Pick a person from the case or type a name. It changes everywhere in this transcript.
          </p>
          {error ? (
            <p id={`${id}-error`} className="field-error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <input
            id={`${id}-name`}
            type="text"
            list="roster-names"
            autoComplete="off"
            maxLength={200}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          Save the name<span className="visually-hidden"> for {s.name}</span>
        </button>
      </form>
      {others.length > 0 ? (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={`${id}-into`}>{s.name} is the same person as</label>
            <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
              {others.map((o) => (
                <option key={o.label} value={o.label}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="secondary"
            disabled={busy || !into}
            onClick={async () => {
              setBusy(true);
              const ok = await onMerge(s.label, into);
              setMergeError(ok ? '' : 'The speakers were not merged. Try again.');
              setBusy(false);
            }}
          >
            Merge<span className="visually-hidden"> {s.name} into that speaker</span>
          </button>
          {mergeError ? <p className="field-error">{mergeError}</p> : null}
        </div>
      ) : null}
    </li>
  );
}

/** Who spoke: hear each voice, give it a name from the case, and join two voices that are one person. */
export function SpeakersPanel({ speakers, roster, ...actions }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A merged speaker's card goes away with the button that was pressed: keep focus in the panel.
  const onMerge = async (from: string, into: string) => {
    const ok = await actions.onMerge(from, into);
    if (ok) heading.current?.focus();
    return ok;
  };
  return (
    <section aria-labelledby="speakers-heading" id="speakers">
      <h2 id="speakers-heading" ref={heading} tabIndex={-1}>
        Speakers
      </h2>
      <p>
        The machine guesses who spoke by the sound of each voice. Hear a sample, then give each voice a name.
        If one person shows up as two speakers, merge them.
      </p>
      <datalist id="roster-names">
        {roster.map((r) => (
          <option key={r.name} value={r.name}>
            {r.role}
          </option>
        ))}
      </datalist>
      {speakers.length === 0 ? <p>No speakers yet.</p> : null}
      <ul className="card-list speaker-list">
        {speakers.map((s) => (
          <SpeakerCard
            key={`${s.label}-${s.name}`}
            s={s}
            others={speakers.filter((o) => o.label !== s.label)}
            {...actions}
            onMerge={onMerge}
          />
        ))}
      </ul>
    </section>
  );
}
