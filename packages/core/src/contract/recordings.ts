import { z } from 'zod';
import { BOOKMARK_KINDS, CLIP_FORMATS, PART_SOURCES, PART_STATUSES } from './enums.js';
import { id, isoText } from './shape.js';

// Recordings: parts (one per recorder stream or imported file), their timeline, chunks, peaks, bookmarks, clips
// and the manifest.

export const recordingPartSchema = z.strictObject({
  id,
  clientPartId: z.string(),
  source: z.enum(PART_SOURCES),
  startedAt: isoText,
  durationMs: z.number().nullable(),
  status: z.enum(PART_STATUSES),
  mimeType: z.string(),
  device: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nullable(),
  /** Every chunk from 0 to this number is stored (-1: none yet). */
  contiguousUpTo: z.number().int(),
  lastSeq: z.number().int().nullable(),
  originalName: z.string().nullable(),
  /** A plain note on what went wrong or is missing. */
  error: z.string().nullable(),
});
export type RecordingPart = z.infer<typeof recordingPartSchema>;

export const bookmarkSchema = z.strictObject({
  id,
  atMs: z.number(),
  partId: z.string().nullable(),
  kind: z.enum(BOOKMARK_KINDS),
  note: z.string(),
  createdAt: isoText,
  updatedAt: isoText,
});
export type Bookmark = z.infer<typeof bookmarkSchema>;

export const clipSchema = z.strictObject({
  id,
  name: z.string(),
  fromMs: z.number(),
  toMs: z.number(),
  format: z.enum(CLIP_FORMATS),
  sha256: z.string(),
  bytes: z.number().int(),
  createdAt: isoText,
});
export type Clip = z.infer<typeof clipSchema>;

/** Parts play back to back; the real time between them is a gap, marked and not played. */
export const recordingTimelineSchema = z.strictObject({
  parts: z.array(z.strictObject({ partId: id, offsetMs: z.number(), durationMs: z.number() })),
  gaps: z.array(z.strictObject({ afterPartId: id, gapMs: z.number() })),
  totalMs: z.number(),
});
export type RecordingTimeline = z.infer<typeof recordingTimelineSchema>;

export const recordingSchema = z.strictObject({
  id,
  meetingId: id,
  createdAt: isoText,
  parts: z.array(recordingPartSchema),
  bookmarks: z.array(bookmarkSchema),
  timeline: recordingTimelineSchema,
});
export type Recording = z.infer<typeof recordingSchema>;

export const recordingSummarySchema = z.strictObject({
  id,
  meetingId: id,
  createdAt: isoText,
  parts: z.number().int(),
  totalMs: z.number(),
  /** The "worst" status of the parts, or empty. */
  status: z.enum([...PART_STATUSES, 'empty']),
});
export type RecordingSummary = z.infer<typeof recordingSummarySchema>;
export const recordingListSchema = z.strictObject({ recordings: z.array(recordingSummarySchema) });

export const chunkAckSchema = z.strictObject({ stored: z.boolean(), contiguousUpTo: z.number().int() });
export type ChunkAck = z.infer<typeof chunkAckSchema>;

export const peaksSchema = z.strictObject({
  durationMs: z.number(),
  peaksPerSecond: z.number(),
  peaks: z.array(z.number()),
});
export type Peaks = z.infer<typeof peaksSchema>;

export const manifestSchema = z.strictObject({
  kind: z.literal('iep-ready-recording-manifest'),
  version: z.literal(1),
  recordingId: id,
  caseId: id,
  meetingId: id,
  createdAt: isoText,
  exportedAt: isoText,
  hashAlgorithm: z.literal('SHA-256'),
  parts: z.array(recordingPartSchema.extend({ verified: z.boolean() })),
  timeline: recordingTimelineSchema,
  bookmarks: z.array(bookmarkSchema),
  clips: z.array(clipSchema.extend({ verified: z.boolean() })),
});
export type Manifest = z.infer<typeof manifestSchema>;

const atMs = z
  .number()
  .min(0)
  .max(7 * 24 * 3600 * 1000);
export const newPartBodySchema = z.strictObject({
  clientPartId: z.string().min(1).max(100),
  startedAt: isoText,
  mimeType: z.string().min(1).max(100),
  device: z.string().max(200).optional(),
});
export type NewPartBody = z.infer<typeof newPartBodySchema>;
export const finishPartBodySchema = z.strictObject({ lastSeq: z.number().int().min(-1) });
export const newBookmarkBodySchema = z.strictObject({
  atMs,
  kind: z.enum(BOOKMARK_KINDS),
  note: z.string().max(2000).optional(),
  partId: z.string().min(1).max(100).optional(),
});
export type NewBookmarkBody = z.infer<typeof newBookmarkBodySchema>;
export const bookmarkPatchBodySchema = newBookmarkBodySchema.omit({ partId: true }).partial();
export type BookmarkPatchBody = z.infer<typeof bookmarkPatchBodySchema>;
export const newClipBodySchema = z.strictObject({
  fromMs: atMs,
  toMs: atMs,
  name: z.string().trim().min(1).max(120),
  format: z.enum(CLIP_FORMATS),
});
export type NewClipBody = z.infer<typeof newClipBodySchema>;
