import { clockOf } from '../lib/transcript-time';
import type { TimelinePlayer } from '../hooks/useTimelinePlayer';

const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** The audio of the meeting under the transcript: play and pause, back 5 seconds, and a slower or faster speed. */
export function PlayerBar({ player, totalSec }: { player: TimelinePlayer; totalSec: number }) {
  const { audioRef, handlers, playing, positionSec, speed, setSpeed, toggle, playFrom, blocked } = player;
  return (
    <section aria-labelledby="listen-heading" className="transcript-player">
      <h2 id="listen-heading">Listen</h2>
      <audio ref={audioRef} preload="metadata" {...handlers} />
      <p className="transcript-position">
        {clockOf(positionSec)} of {clockOf(totalSec)}
      </p>
      <div className="actions player-controls">
        <button type="button" className="big-button" onClick={toggle}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="secondary" onClick={() => playFrom(Math.max(0, positionSec - 5))}>
          Back 5 seconds
        </button>
        <div className="field">
          <label htmlFor="transcript-speed">Speed</label>
          <select id="transcript-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s === 1 ? 'Normal (1x)' : s < 1 ? `Slower (${s}x)` : `Faster (${s}x)`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {blocked ? (
        <p className="notice" role="status">
          Your browser did not start the sound on its own. Press Play to listen from this point.
        </p>
      ) : null}
    </section>
  );
}
