import type { EngineChoice, EngineInfo, TranscriptSummary } from '@iep/core/contract';
import {
  clockOf,
  etaText,
  liveAnnouncement,
  liveProgressText,
  percentText,
  progressAnnouncement,
} from '../lib/transcript-time';
import { StartForm } from './StartForm';
import { RoleNote } from '../../sharing/components/RoleNote';

interface Props {
  transcript: TranscriptSummary | null;
  engines: EngineInfo[] | null;
  enginesError: string;
  suggested: number | null;
  busy: boolean;
  onStart: (choice: { engine: EngineChoice; speakers?: number }) => void;
  onCancel: () => void;
  onRetry: () => void;
  /** Whether this member may start, stop or redo a transcript (the family); others see how far it is. */
  mayChange: boolean;
}

/** Start a transcript, watch it run (progress, time left, stop), or try again after it failed or stopped. */
export function TranscribePanel(props: Props) {
  const { transcript: t, busy, onCancel, onRetry, mayChange } = props;
  const form = (label: string) => (
    <StartForm
      engines={props.engines}
      enginesError={props.enginesError}
      suggested={props.suggested}
      busy={busy}
      submitLabel={label}
      onStart={props.onStart}
    />
  );

  if (!t && !mayChange) {
    return (
      <section aria-labelledby="make-heading">
        <h2 id="make-heading">No transcript yet</h2>
        <RoleNote>Only the family can start a transcript.</RoleNote>
      </section>
    );
  }

  if (!t) {
    return (
      <section aria-labelledby="make-heading">
        <h2 id="make-heading">Make a transcript</h2>
        <p>
          A transcript is the meeting written out as text, with who said what. It can take a while for a long
          meeting. You can leave this page and come back.
        </p>
        {form('Start the transcript')}
      </section>
    );
  }

  if ((t.status === 'queued' || t.status === 'running') && t.live && t.durationSec === null) {
    // Made while the meeting is recorded: its length is not known yet, so it shows how much is written.
    return (
      <section aria-labelledby="make-heading" className="transcribe-progress">
        <h2 id="make-heading">Live transcript</h2>
        <p>The meeting is written out while it is recorded.</p>
        <p>
          <strong>{liveProgressText(t.processedSec)}</strong>
        </p>
        <p className="visually-hidden" role="status">
          {liveAnnouncement(t.processedSec)}
        </p>
        <p className="small-print">
          It is done soon after the recording stops. The parts that are written show below and can be played
          now.
        </p>
        {mayChange ? (
          <button type="button" className="danger" disabled={busy} onClick={onCancel}>
            Stop the transcript
          </button>
        ) : null}
      </section>
    );
  }

  if (t.status === 'queued' || t.status === 'running') {
    const percent = percentText(t.progress);
    return (
      <section aria-labelledby="make-heading" className="transcribe-progress">
        <h2 id="make-heading">Making the transcript</h2>
        <label htmlFor="transcribe-progress" className="block">
          Transcript progress
        </label>
        <progress id="transcribe-progress" max={1} value={Math.min(1, Math.max(0, t.progress))}>
          {percent}
        </progress>
        <p>
          {t.status === 'queued' ? (
            'Waiting to start. Another transcript may be running first.'
          ) : (
            <>
              <strong>{percent} done</strong>
              {t.durationSec ? ` (${clockOf(t.processedSec)} of ${clockOf(t.durationSec)})` : ''}.{' '}
              {etaText(t.etaSec)}.
            </>
          )}
        </p>
        <p className="visually-hidden" role="status">
          {t.status === 'queued' ? 'The transcript is waiting to start.' : progressAnnouncement(t.progress)}
        </p>
        <p className="small-print">
          The parts that are done show below and can be played now. You can leave this page; the work goes on.
        </p>
        {mayChange ? (
          <button type="button" className="danger" disabled={busy} onClick={onCancel}>
            Stop the transcript
          </button>
        ) : null}
      </section>
    );
  }

  if (t.status === 'failed' || t.status === 'cancelled') {
    return (
      <section aria-labelledby="make-heading">
        <h2 id="make-heading">
          {t.status === 'failed' ? 'The transcript stopped' : 'You stopped the transcript'}
        </h2>
        {t.status === 'failed' ? (
          <p className="notice error" role="alert">
            {t.error ?? 'Something went wrong while making the transcript.'} Your recording is safe.
          </p>
        ) : (
          <p>The parts that were done are kept. You can go on from where it stopped.</p>
        )}
        {mayChange ? (
          <>
            <button type="button" disabled={busy} onClick={onRetry}>
              {t.status === 'failed' ? 'Try again' : 'Go on with the transcript'}
            </button>
            <details className="help-text">
              <summary>Start over with other settings</summary>
              {form('Start over')}
            </details>
          </>
        ) : (
          <RoleNote>Only the family can go on with it.</RoleNote>
        )}
      </section>
    );
  }

  if (!mayChange) return null;
  return (
    <details className="help-text">
      <summary>Make the transcript again</summary>
      <p>
        Use this if a better speech engine was added. The names and fixes you made stay: they are kept apart
        from the machine&apos;s text.
      </p>
      {form('Make it again')}
    </details>
  );
}
