import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { recordingsApi } from '../api/recordings';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { BookmarkList } from '../components/BookmarkList';
import { ClipForm } from '../components/ClipForm';
import { Waveform } from '../components/Waveform';
import { useLoad } from '../../../hooks/useLoad';
import { breakText, clipAround, clockText, locate } from '../lib/recording-time';
import type { Peaks, Recording } from '../api/recording-wire';

const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];
const SKIP_MS = 15_000;

export function PlayerPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, reload } = useLoad(
    () => recordingsApi.recording(caseId, meetingId),
    `${caseId}/${meetingId}`,
  );
  const audio = useRef<HTMLAudioElement>(null);
  const [peaks, setPeaks] = useState<Map<string, Peaks>>(new Map());
  const [index, setIndex] = useState(0);
  const [positionMs, setPositionMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [range, setRange] = useState({ fromMs: 0, toMs: 0 });
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const pendingSeek = useRef<{ ms: number; play: boolean } | null>(null);

  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    void Promise.all(
      data.parts
        .filter((p) => p.status === 'ready')
        .map(async (p) => {
          const r = await fetch(recordingsApi.partPeaksUrl(caseId, p.id), { credentials: 'same-origin' });
          return r.ok ? ([p.id, (await r.json()) as Peaks] as const) : null;
        }),
    ).then((list) => {
      if (!cancelled) setPeaks(new Map(list.filter((x) => x !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [data, caseId]);

  const rec: Recording | null = data;
  const partAt = useCallback((i: number) => rec?.timeline.parts[i], [rec]);

  const seek = useCallback(
    (ms: number, play = playing) => {
      if (!rec) return;
      const loc = locate(rec.timeline, ms);
      const el = audio.current;
      if (!loc || !el) return;
      setPositionMs((rec.timeline.parts[loc.index]?.offsetMs ?? 0) + loc.offsetInPartMs);
      if (loc.index !== index) {
        pendingSeek.current = { ms: loc.offsetInPartMs, play };
        setIndex(loc.index);
        return;
      }
      el.currentTime = loc.offsetInPartMs / 1000;
      if (play) void el.play();
    },
    [rec, index, playing],
  );

  // A new part in the player: apply the seek that asked for it once its metadata is in.
  useEffect(() => {
    const el = audio.current;
    const part = partAt(index);
    if (!el || !part) return;
    el.src = recordingsApi.partAudioUrl(caseId, part.partId);
    el.playbackRate = speed;
    const apply = () => {
      const p = pendingSeek.current;
      pendingSeek.current = null;
      if (p) el.currentTime = p.ms / 1000;
      el.playbackRate = speed;
      if (p?.play) void el.play();
    };
    el.addEventListener('loadedmetadata', apply, { once: true });
    return () => el.removeEventListener('loadedmetadata', apply);
    // speed is applied separately below; reloading the source on a speed change would jump back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, caseId, partAt]);

  useEffect(() => {
    if (audio.current) audio.current.playbackRate = speed;
  }, [speed]);

  const toggle = useCallback(() => {
    const el = audio.current;
    if (!el) return;
    if (el.paused) void el.play();
    else el.pause();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName)
      )
        return;
      if (e.key === ' ' || e.key === 'k') {
        e.preventDefault();
        toggle();
      } else if (e.key === 'j' || e.key === 'ArrowLeft') {
        e.preventDefault();
        seek(positionMs - SKIP_MS);
      } else if (e.key === 'l' || e.key === 'ArrowRight') {
        e.preventDefault();
        seek(positionMs + SKIP_MS);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle, seek, positionMs]);

  if (error?.status === 404) {
    return (
      <>
        <PageHeading>Recording</PageHeading>
        <p>{error.message}</p>
        <p>
          <Link to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/record`}>
            Record this meeting
          </Link>
        </p>
      </>
    );
  }
  if (!rec) {
    return (
      <>
        <PageHeading>Recording</PageHeading>
        {error ? (
          <p className="notice error">{error.message}</p>
        ) : (
          <p className="loading">Loading the recording…</p>
        )}
      </>
    );
  }

  const total = rec.timeline.totalMs;
  const base = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}`;
  const onEnded = () => {
    if (index + 1 < rec.timeline.parts.length) {
      pendingSeek.current = { ms: 0, play: true };
      setIndex(index + 1);
    } else setPlaying(false);
  };

  return (
    <>
      <PageHeading>Meeting recording</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <StatusMessage message={message} />
      <section aria-labelledby="player-heading" className="player">
        <h2 id="player-heading">Listen</h2>
        <audio
          ref={audio}
          preload="metadata"
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={onEnded}
          onTimeUpdate={(e) =>
            setPositionMs((partAt(index)?.offsetMs ?? 0) + e.currentTarget.currentTime * 1000)
          }
        />
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
          Keys (when not in a box or on a button): <kbd>Space</kbd> or <kbd>K</kbd> play and pause,{' '}
          <kbd>J</kbd> or <kbd>←</kbd> back 15 seconds, <kbd>L</kbd> or <kbd>→</kbd> forward 15 seconds.
        </p>
      </section>
      <section aria-labelledby="transcript-link-heading">
        <h2 id="transcript-link-heading">Transcript</h2>
        <p>Read the meeting as text, find words, and see what was promised.</p>
        <Link className="button secondary" to={`${base}/transcript`}>
          Open the transcript
        </Link>
      </section>
      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading">Parts</h2>
        <ol className="plain-list parts-list">
          {rec.parts.map((p, i) => {
            const gap = rec.timeline.gaps.find((g) => g.afterPartId === rec.parts[i - 1]?.id);
            const t = rec.timeline.parts.find((x) => x.partId === p.id);
            return (
              <li key={p.id}>
                {gap ? <p className="gap">{breakText(gap.gapMs)}</p> : null}
                <p>
                  Part {i + 1}: started {new Date(p.startedAt).toLocaleString('en-US')},{' '}
                  {clockText(p.durationMs ?? 0)} long (
                  {p.status === 'ready' ? 'ready' : p.status === 'failed' ? 'failed' : 'still being saved'})
                  {t ? `, at ${clockText(t.offsetMs)} on the timeline` : ''}.
                </p>
                {p.error ? <p className="notice warning">{p.error}</p> : null}
              </li>
            );
          })}
        </ol>
      </section>
      <BookmarkList
        bookmarks={rec.bookmarks}
        onPlay={(ms) => seek(ms, true)}
        onClip={(b) => {
          setRange(clipAround(b.atMs, total));
          setMessage(`The clip range is set around the bookmark at ${clockText(b.atMs)}.`);
          document.getElementById('clip-name')?.focus();
        }}
        onSave={async (b, kind, note) => {
          await recordingsApi.updateBookmark(caseId, b.id, { kind, note });
          setMessage('The bookmark is saved.');
          await reload();
        }}
        onDelete={async (b) => {
          await recordingsApi.deleteBookmark(caseId, b.id);
          setMessage('The bookmark is deleted.');
          await reload();
        }}
      />
      <ClipForm
        caseId={caseId}
        recordingId={rec.id}
        range={range}
        onRange={setRange}
        positionMs={positionMs}
      />
      <section aria-labelledby="keep-heading">
        <h2 id="keep-heading">Keep and remove</h2>
        <div className="actions">
          <a
            className="button secondary"
            href={recordingsApi.manifestUrl(caseId, rec.id)}
            download="recording-manifest.json"
          >
            Download the manifest (list of parts, times and fingerprints)
          </a>
          <Link className="button secondary" to={`${base}/recording/import`}>
            Add a recording file
          </Link>
        </div>
        {confirming ? (
          <div className="notice warning" role="alert">
            <p>
              Delete the whole recording of this meeting, with its bookmarks and clips? This cannot be undone.
            </p>
            <div className="actions">
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  try {
                    await recordingsApi.deleteRecording(caseId, rec.id);
                    navigate(`/cases/${encodeURIComponent(caseId)}`);
                  } catch (e) {
                    setMessage(e instanceof ApiError ? e.message : 'The recording was not deleted.');
                  }
                }}
              >
                Yes, delete the recording
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete the recording
          </button>
        )}
      </section>
    </>
  );
}
