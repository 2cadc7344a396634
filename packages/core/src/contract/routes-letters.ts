import { z } from 'zod';
import {
  arrivalBodySchema,
  draftAppendBodySchema,
  draftBodySchema,
  letterDraftSchema,
  letterFileBodySchema,
  letterFileInfoSchema,
  letterKindListSchema,
  letterPreviewSchema,
  lettersOverviewSchema,
  markFileSentBodySchema,
  markLetterSentBodySchema,
  notesQuerySchema,
  previewBodySchema,
  sentLetterSchema,
  timelineSchema,
} from './letters.js';
import { file, json, type RouteContract } from './route-types.js';

// The routes of letters and the paper trail ("METHOD /path" as Fastify registers them).

const meetingQuery = z.object({ meetingId: z.string().optional() });

export const LETTER_ROUTES = {
  'GET /api/letters/kinds': {
    summary: 'The interview of every letter kind, in LETTER_KINDS order.',
    status: 200,
    answer: json(letterKindListSchema),
  },
  'GET /api/cases/:id/letters': {
    summary: "The case's drafts, letter files and sent letters, newest first.",
    status: 200,
    answer: json(lettersOverviewSchema),
  },
  'GET /api/cases/:id/letters/:kind/draft': {
    summary: 'The saved interview answers of a letter (empty when none yet).',
    status: 200,
    query: meetingQuery,
    answer: json(letterDraftSchema),
  },
  'PUT /api/cases/:id/letters/:kind/draft': {
    summary: 'Saves the interview answers of a letter.',
    status: 200,
    body: draftBodySchema,
    answer: json(letterDraftSchema),
  },
  'POST /api/cases/:id/letters/:kind/draft/append': {
    summary: 'Adds items to a list answer, skipping exact duplicates.',
    status: 200,
    body: draftAppendBodySchema,
    answer: json(letterDraftSchema),
  },
  'POST /api/cases/:id/letters/:kind/preview': {
    summary: 'The letter as it would be made now, or the facts it still needs.',
    status: 200,
    body: previewBodySchema,
    answer: json(letterPreviewSchema),
  },
  'POST /api/cases/:id/letters/:kind/files': {
    summary: 'Makes and stores a letter file from the saved draft.',
    status: 201,
    body: letterFileBodySchema,
    answer: json(letterFileInfoSchema),
  },
  'GET /api/cases/:id/letter-files/:fileId': {
    summary: 'A stored letter file, byte for byte.',
    status: 200,
    answer: file(
      'application/pdf; application/vnd.openxmlformats-officedocument.wordprocessingml.document; text/plain; message/rfc822',
    ),
  },
  'POST /api/cases/:id/letter-files/:fileId/sent': {
    summary: 'Records that this letter file was sent, when and how.',
    status: 201,
    body: markFileSentBodySchema,
    answer: json(sentLetterSchema),
  },
  'POST /api/cases/:id/letters/:kind/sent': {
    summary: 'Records a letter sent; the method picks the file that went unless one is named.',
    status: 201,
    body: markLetterSentBodySchema,
    answer: json(sentLetterSchema),
  },
  'PUT /api/cases/:id/sent-letters/:sentId/arrival': {
    summary: 'The day a sent letter arrived (the clocks that start on receipt count from it).',
    status: 200,
    body: arrivalBodySchema,
    answer: json(sentLetterSchema),
  },
  'GET /api/cases/:id/letters/:kind/notes': {
    summary: 'The "Notes for you" page of the saved draft, as PDF or text; never part of a letter.',
    status: 200,
    query: notesQuerySchema,
    answer: file('application/pdf; text/plain'),
  },
  'GET /api/cases/:id/timeline': {
    summary: "The case's paper trail, newest first.",
    status: 200,
    answer: json(timelineSchema),
  },
} as const satisfies Record<string, RouteContract>;
