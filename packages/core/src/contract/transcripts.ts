import { z } from 'zod';
import {
  EXTRACT_KINDS,
  type ExtractedItem,
  type SegmentView,
  type SpeakerView,
  type TranscriptWord,
} from '../transcripts/transcript-types.js';
import { BOOKMARK_KINDS, ENGINE_CHOICES, ENGINE_NAMES, ITEM_STATUSES, TRANSCRIPT_STATUSES } from './enums.js';
import { COMPANION_OUTCOMES } from './companion.js';
import { id, isoDay, isoText, matching } from './shape.js';

// Transcripts: the engines, runs, the transcript as the parent sees it (with corrections), search, and the items
// (promised, refused, agreed, asked) found in it. Times are seconds on the recording's timeline.

export const engineInfoSchema = z.strictObject({
  name: z.enum(ENGINE_NAMES),
  label: z.string(),
  available: z.boolean(),
  /** Why not, and how to get it, when it cannot run. */
  unavailableReason: z.string().nullable(),
  accuracyNote: z.string(),
  speakerModel: z.boolean(),
});
export type EngineInfo = z.infer<typeof engineInfoSchema>;
export const engineListSchema = z.strictObject({ engines: z.array(engineInfoSchema) });

export const transcriptSummarySchema = z.strictObject({
  id,
  recordingId: id,
  meetingId: id,
  status: z.enum(TRANSCRIPT_STATUSES),
  /**
   * Made while the meeting is recorded (started by the recorder's audio). While it runs, processedSec is how
   * much of the meeting is written so far and durationSec is null until the recording stops.
   */
  live: z.boolean(),
  /** The engine's label, e.g. "pocketsphinx (en-us)". */
  engine: z.string().nullable(),
  engineNote: z.string().nullable(),
  speakersExpected: z.number().int().nullable(),
  durationSec: z.number().nullable(),
  processedSec: z.number(),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  etaSec: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: isoText,
  updatedAt: isoText,
  finishedAt: isoText.nullable(),
  jobId: z.string().nullable(),
});
export type TranscriptSummary = z.infer<typeof transcriptSummarySchema>;
export const transcriptRunSchema = z.strictObject({ transcript: transcriptSummarySchema });

export const transcriptWordSchema = matching<TranscriptWord>()(
  z.strictObject({ text: z.string(), start: z.number(), end: z.number(), confidence: z.number().nullable() }),
);

/** A segment as the parent sees it (core's SegmentView): corrections applied. */
export const segmentViewSchema = matching<SegmentView>()(
  z.strictObject({
    id,
    start: z.number(),
    end: z.number(),
    speaker: z.string().nullable(),
    speakerName: z.string(),
    text: z.string(),
    words: z.array(transcriptWordSchema),
    edited: z.boolean(),
    machineText: z.string().nullable(),
  }),
);

/** A speaker as the parent sees it (core's SpeakerView). */
export const speakerViewSchema = matching<SpeakerView>()(
  z.strictObject({
    label: z.string(),
    name: z.string(),
    named: z.boolean(),
    segmentCount: z.number().int(),
    seconds: z.number(),
    sample: z.strictObject({ start: z.number(), end: z.number() }).nullable(),
  }),
);

export const transcriptBookmarkSchema = z.strictObject({
  id,
  atSec: z.number(),
  kind: z.enum(BOOKMARK_KINDS),
  note: z.string(),
});
export type TranscriptBookmark = z.infer<typeof transcriptBookmarkSchema>;

/**
 * The body of GET .../transcript and of every correction: the newest run, the shown run's segments and speakers
 * with the parent's corrections, and the recording's bookmarks. (The web app called it TranscriptBundle; the
 * server's TranscriptBundle is an internal shape with a `view`.)
 */
export const transcriptBodySchema = z.strictObject({
  transcript: transcriptSummarySchema.nullable(),
  segments: z.array(segmentViewSchema),
  speakers: z.array(speakerViewSchema),
  bookmarks: z.array(transcriptBookmarkSchema),
});
export type TranscriptBody = z.infer<typeof transcriptBodySchema>;

export const snippetPieceSchema = z.strictObject({ text: z.string(), highlight: z.boolean() });
export type SnippetPiece = z.infer<typeof snippetPieceSchema>;

export const searchHitSchema = z.strictObject({
  recordingId: id,
  meetingId: id,
  transcriptId: id,
  segmentId: id,
  start: z.number(),
  end: z.number(),
  speakerName: z.string(),
  text: z.string(),
  snippet: z.array(snippetPieceSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResultSchema = z.strictObject({ hits: z.array(searchHitSchema) });

/** The query of the search route. */
export const searchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  speaker: z.string().max(100).optional(),
  bookmark: z.enum(BOOKMARK_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/** What extraction finds (core's ExtractedItem); a stored item is one of these with the parent's decisions. */
export const extractedItemSchema = matching<ExtractedItem>()(
  z.strictObject({
    kind: z.enum(EXTRACT_KINDS),
    text: z.string(),
    who: z.string().nullable(),
    due: isoDay.nullable(),
    start: z.number().nullable(),
    /** The words it was found in, unchanged. */
    source: z.string(),
  }),
);

export const transcriptItemSchema = extractedItemSchema.extend({
  id,
  recordingId: id,
  meetingId: id,
  status: z.enum(ITEM_STATUSES),
  /** The parent changed the kind, text, who or date. */
  edited: z.boolean(),
  doneAt: isoText.nullable(),
  /** The companion tap within 60 s this item backs up (same card), or null. */
  tap: z
    .strictObject({ entryId: z.string(), outcome: z.enum(COMPANION_OUTCOMES), title: z.string() })
    .nullable(),
  createdAt: isoText,
  updatedAt: isoText,
});
export type TranscriptItem = z.infer<typeof transcriptItemSchema>;
export const transcriptItemListSchema = z.strictObject({ items: z.array(transcriptItemSchema) });
export const transcriptItemOneSchema = z.strictObject({ item: transcriptItemSchema });

const label = z.string().regex(/^S\d{1,3}$/);
export const startTranscriptBodySchema = z
  .strictObject({ engine: z.enum(ENGINE_CHOICES), speakers: z.number().int().min(1).max(30) })
  .partial();
export type StartTranscriptBody = z.infer<typeof startTranscriptBodySchema>;
export const segmentEditBodySchema = z
  .strictObject({ text: z.string().trim().min(1).max(5000), speaker: label })
  .partial()
  .refine((b) => b.text !== undefined || b.speaker !== undefined);
export type SegmentEditBody = z.infer<typeof segmentEditBodySchema>;
export const renameSpeakerBodySchema = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const mergeSpeakersBodySchema = z.strictObject({ from: label, into: label });
export const itemPatchBodySchema = z
  .strictObject({
    status: z.enum(ITEM_STATUSES),
    kind: z.enum(EXTRACT_KINDS),
    text: z.string().trim().min(1).max(2000),
    who: z.string().trim().max(200).nullable(),
    due: isoDay.nullable(),
    done: z.boolean(),
  })
  .partial();
export type ItemPatchBody = z.infer<typeof itemPatchBodySchema>;
