import { z } from 'zod';
import { TRANSCRIPT_EXPORT_FORMATS } from './enums.js';
import { file, json, type RouteContract } from './route-types.js';
import {
  engineListSchema,
  itemPatchBodySchema,
  mergeSpeakersBodySchema,
  renameSpeakerBodySchema,
  searchQuerySchema,
  searchResultSchema,
  segmentEditBodySchema,
  startTranscriptBodySchema,
  transcriptBodySchema,
  transcriptItemListSchema,
  transcriptItemOneSchema,
  transcriptRunSchema,
} from './transcripts.js';

// The routes of transcripts, their corrections and search, and the items found in them.

export const TRANSCRIPT_ROUTES = {
  'GET /api/engines': {
    summary: 'The speech engines this machine has, best first.',
    status: 200,
    answer: json(engineListSchema),
  },
  'POST /api/cases/:id/recordings/:recordingId/transcripts': {
    summary: 'Starts a transcription run (a background job).',
    status: 202,
    body: startTranscriptBodySchema,
    answer: json(transcriptRunSchema),
  },
  'GET /api/cases/:id/recordings/:recordingId/transcript': {
    summary: "The recording's transcript with the parent's corrections, and its bookmarks.",
    status: 200,
    answer: json(transcriptBodySchema),
  },
  'POST /api/cases/:id/transcripts/:transcriptId/cancel': {
    summary: 'Cancels a queued or running run.',
    status: 200,
    answer: json(transcriptRunSchema),
  },
  'POST /api/cases/:id/transcripts/:transcriptId/retry': {
    summary: 'Runs a failed or cancelled run again from its checkpoint.',
    status: 202,
    answer: json(transcriptRunSchema),
  },
  'PATCH /api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId': {
    summary: "Corrects a segment's text or speaker.",
    status: 200,
    body: segmentEditBodySchema,
    answer: json(transcriptBodySchema),
  },
  'PUT /api/cases/:id/recordings/:recordingId/transcript/speakers/:label': {
    summary: 'Names a speaker everywhere in the recording.',
    status: 200,
    body: renameSpeakerBodySchema,
    answer: json(transcriptBodySchema),
  },
  'POST /api/cases/:id/recordings/:recordingId/transcript/speakers/merge': {
    summary: "Makes every segment of one speaker another's.",
    status: 200,
    body: mergeSpeakersBodySchema,
    answer: json(transcriptBodySchema),
  },
  'GET /api/cases/:id/transcripts/search': {
    summary: 'Searches the words of every transcript of the case.',
    status: 200,
    query: searchQuerySchema,
    answer: json(searchResultSchema),
  },
  'GET /api/cases/:id/recordings/:recordingId/transcript/export': {
    summary: 'The transcript as a file: txt, srt, vtt, json, docx or pdf.',
    status: 200,
    query: z.object({ format: z.enum(TRANSCRIPT_EXPORT_FORMATS) }),
    answer: file(
      'text/plain; application/x-subrip; text/vtt; application/json; application/vnd.openxmlformats-officedocument.wordprocessingml.document; application/pdf',
    ),
  },
  'GET /api/cases/:id/recordings/:recordingId/items': {
    summary: 'What was promised, refused, agreed and asked, in the order said.',
    status: 200,
    answer: json(transcriptItemListSchema),
  },
  'POST /api/cases/:id/recordings/:recordingId/items/extract': {
    summary: 'Runs extraction again on the shown transcript and the bookmarks.',
    status: 200,
    answer: json(transcriptItemListSchema),
  },
  'PATCH /api/cases/:id/items/:itemId': {
    summary: "The parent's decision or change on an item.",
    status: 200,
    body: itemPatchBodySchema,
    answer: json(transcriptItemOneSchema),
  },
} as const satisfies Record<string, RouteContract>;
