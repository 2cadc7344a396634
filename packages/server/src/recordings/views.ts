import type { Bookmark, Clip, RecordingPart, RecordingTimeline } from '@iep/core/contract';
import type { BookmarkRow, ClipRow, PartRow } from './recordings.repository.js';

// What the API shows of recordings (the contract's shapes): parts, the timeline that plays them in order, bookmarks
// and clips.

export const partView = (p: PartRow): RecordingPart => ({
  id: p.id,
  clientPartId: p.client_part_id,
  source: p.source,
  startedAt: p.started_at,
  durationMs: p.duration_ms,
  status: p.status,
  mimeType: p.mime_type,
  device: p.device,
  sha256: p.sha256,
  bytes: p.bytes,
  contiguousUpTo: p.contiguous_seq,
  lastSeq: p.last_seq,
  originalName: p.original_name,
  error: p.error,
});

export const bookmarkView = (b: BookmarkRow): Bookmark => ({
  id: b.id,
  atMs: Number(b.at_ms),
  partId: b.part_id,
  kind: b.kind,
  note: b.note,
  createdAt: b.created_at,
  updatedAt: b.updated_at,
});

export const clipView = (c: ClipRow): Clip => ({
  id: c.id,
  name: c.name,
  fromMs: Number(c.from_ms),
  toMs: Number(c.to_ms),
  format: c.format,
  sha256: c.sha256,
  bytes: c.bytes,
  createdAt: c.created_at,
});

/**
 * Parts play back to back in start order; the time between them is marked as a gap, not played (a meeting on
 * two days is not 20 hours long). A part still recording counts with its known duration, 0 until finished.
 */
export function timelineOf(parts: readonly PartRow[]): RecordingTimeline {
  const sorted = [...parts].sort((a, b) => a.started_at.localeCompare(b.started_at));
  const out: RecordingTimeline = { parts: [], gaps: [], totalMs: 0 };
  let previous: PartRow | null = null;
  for (const part of sorted) {
    const durationMs = part.duration_ms ?? 0;
    if (previous) {
      const previousEnd = Date.parse(previous.started_at) + (previous.duration_ms ?? 0);
      const gapMs = Math.max(0, Date.parse(part.started_at) - previousEnd);
      if (gapMs > 0) out.gaps.push({ afterPartId: previous.id, gapMs });
    }
    out.parts.push({ partId: part.id, offsetMs: out.totalMs, durationMs });
    out.totalMs += durationMs;
    previous = part;
  }
  return out;
}
