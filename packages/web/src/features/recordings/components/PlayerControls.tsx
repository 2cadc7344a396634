import type { Peaks, Recording } from '@iep/core/contract';
import type { usePlayback } from '../hooks/usePlayback';
import { SKIP_MS } from '../hooks/usePlayback';
import { clockText } from '../lib/recording-time';
import { Waveform } from './Waveform';

const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];

interface Props {
  rec: Recording;
  peaks: Map<string, Peaks>;
  playback: ReturnType<typeof usePlayback>;
  range: { fromMs: number; toMs: number };
}

/** The "Listen" section: the audio, the waveform, the position slider, play, skip and speed. */
export function PlayerControls({ rec, peaks, playback, range }: Props) {
  const { audioProps, positionMs, playing, speed, setSpeed, seek, toggle } = playback;
  const total = rec.timeline.totalMs;
  return (
    <section aria-labelledby="player-heading" className="player">
      <h2 id="player-heading">Listen</h2>
      <audio preload="metadata" {...audioProps} />
      <Waveform
        timeline={rec.timeline}
        peaks={peaks}
        bookmarks={rec.bookmarks}
        selection={range.toMs > range.fromMs ? range : null}
        positionMs={positionMs}
        onSeek={(ms) => seek(ms)}
      />
      <div className="field">
        <label htmlFor="position">
          Position: {clockText(positionMs)} of {clockText(total)}
        </label>
        <input
          id="position"
          type="range"
          min={0}
          max={Math.max(1, Math.round(total / 1000))}
          step={1}
          value={Math.round(positionMs / 1000)}
          aria-valuetext={`${clockText(positionMs)} of ${clockText(total)}`}
          onChange={(e) => seek(Number(e.target.value) * 1000)}
        />
      </div>
      <div className="actions player-controls">
        <button type="button" onClick={() => seek(positionMs - SKIP_MS)}>
          Back 15 seconds
        </button>
        <button type="button" className="big-button" onClick={toggle}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => seek(positionMs + SKIP_MS)}>
          Forward 15 seconds
        </button>
        <div className="field">
          <label htmlFor="speed">Speed</label>
          <select id="speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="small-print">
        Keys (when not in a box or on a button): <kbd>Space</kbd> or <kbd>K</kbd> play and pause, <kbd>J</kbd>{' '}
        or <kbd>←</kbd> back 15 seconds, <kbd>L</kbd> or <kbd>→</kbd> forward 15 seconds.
      </p>
    </section>
  );
}
