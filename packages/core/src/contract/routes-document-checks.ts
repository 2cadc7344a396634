import {
  documentProgressCheckSchema,
  meetingCompareQuerySchema,
  meetingCompareSchema,
} from './document-checks.js';
import { json, type RouteContract } from './route-types.js';

// The checks of a binder document: an IEP against a meeting, a progress report against the data.

export const DOCUMENT_CHECK_ROUTES = {
  'GET /api/cases/:id/documents/:documentId/meeting-compare': {
    summary:
      'Compares an IEP or amendment with what a meeting settled: what is missing, what differs, what is new.',
    status: 200,
    query: meetingCompareQuerySchema,
    answer: json(meetingCompareSchema),
  },
  'GET /api/cases/:id/documents/:documentId/progress-check': {
    summary: "Reads a progress report's marks per goal and sets them against the goal's scores.",
    status: 200,
    answer: json(documentProgressCheckSchema),
  },
} as const satisfies Record<string, RouteContract>;
