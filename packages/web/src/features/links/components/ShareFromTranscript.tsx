import type { SegmentView } from '@iep/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { clockText } from '../../recordings/lib/recording-time';

/** A short label of a stretch of speech: when, who, and its first words. */
function label(seg: SegmentView): string {
  const words = seg.text.split(/\s+/).slice(0, 8).join(' ');
  return `${clockText(seg.start * 1000)} ${seg.speakerName}: ${words}${seg.text.split(/\s+/).length > 8 ? '…' : ''}`;
}

/** "Share a part" from the transcript: pick the first and the last thing said, then make the link. */
export function ShareFromTranscript({ base, segments }: { base: string; segments: SegmentView[] }) {
  const [first, setFirst] = useState(0);
  const [last, setLast] = useState(Math.min(segments.length - 1, 2));
  if (segments.length === 0) return null;
  const from = segments[Math.min(first, last)];
  const to = segments[Math.max(first, last)];
  const href = `${base}/share?from=${Math.floor((from?.start ?? 0) * 1000)}&to=${Math.ceil((to?.end ?? 0) * 1000)}`;
  return (
    <section aria-labelledby="share-transcript-heading">
      <h2 id="share-transcript-heading">Share a part</h2>
      <p>Choose what was said first and last. The link plays that part and shows its words.</p>
      <div className="field">
        <label htmlFor="share-first">Starts with</label>
        <select id="share-first" value={first} onChange={(e) => setFirst(Number(e.target.value))}>
          {segments.map((s, i) => (
            <option key={s.id} value={i}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="share-last">Ends with</label>
        <select id="share-last" value={last} onChange={(e) => setLast(Number(e.target.value))}>
          {segments.map((s, i) => (
            <option key={s.id} value={i}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      <Link className="button secondary" to={href}>
        Share this part
      </Link>
    </section>
  );
}
