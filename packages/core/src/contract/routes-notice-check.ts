import { noticeCheckSchema } from './notice-check.js';
import { json, type RouteContract } from './route-types.js';

// The route of the Prior Written Notice (Notice of Action) check on a binder document.

export const NOTICE_CHECK_ROUTES = {
  'GET /api/cases/:id/documents/:documentId/notice-check': {
    summary:
      'Checks a read Prior Written Notice (Notice of Action) for the seven things 34 CFR 300.503(b) lists, and when the change can start.',
    status: 200,
    answer: json(noticeCheckSchema),
  },
} as const satisfies Record<string, RouteContract>;
