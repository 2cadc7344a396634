import type { RecordingTimeline } from '@iep/core/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { recordingsApi } from '../../recordings/api/recordings';
import { locate } from '../../recordings/lib/recording-time';

export interface TimelinePlayer {
  /** A callback ref for the <audio> element: the source is set once the element is in the page. */
  audioRef: (el: HTMLAudioElement | null) => void;
  playing: boolean;
  /** Seconds on the timeline, updated by the media element (a few times a second). */
  positionSec: number;
  speed: number;
  setSpeed: (speed: number) => void;
  /** Seeks to `sec` and plays; with `untilSec`, pauses there (a speaker's sample). */
  playFrom: (sec: number, untilSec?: number) => void;
  toggle: () => void;
  /** The exact position now, for animation frames. */
  nowSec: () => number;
  /** Called on every animation frame while playing, and after each seek. */
  setFrameListener: (listener: ((sec: number) => void) | null) => void;
  /** Set when the browser refused to start playing (no tap yet); the position is still set. */
  blocked: boolean;
  handlers: {
    onPlay: () => void;
    onPause: () => void;
    onEnded: () => void;
    onTimeUpdate: () => void;
  };
}

/**
 * Plays a meeting recording's parts back to back as one timeline, like the player page does: one media element
 * whose source is the part under the position, fed by Range requests. Times here are seconds (transcripts).
 */
export function useTimelinePlayer(caseId: string, timeline: RecordingTimeline | null): TimelinePlayer {
  const audioEl = useRef<HTMLAudioElement | null>(null);
  // A counter, not the element: the source effect runs again when a new element is in the page.
  const [mounted, setMounted] = useState(0);
  const audioRef = useCallback((el: HTMLAudioElement | null) => {
    audioEl.current = el;
    if (el) setMounted((n) => n + 1);
  }, []);
  // False from a new source until its metadata is in: seeks wait for it (a seek before it is lost).
  const ready = useRef(false);
  const [index, setIndex] = useState(0);
  const indexRef = useRef(0);
  const [playing, setPlaying] = useState(false);
  const [positionSec, setPositionSec] = useState(0);
  const [speed, setSpeed] = useState(1);
  const [blocked, setBlocked] = useState(false);
  const pending = useRef<{ ms: number; play: boolean } | null>(null);
  const stopAt = useRef<number | null>(null);
  const listener = useRef<((sec: number) => void) | null>(null);
  const speedRef = useRef(1);

  const nowSec = useCallback(() => {
    const el = audioEl.current;
    const part = timeline?.parts[indexRef.current];
    return ((part?.offsetMs ?? 0) + (el?.currentTime ?? 0) * 1000) / 1000;
  }, [timeline]);

  const start = useCallback((el: HTMLAudioElement) => {
    el.play().then(
      () => setBlocked(false),
      () => setBlocked(true),
    );
  }, []);

  // A new part in the element: load it, then apply the seek that asked for it once its metadata is in.
  useEffect(() => {
    const el = audioEl.current;
    const part = timeline?.parts[index];
    indexRef.current = index;
    if (!el || !part) return;
    ready.current = false;
    el.src = recordingsApi.partAudioUrl(caseId, part.partId);
    const apply = () => {
      ready.current = true;
      const p = pending.current;
      pending.current = null;
      el.playbackRate = speedRef.current;
      if (p) el.currentTime = p.ms / 1000;
      if (p?.play) start(el);
    };
    el.addEventListener('loadedmetadata', apply, { once: true });
    return () => el.removeEventListener('loadedmetadata', apply);
  }, [mounted, index, caseId, timeline, start]);

  useEffect(() => {
    speedRef.current = speed;
    if (audioEl.current) audioEl.current.playbackRate = speed;
  }, [speed]);

  // While playing, follow the position on every frame (timeupdate alone is too coarse for word highlights).
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const tick = () => {
      const t = nowSec();
      if (stopAt.current !== null && t >= stopAt.current) {
        stopAt.current = null;
        audioEl.current?.pause();
      }
      listener.current?.(t);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, nowSec]);

  const playFrom = useCallback(
    (sec: number, untilSec?: number) => {
      const el = audioEl.current;
      if (!timeline) return;
      const loc = locate(timeline, sec * 1000);
      if (!loc) return;
      stopAt.current = untilSec ?? null;
      const at = ((timeline.parts[loc.index]?.offsetMs ?? 0) + loc.offsetInPartMs) / 1000;
      setPositionSec(at);
      listener.current?.(at);
      if (loc.index !== indexRef.current || !ready.current) {
        pending.current = { ms: loc.offsetInPartMs, play: true };
        setIndex(loc.index);
        return;
      }
      if (!el) return;
      el.currentTime = loc.offsetInPartMs / 1000;
      start(el);
    },
    [timeline, start],
  );

  const toggle = useCallback(() => {
    const el = audioEl.current;
    if (!el) return;
    stopAt.current = null;
    if (el.paused) start(el);
    else el.pause();
  }, [start]);

  const setFrameListener = useCallback((fn: ((sec: number) => void) | null) => {
    listener.current = fn;
  }, []);

  const handlers = {
    onPlay: () => setPlaying(true),
    onPause: () => setPlaying(false),
    onEnded: () => {
      if (timeline && indexRef.current + 1 < timeline.parts.length) {
        pending.current = { ms: 0, play: true };
        setIndex(indexRef.current + 1);
      } else setPlaying(false);
    },
    onTimeUpdate: () => {
      const t = nowSec();
      setPositionSec(t);
      if (!audioEl.current || audioEl.current.paused) listener.current?.(t);
    },
  };

  return {
    audioRef,
    playing,
    positionSec,
    speed,
    setSpeed,
    playFrom,
    toggle,
    nowSec,
    setFrameListener,
    blocked,
    handlers,
  };
}
