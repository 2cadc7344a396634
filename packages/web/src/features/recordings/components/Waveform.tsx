import type { Bookmark, Peaks, RecordingTimeline } from '@iep/core/contract';
import { useEffect, useRef } from 'react';
import { clockText } from '../lib/recording-time';

interface Props {
  timeline: RecordingTimeline;
  peaks: Map<string, Peaks>;
  bookmarks: Bookmark[];
  selection: { fromMs: number; toMs: number } | null;
  positionMs: number;
  onSeek: (ms: number) => void;
}

// The waveform is drawn here from the server's peaks on one canvas. wavesurfer.js v8 was the plan, but it
// puts an inline <style> into its shadow root, which this app's Content Security Policy (style-src 'self',
// no nonce) blocks, leaving its canvases unpositioned. Drawing peaks is small; playback stays a media element.
export function Waveform({ timeline, peaks, bookmarks, selection, positionMs, onSeek }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const width = c.clientWidth || 600;
    const height = c.clientHeight || 96;
    c.width = Math.round(width * ratio);
    c.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const total = Math.max(1, timeline.totalMs);
    const x = (ms: number) => (ms / total) * width;
    if (selection) {
      ctx.fillStyle = '#fde68a';
      ctx.fillRect(x(selection.fromMs), 0, Math.max(2, x(selection.toMs) - x(selection.fromMs)), height);
    }
    const mid = height / 2;
    for (const part of timeline.parts) {
      const p = peaks.get(part.partId);
      ctx.fillStyle = '#1d4ed8';
      if (p && p.peaks.length > 0) {
        const columns = Math.max(1, Math.floor(x(part.durationMs)));
        for (let col = 0; col < columns; col += 1) {
          const from = Math.floor((col / columns) * p.peaks.length);
          const to = Math.max(from + 1, Math.floor(((col + 1) / columns) * p.peaks.length));
          let v = 0;
          for (let i = from; i < to; i += 1) v = Math.max(v, p.peaks[i] ?? 0);
          const h = Math.max(1, v * (height - 8));
          ctx.fillRect(x(part.offsetMs) + col, mid - h / 2, 1, h);
        }
      } else {
        ctx.fillRect(x(part.offsetMs), mid - 1, Math.max(1, x(part.durationMs)), 2);
      }
      // Where one part ends and the next begins (a break).
      if (part.offsetMs > 0) {
        ctx.fillStyle = '#111827';
        ctx.fillRect(x(part.offsetMs) - 1, 0, 3, height);
      }
    }
    ctx.fillStyle = '#b45309';
    for (const b of bookmarks) ctx.fillRect(x(b.atMs) - 1, 0, 3, 12);
    ctx.fillStyle = '#b91c1c';
    ctx.fillRect(x(positionMs) - 1, 0, 2, height);
  }, [timeline, peaks, bookmarks, selection, positionMs]);

  return (
    <canvas
      ref={canvas}
      className="waveform"
      role="img"
      aria-label={`Waveform of the recording, ${clockText(timeline.totalMs)} long, with ${bookmarks.length} bookmarks. Use the position slider to move.`}
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        onSeek(((e.clientX - rect.left) / rect.width) * timeline.totalMs);
      }}
    />
  );
}
