import type { Recording } from '@iep/core/contract';
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { recordingsApi } from '../api/recordings';
import { locate } from '../lib/recording-time';

export const SKIP_MS = 15_000;

// One timeline over the recording's parts, played by one <audio> element part after part: a seek may need another
// part first, so it waits for that part's metadata. Space/K, J/Left and L/Right work when no control has focus.
export function usePlayback(caseId: string, rec: Recording | null) {
  const audio = useRef<HTMLAudioElement>(null);
  const [index, setIndex] = useState(0);
  const [positionMs, setPositionMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const pendingSeek = useRef<{ ms: number; play: boolean } | null>(null);

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

  const partCount = rec?.timeline.parts.length ?? 0;
  /** Props for the <audio> element: play state, position, and on to the next part at the end of one. */
  const audioProps = {
    ref: audio,
    onPlay: () => setPlaying(true),
    onPause: () => setPlaying(false),
    onEnded: () => {
      if (index + 1 < partCount) {
        pendingSeek.current = { ms: 0, play: true };
        setIndex(index + 1);
      } else setPlaying(false);
    },
    onTimeUpdate: (e: SyntheticEvent<HTMLAudioElement>) =>
      setPositionMs((partAt(index)?.offsetMs ?? 0) + e.currentTarget.currentTime * 1000),
  };

  return { audioProps, positionMs, playing, speed, setSpeed, seek, toggle };
}
