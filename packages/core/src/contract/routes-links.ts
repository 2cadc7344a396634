import { empty, file, json, type RouteContract } from './route-types.js';
import {
  caseLinksSchema,
  clipLinkSchema,
  newClipLinkBodySchema,
  newStudentViewBodySchema,
  openClipLinkBodySchema,
  publicClipSchema,
  publicStudentViewSchema,
  studentViewSchema,
} from './links.js';

// The routes of links that share a part of a meeting: the owner's (make, list, revoke) and the public ones a
// signed-out browser opens with a link (the clip, its audio, the child's page).

export const LINK_ROUTES = {
  'POST /api/cases/:id/recordings/:recordingId/links': {
    summary: 'Makes a clip link: a part of the recording and its words, for a teacher or the child.',
    status: 201,
    body: newClipLinkBodySchema,
    answer: json(clipLinkSchema),
  },
  'GET /api/cases/:id/links': {
    summary: "The case's clip links and student views, with their plays and expiry.",
    status: 200,
    answer: json(caseLinksSchema),
  },
  'DELETE /api/cases/:id/links/:linkId': {
    summary: 'Revokes a clip link: it stops working at once.',
    status: 204,
    answer: empty,
  },
  'POST /api/cases/:id/student-views': {
    summary: "Makes a student view: the parent's plain notes with clips, for the child.",
    status: 201,
    body: newStudentViewBodySchema,
    answer: json(studentViewSchema),
  },
  'DELETE /api/cases/:id/student-views/:viewId': {
    summary: 'Revokes a student view: it stops working at once.',
    status: 204,
    answer: empty,
  },
  'POST /api/links/:linkId/open': {
    summary: 'Public: opens a clip link (with its passphrase when it has one) and counts a play.',
    status: 200,
    body: openClipLinkBodySchema,
    answer: json(publicClipSchema),
  },
  'GET /api/links/:linkId/audio': {
    summary: "Public: the clip's audio (MP3, with HTTP Range), for a link that works.",
    status: [200, 206],
    answer: file('audio/mpeg'),
  },
  'GET /api/student/:code': {
    summary: "Public: the child's page, by its link or its short code.",
    status: 200,
    answer: json(publicStudentViewSchema),
  },
} as const satisfies Record<string, RouteContract>;
