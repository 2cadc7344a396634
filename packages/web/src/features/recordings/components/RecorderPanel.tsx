import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/StatusMessage';
import type { RecorderState } from '../hooks/useRecorder';
import { clockText, saveStatus, stoppedStatus } from '../lib/recording-time';

const levelWords = (level: number) =>
  level < 0.02 ? 'silent' : level < 0.15 ? 'quiet' : level < 0.8 ? 'good' : 'very loud';

interface Props {
  state: RecorderState;
  busy: boolean;
  message: string;
  playerUrl: string;
  onStart: () => void;
  onStop: () => void;
  /** One short block above the meeting companion. */
  compact?: boolean;
}

/** Start and stop, time recorded, the sound level and where the audio is saved. */
export function RecorderPanel({ state, busy, message, playerUrl, onStart, onStop, compact = false }: Props) {
  const recording = state.phase === 'recording';
  const [saveLine, setSaveLine] = useState('');
  const [levelText, setLevelText] = useState('');

  // The status line and the level words change every few seconds, so a screen reader is not flooded.
  useEffect(() => {
    if (!recording) return;
    const tick = () => {
      setSaveLine(
        saveStatus({
          nowMs: Date.now(),
          online: state.online,
          localUpToMs: state.localUpTo,
          serverUpToMs: state.serverUpTo,
        }),
      );
    };
    tick();
    const timer = window.setInterval(tick, 5000);
    return () => window.clearInterval(timer);
  }, [recording, state.online, state.localUpTo, state.serverUpTo]);
  useEffect(() => {
    if (!recording) return;
    const timer = window.setInterval(() => setLevelText(`Sound level: ${levelWords(state.level)}`), 5000);
    return () => window.clearInterval(timer);
  }, [recording, state.level]);

  return (
    <section aria-labelledby="recorder-heading" className={compact ? 'recorder compact' : 'recorder'}>
      <h2 id="recorder-heading">Recorder</h2>
      {state.error ? (
        <p className="notice error" role="alert">
          {state.error}
        </p>
      ) : null}
      {recording || state.phase === 'stopping' ? (
        <button
          type="button"
          className="big-button stop"
          onClick={onStop}
          disabled={state.phase === 'stopping'}
        >
          Stop recording
        </button>
      ) : (
        <button
          type="button"
          className="big-button start"
          onClick={onStart}
          disabled={busy || state.phase === 'starting'}
        >
          Start recording
        </button>
      )}
      <p className="elapsed">
        <span className="visually-hidden">Time recorded: </span>
        <span aria-hidden={recording}>{clockText(state.elapsedMs)}</span>
      </p>
      <label htmlFor="level-meter" className="visually-hidden">
        Sound level
      </label>
      <meter
        id="level-meter"
        className="level-meter"
        min={0}
        max={1}
        low={0.15}
        high={0.8}
        optimum={0.5}
        value={state.level}
      >
        {levelWords(state.level)}
      </meter>
      <p className="visually-hidden">{levelText}</p>
      <p role="status" className="save-status">
        {recording
          ? saveLine
          : state.phase === 'idle' && state.clientPartId !== null && state.elapsedMs > 0
            ? stoppedStatus({
                elapsedMs: state.elapsedMs,
                online: state.online,
                localUpToMs: state.localUpTo,
                serverUpToMs: state.serverUpTo,
              })
            : ''}
      </p>
      <StatusMessage message={message} />
      <p>
        <Link className="rec-link" to={playerUrl}>
          Open the recording
        </Link>
      </p>
    </section>
  );
}
