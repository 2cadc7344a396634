// Wire shapes of the recording routes (docs/api.md, "Recordings" and "Uploads"), written out so the web app
// builds against the HTTP contract, not the server's internals.

export type PartStatus = 'recording' | 'processing' | 'ready' | 'failed';
export type BookmarkKind = 'agreed' | 'refused' | 'promised' | 'question' | 'important' | 'note';
export type ClipFormat = 'm4a' | 'mp3';

export interface RecordingPart {
  id: string;
  clientPartId: string;
  source: 'browser' | 'import';
  startedAt: string;
  durationMs: number | null;
  status: PartStatus;
  mimeType: string;
  device: string | null;
  sha256: string | null;
  bytes: number | null;
  contiguousUpTo: number;
  lastSeq: number | null;
  originalName: string | null;
  error: string | null;
}

export interface Bookmark {
  id: string;
  atMs: number;
  partId: string | null;
  kind: BookmarkKind;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface Timeline {
  parts: { partId: string; offsetMs: number; durationMs: number }[];
  gaps: { afterPartId: string; gapMs: number }[];
  totalMs: number;
}

export interface Recording {
  id: string;
  meetingId: string;
  createdAt: string;
  parts: RecordingPart[];
  bookmarks: Bookmark[];
  timeline: Timeline;
}

export interface RecordingSummary {
  id: string;
  meetingId: string;
  createdAt: string;
  parts: number;
  totalMs: number;
  status: PartStatus | 'empty';
}

export interface Peaks {
  durationMs: number;
  peaksPerSecond: number;
  peaks: number[];
}

export interface Clip {
  id: string;
  name: string;
  fromMs: number;
  toMs: number;
  format: ClipFormat;
  sha256: string;
  bytes: number;
  createdAt: string;
}

export interface NewPart {
  clientPartId: string;
  startedAt: string;
  mimeType: string;
  device?: string;
}

export interface ChunkAck {
  stored: boolean;
  contiguousUpTo: number;
}
