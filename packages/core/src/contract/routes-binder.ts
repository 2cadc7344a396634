import { empty, file, json, type RouteContract } from './route-types.js';
import {
  caseSearchQuerySchema,
  caseSearchResultSchema,
  binderDocumentSchema,
  documentAddedSchema,
  documentBodySchema,
  documentListSchema,
  documentPatchBodySchema,
} from './binder.js';

// The routes of the binder's documents and of the one search over documents and transcripts.

export const BINDER_ROUTES = {
  'GET /api/cases/:id/documents': {
    summary: "The case's documents, newest first.",
    status: 200,
    answer: json(documentListSchema),
  },
  'POST /api/cases/:id/documents': {
    summary:
      'Adds a document (PDF, DOCX, photo, email, text) and starts reading its text; the same file twice is one document.',
    status: [201, 200],
    upload: 'multipart',
    answer: json(documentAddedSchema),
  },
  'GET /api/cases/:id/documents/:documentId': {
    summary: 'One document with its text, page by page.',
    status: 200,
    answer: json(documentBodySchema),
  },
  'PATCH /api/cases/:id/documents/:documentId': {
    summary: "Changes a document's name, kind, tab or dates.",
    status: 200,
    body: documentPatchBodySchema,
    answer: json(binderDocumentSchema),
  },
  'DELETE /api/cases/:id/documents/:documentId': {
    summary: 'Deletes a document, its text and its stored file.',
    status: 204,
    answer: empty,
  },
  'GET /api/cases/:id/documents/:documentId/file': {
    summary: 'The original file, as it was added.',
    status: 200,
    answer: file(
      'application/pdf; application/vnd.openxmlformats-officedocument.wordprocessingml.document; image/; message/rfc822; application/vnd.ms-outlook; text/plain',
    ),
  },
  'POST /api/cases/:id/documents/:documentId/retry': {
    summary: 'Reads a document again after reading failed.',
    status: 202,
    answer: json(binderDocumentSchema),
  },
  'GET /api/cases/:id/search': {
    summary: 'Searches the words of every document and transcript of the case.',
    status: 200,
    query: caseSearchQuerySchema,
    answer: json(caseSearchResultSchema),
  },
} as const satisfies Record<string, RouteContract>;
