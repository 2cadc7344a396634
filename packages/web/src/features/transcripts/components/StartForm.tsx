import type { EngineChoice, EngineInfo } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { parseSpeakers } from '../lib/transcript-roster';
import { ErrorSummary } from '../../../components/ErrorSummary';

interface Props {
  engines: EngineInfo[] | null;
  enginesError: string;
  /** The roster's headcount, when the case knows its school team. */
  suggested: number | null;
  busy: boolean;
  submitLabel: string;
  onStart: (choice: { engine: EngineChoice; speakers?: number }) => void;
}

/** Pick the speech engine (automatic by default) and the number of people who spoke, then start. */
export function StartForm({ engines, enginesError, suggested, busy, submitLabel, onStart }: Props) {
  const [engine, setEngine] = useState<EngineChoice>('auto');
  const [speakers, setSpeakers] = useState(suggested === null ? '' : String(suggested));
  const [error, setError] = useState<string | null>(null);
  const anyAvailable = engines?.some((e) => e.available) ?? true;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseSpeakers(speakers);
    setError(parsed.error);
    if (parsed.error) return;
    onStart(parsed.value === null ? { engine } : { engine, speakers: parsed.value });
  };

  return (
    <form onSubmit={submit} noValidate className="start-form">
      <ErrorSummary errors={error ? [{ fieldId: 'speaker-count', message: error }] : []} />
      <fieldset>
        <legend>Speech engine</legend>
        <p className="hint">
          The recording stays on this computer. The engine turns speech into text here, not on the internet.
        </p>
        {enginesError ? <p className="notice error">{enginesError}</p> : null}
        {engines === null && !enginesError ? <p className="loading">Looking for speech engines…</p> : null}
        <div className="radio">
          <input
            id="engine-auto"
            type="radio"
            name="engine"
            value="auto"
            checked={engine === 'auto'}
            onChange={() => setEngine('auto')}
          />
          <label htmlFor="engine-auto">Automatic (the best engine on this computer)</label>
        </div>
        {engines?.map((e) => (
          <div className="radio" key={e.name}>
            <input
              id={`engine-${e.name}`}
              type="radio"
              name="engine"
              value={e.name}
              checked={engine === e.name}
              disabled={!e.available}
              aria-describedby={`engine-${e.name}-note`}
              onChange={() => setEngine(e.name)}
            />
            <label htmlFor={`engine-${e.name}`}>{e.label}</label>
            <p id={`engine-${e.name}-note`} className="hint">
              {e.accuracyNote}
              {e.available ? '' : ` Not ready: ${e.unavailableReason ?? 'it cannot run on this computer.'}`}
            </p>
          </div>
        ))}
      </fieldset>
      {!anyAvailable ? (
        <p className="notice warning">
          No speech engine can run on this computer yet. Ask the person who set up IEP Ready to install one.
        </p>
      ) : null}
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor="speaker-count">
          How many people spoke? <span className="optional">(optional)</span>
        </label>
        <p id="speaker-count-hint" className="hint">
          {suggested === null
            ? 'If you know, enter the number. It helps tell voices apart. Leave it empty if you are not sure.'
            : `Your case lists ${suggested} people. Change it if more or fewer people spoke.`}
        </p>
        {error ? (
          <p id="speaker-count-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <input
          id="speaker-count"
          type="text"
          inputMode="numeric"
          className="short-input"
          value={speakers}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'speaker-count-hint speaker-count-error' : 'speaker-count-hint'}
          onChange={(e) => setSpeakers(e.target.value)}
        />
      </div>
      <button type="submit" className="big-button" disabled={busy || !anyAvailable}>
        {submitLabel}
      </button>
    </form>
  );
}
