import type { BookmarkRow, ClipRow, PartRow } from './recordings.repository.js';

// What the API shows of recordings: parts, the timeline that plays them in order, bookmarks and clips.

export interface PartView {
  id: string;
  clientPartId: string;
  source: 'browser' | 'import';
  startedAt: string;
  durationMs: number | null;
  status: PartRow['status'];
  mimeType: string;
  device: string | null;
  sha256: string | null;
  bytes: number | null;
  /** Every chunk from 0 to this number is safely stored (-1: none yet). */
  contiguousUpTo: number;
  lastSeq: number | null;
  originalName: string | null;
  /** A plain note on what went wrong or is missing, or null. */
  error: string | null;
}

export interface BookmarkView {
  id: string;
  atMs: number;
  partId: string | null;
  kind: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface ClipView {
  id: string;
  name: string;
  fromMs: number;
  toMs: number;
  format: string;
  sha256: string;
  bytes: number;
  createdAt: string;
}

export interface Timeline {
  parts: { partId: string; offsetMs: number; durationMs: number }[];
  /** Real time between the end of one part and the start of the next (a break, another day). */
  gaps: { afterPartId: string; gapMs: number }[];
  totalMs: number;
}

export interface RecordingView {
  id: string;
  meetingId: string;
  createdAt: string;
  parts: PartView[];
  bookmarks: BookmarkView[];
  timeline: Timeline;
}

export const partView = (p: PartRow): PartView => ({
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

export const bookmarkView = (b: BookmarkRow): BookmarkView => ({
  id: b.id,
  atMs: Number(b.at_ms),
  partId: b.part_id,
  kind: b.kind,
  note: b.note,
  createdAt: b.created_at,
  updatedAt: b.updated_at,
});

export const clipView = (c: ClipRow): ClipView => ({
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
export function timelineOf(parts: readonly PartRow[]): Timeline {
  const sorted = [...parts].sort((a, b) => a.started_at.localeCompare(b.started_at));
  const out: Timeline = { parts: [], gaps: [], totalMs: 0 };
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
