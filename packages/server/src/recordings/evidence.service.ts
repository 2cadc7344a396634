import { PassThrough, type Readable } from 'node:stream';
import type { Bookmark, BookmarkKind, Clip, ClipFormat } from '@iep/core/contract';
import yazl from 'yazl';
import { DAMAGED } from '../blobs/blob-format.js';
import { cutClip } from '../media/index.js';
import { newId } from '../ids.js';
import { conflict, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import type { AppContext } from '../context/app-context.js';
import {
  deleteBookmark,
  findBookmark,
  findClip,
  insertBookmark,
  insertClip,
  listBookmarks,
  listClips,
  listParts,
  updateBookmark,
  type BookmarkRow,
  type ClipRow,
  type RecordingRow,
} from './recordings.repository.js';
import { reportDamaged } from './playback.service.js';
import { bookmarkView, clipView, partView, timelineOf } from './views.js';

// Bookmarks, clips and the manifest: what a parent hands over as evidence of what was said, with hashes that
// show the audio is the audio that was recorded.

export const CLIP_NOT_READY =
  'The audio in this range is not ready yet (still recording or being prepared). Try again in a minute.';

export const BOOKMARK_PART_NOT_FOUND =
  'This part of the recording was not found. Reload the page and try again.';

/** Adds a bookmark; a `partId` must name a part of this very recording (404 otherwise, like a missing one). */
export async function addBookmark(
  ctx: AppContext,
  recording: RecordingRow,
  input: { atMs: number; kind: BookmarkKind; note?: string | undefined; partId?: string | undefined },
): Promise<CaseResult<Bookmark>> {
  if (input.partId !== undefined) {
    const parts = await listParts(ctx.storage.db, recording.id);
    if (!parts.some((part) => part.id === input.partId)) return partNotFound(BOOKMARK_PART_NOT_FOUND);
  }
  const now = ctx.now().toISOString();
  const row: BookmarkRow = {
    id: newId(),
    recording_id: recording.id,
    at_ms: Math.round(input.atMs),
    part_id: input.partId ?? null,
    kind: input.kind,
    note: input.note ?? '',
    created_at: now,
    updated_at: now,
  };
  await insertBookmark(ctx.storage.db, row);
  return ok(bookmarkView(row));
}

export async function changeBookmark(
  ctx: AppContext,
  bookmark: BookmarkRow,
  patch: { atMs?: number | undefined; kind?: BookmarkKind | undefined; note?: string | undefined },
): Promise<Bookmark> {
  const next: BookmarkRow = {
    ...bookmark,
    at_ms: patch.atMs === undefined ? bookmark.at_ms : Math.round(patch.atMs),
    kind: patch.kind ?? bookmark.kind,
    note: patch.note ?? bookmark.note,
    updated_at: ctx.now().toISOString(),
  };
  await updateBookmark(ctx.storage.db, bookmark.id, {
    at_ms: next.at_ms,
    kind: next.kind,
    note: next.note,
    updated_at: next.updated_at,
  });
  return bookmarkView(next);
}

/** A bookmark of one of the case's recordings, or null (another case's looks exactly like a missing one). */
export async function bookmarkOfCase(
  ctx: AppContext,
  caseId: string,
  bookmarkId: string,
): Promise<BookmarkRow | null> {
  return findBookmark(ctx.storage.db, caseId, bookmarkId);
}

export async function removeBookmark(ctx: AppContext, bookmark: BookmarkRow): Promise<void> {
  await deleteBookmark(ctx.storage.db, bookmark.id);
}

/** A clip of one of the case's recordings, or null. */
export async function clipOfCase(ctx: AppContext, caseId: string, clipId: string): Promise<ClipRow | null> {
  return findClip(ctx.storage.db, caseId, clipId);
}

const FORMAT_TYPES: Record<ClipFormat, string> = { m4a: 'audio/mp4', mp3: 'audio/mpeg' };
export const clipContentType = (format: string): string =>
  FORMAT_TYPES[format as ClipFormat] ?? 'application/octet-stream';

/** Cuts a clip from the parts covering [fromMs, toMs) of the timeline and stores it encrypted. */
export async function makeClip(
  ctx: AppContext,
  recording: RecordingRow,
  input: { fromMs: number; toMs: number; name: string; format: ClipFormat },
): Promise<CaseResult<Clip>> {
  const parts = await listParts(ctx.storage.db, recording.id);
  const timeline = timelineOf(parts);
  if (input.toMs > timeline.totalMs + 1)
    return conflict(
      `The clip ends after the recording (which is ${Math.floor(timeline.totalMs / 1000)} s long).`,
    );
  const covering = timeline.parts.filter(
    (t) => t.offsetMs < input.toMs && t.offsetMs + t.durationMs > input.fromMs,
  );
  const byId = new Map(parts.map((p) => [p.id, p]));
  const sources = [];
  for (const t of covering) {
    const part = byId.get(t.partId);
    if (!part?.blob_id || part.status !== 'ready') return conflict(CLIP_NOT_READY);
    sources.push({
      source: ctx.blobs.openRead(part.blob_id),
      offsetMs: t.offsetMs,
      durationMs: t.durationMs,
    });
  }
  const output = new PassThrough();
  const [stored] = await Promise.all([
    ctx.blobs.put(output),
    cutClip(sources, { fromMs: input.fromMs, toMs: input.toMs, format: input.format }, output, {
      tmpDir: ctx.tmpDir,
    }),
  ]);
  const row = {
    id: newId(),
    recording_id: recording.id,
    name: input.name,
    from_ms: Math.round(input.fromMs),
    to_ms: Math.round(input.toMs),
    format: input.format,
    blob_id: stored.id,
    sha256: stored.sha256,
    bytes: stored.bytes,
    created_at: ctx.now().toISOString(),
  };
  await insertClip(ctx.storage.db, row);
  return ok(clipView(row));
}

/** A file name from what the parent typed: letters, digits, spaces and - _ only, never a path. */
export function clipFileName(name: string, format: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80);
  return `${safe === '' ? 'clip' : safe}.${format}`;
}

export interface Manifest {
  kind: 'iep-ready-recording-manifest';
  version: 1;
  recordingId: string;
  caseId: string;
  meetingId: string;
  createdAt: string;
  exportedAt: string;
  hashAlgorithm: 'SHA-256';
  parts: (ReturnType<typeof partView> & { verified: boolean })[];
  timeline: ReturnType<typeof timelineOf>;
  bookmarks: Bookmark[];
  clips: (Clip & { verified: boolean })[];
}

/**
 * The manifest of a recording. Every stored file is read back and hashed now: `verified` says it still
 * matches the SHA-256 on record; a part that does not is reported as damaged.
 */
export async function buildManifest(ctx: AppContext, recording: RecordingRow): Promise<Manifest> {
  const db = ctx.storage.db;
  const parts = await listParts(db, recording.id);
  const outParts: Manifest['parts'] = [];
  for (const part of parts) {
    let verified = false;
    if (part.blob_id && part.sha256) {
      const check = await ctx.blobs.verify(part.blob_id).catch(() => ({ ok: false, sha256: null }));
      verified = check.ok && check.sha256 === part.sha256;
      if (!verified) await reportDamaged(ctx, part, '(Found when the manifest was made.)');
    }
    const fresh = verified || !part.blob_id ? part : { ...part, error: DAMAGED };
    outParts.push({ ...partView(fresh), verified });
  }
  const clips: Manifest['clips'] = [];
  for (const clip of await listClips(db, recording.id)) {
    const check = await ctx.blobs.verify(clip.blob_id).catch(() => ({ ok: false, sha256: null }));
    clips.push({ ...clipView(clip), verified: check.ok && check.sha256 === clip.sha256 });
  }
  return {
    kind: 'iep-ready-recording-manifest',
    version: 1,
    recordingId: recording.id,
    caseId: recording.case_id,
    meetingId: recording.meeting_id,
    createdAt: recording.created_at,
    exportedAt: ctx.now().toISOString(),
    hashAlgorithm: 'SHA-256',
    parts: outParts,
    timeline: timelineOf(parts),
    bookmarks: (await listBookmarks(db, recording.id)).map(bookmarkView),
    clips,
  };
}

/**
 * The evidence package: the manifest (checked now) and every clip, streamed as a zip. Clips are stored
 * compressed already, so they go in as they are; the manifest names each clip file and its SHA-256.
 */
export async function evidenceZip(ctx: AppContext, recording: RecordingRow): Promise<Readable> {
  const manifest = await buildManifest(ctx, recording);
  const zip = new yazl.ZipFile();
  const at = new Date(manifest.exportedAt);
  const used = new Set<string>();
  const files: Record<string, string> = {};
  for (const clip of await listClips(ctx.storage.db, recording.id)) {
    let name = clipFileName(clip.name, clip.format);
    for (let n = 2; used.has(name); n++) name = clipFileName(`${clip.name} ${n}`, clip.format);
    used.add(name);
    files[clip.id] = `clips/${name}`;
    zip.addReadStream(ctx.blobs.openRead(clip.blob_id), `clips/${name}`, { mtime: at, compress: false });
  }
  const withFiles = { ...manifest, clipFiles: files };
  zip.addBuffer(Buffer.from(`${JSON.stringify(withFiles, null, 2)}\n`), 'manifest.json', {
    mtime: at,
    compress: false,
  });
  zip.end();
  return zip.outputStream as Readable;
}
