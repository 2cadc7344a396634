import { empty, file, json, type RouteContract } from './route-types.js';
import {
  evidenceBuildBodySchema,
  evidenceBuildListSchema,
  evidenceBuildSchema,
  evidenceMaterialsSchema,
} from './evidence-binder.js';

// The routes of the evidence binder: the checklist of what can go in, builds (a job) and their two files.

export const EVIDENCE_BINDER_ROUTES = {
  'GET /api/cases/:id/evidence-binder/materials': {
    summary:
      'What of the case can go into an evidence binder: sent letters, binder documents, clips, data check charts, the answer list, meeting notes.',
    status: 200,
    answer: json(evidenceMaterialsSchema),
  },
  'POST /api/cases/:id/evidence-binders': {
    summary:
      'Starts building an evidence binder (a PDF and a ZIP of the originals) from the chosen materials (all when none are named).',
    status: 202,
    body: evidenceBuildBodySchema,
    answer: json(evidenceBuildSchema),
  },
  'GET /api/cases/:id/evidence-binders': {
    summary: 'The evidence binders built for the case, newest first, with their state.',
    status: 200,
    answer: json(evidenceBuildListSchema),
  },
  'GET /api/cases/:id/evidence-binders/:buildId': {
    summary: 'One evidence binder: queued, building (with progress), ready or failed.',
    status: 200,
    answer: json(evidenceBuildSchema),
  },
  'GET /api/cases/:id/evidence-binders/:buildId/binder.pdf': {
    summary: 'The binder PDF: cover, contents, timeline and every exhibit stamped "Exhibit N, page X of Y".',
    status: 200,
    answer: file('application/pdf'),
  },
  'GET /api/cases/:id/evidence-binders/:buildId/originals.zip': {
    summary: "The originals of the binder's exhibits as they were kept, with a list of their SHA-256 hashes.",
    status: 200,
    answer: file('application/zip'),
  },
  'DELETE /api/cases/:id/evidence-binders/:buildId': {
    summary: 'Deletes a built binder and its two files (stopping it first when it is still building).',
    status: 204,
    answer: empty,
  },
} as const satisfies Record<string, RouteContract>;
