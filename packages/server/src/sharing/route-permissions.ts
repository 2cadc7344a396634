import type { CasePermission } from '@iep/core';

// What each route under /api/cases/:id needs of the caller's role, declared once here and enforced centrally by
// case-access-hook.ts (no handler checks roles itself). A route not listed needs 'read' when it only reads (GET,
// HEAD) and 'write-case' otherwise, so a new route is closed to advocates and viewers until it is listed.

export const ROUTE_PERMISSIONS: Record<string, CasePermission> = {
  'DELETE /api/cases/:id': 'delete-case',
  // Membership.
  'GET /api/cases/:id/members': 'read',
  'POST /api/cases/:id/invitations': 'manage-members',
  'DELETE /api/cases/:id/invitations/:invitationId': 'manage-members',
  'PATCH /api/cases/:id/members/:memberId': 'manage-members',
  'DELETE /api/cases/:id/members/:memberId': 'manage-members',
  // Notes: the meeting companion's notes and taps, bookmarks on a recording.
  'POST /api/cases/:id/meetings/:meetingId/companion/entries': 'write-notes',
  'POST /api/cases/:id/recordings/:recordingId/bookmarks': 'write-notes',
  'PUT /api/cases/:id/bookmarks/:bookmarkId': 'write-notes',
  // A member with 'write-notes' alone changes and deletes only the notes they added (sharing/note-authors.ts).
  'DELETE /api/cases/:id/bookmarks/:bookmarkId': 'write-notes',
  // Drafting letters for the parent to send (sending and filing stay with the family: write-case).
  'PUT /api/cases/:id/letters/:kind/draft': 'draft-letters',
  'POST /api/cases/:id/letters/:kind/draft/append': 'draft-letters',
  'POST /api/cases/:id/letters/:kind/preview': 'draft-letters',
  // Audio leaving the app as files: clips, the evidence zip, the whole-case backup (which holds the audio). An
  // advocate gets these only while the owner grants it (core's memberMay; PATCH .../members/:memberId).
  'POST /api/cases/:id/recordings/:recordingId/clips': 'export-audio',
  'GET /api/cases/:id/clips/:clipId': 'export-audio',
  'GET /api/cases/:id/recordings/:recordingId/evidence.zip': 'export-audio',
  'GET /api/cases/:id/backup.zip': 'export-audio',
  // Shared links give audio to people outside the case: making, listing (each link's address opens its audio) and
  // revoking clip links and student views stay with the family (owner and co-parent).
  'POST /api/cases/:id/recordings/:recordingId/links': 'export-audio',
  'GET /api/cases/:id/links': 'export-audio',
  'DELETE /api/cases/:id/links/:linkId': 'export-audio',
  'POST /api/cases/:id/student-views': 'export-audio',
  'DELETE /api/cases/:id/student-views/:viewId': 'export-audio',
  // The way up: every member reads it; the dates the parent knew of something change the case.
  'GET /api/cases/:id/escalation': 'read',
  'PUT /api/cases/:id/escalation/known-dates/:eventId': 'write-case',
  // The binder's checks only read (a letter they lead to is drafted through the letters routes).
  'GET /api/cases/:id/documents/:documentId/notice-check': 'read',
  'GET /api/cases/:id/documents/:documentId/meeting-compare': 'read',
  'GET /api/cases/:id/documents/:documentId/progress-check': 'read',
  // What the school owes: every member reads it; marking an answer (and undoing it) changes the case.
  'GET /api/cases/:id/answers': 'read',
  'PUT /api/cases/:id/answers/:itemId': 'write-case',
  'DELETE /api/cases/:id/answers/:itemId': 'write-case',
  // The evidence binder. Building one (and deleting one) is preparing papers for the family, like drafting a
  // letter: owner, co-parent and advocate. Every member sees which binders exist and how far a build is. The PDF
  // holds the case's papers and transcript words, no audio: the same people who build it download it; a viewer
  // reads each paper in the app instead. The ZIP of originals holds the clips' audio, so it follows the audio
  // rule (owner and co-parent), like evidence.zip and backup.zip.
  'GET /api/cases/:id/evidence-binder/materials': 'read',
  'POST /api/cases/:id/evidence-binders': 'draft-letters',
  'GET /api/cases/:id/evidence-binders': 'read',
  'GET /api/cases/:id/evidence-binders/:buildId': 'read',
  'GET /api/cases/:id/evidence-binders/:buildId/binder.pdf': 'draft-letters',
  'GET /api/cases/:id/evidence-binders/:buildId/originals.zip': 'export-audio',
  'DELETE /api/cases/:id/evidence-binders/:buildId': 'draft-letters',
  // Guests at the table: the family (owner, co-parent) makes and ends one-time codes; every member sees who joined.
  'POST /api/cases/:id/meetings/:meetingId/guest-codes': 'write-case',
  'GET /api/cases/:id/meetings/:meetingId/guest-codes': 'read',
  'DELETE /api/cases/:id/meetings/:meetingId/guest-codes/:codeId': 'write-case',
  // Resumable upload (tus), outside /api/cases/:id (ELSEWHERE_CASE_ROUTES): adding a recording changes the case;
  // asking how far an upload got is only for resuming it, so it needs the same.
  'POST /api/uploads': 'write-case',
  'HEAD /api/uploads/:uploadId': 'write-case',
  'PATCH /api/uploads/:uploadId': 'write-case',
  'DELETE /api/uploads/:uploadId': 'write-case',
};

/**
 * Routes outside /api/cases/:id that still act on one case, named in their body or stored with what they act on
 * (a tus upload's metadata). Their handler finds the case id and calls the same check (checkCaseAccess in
 * case-access-hook.ts) before anything else, so members get what their role allows and anyone else a 404.
 */
export const ELSEWHERE_CASE_ROUTES: readonly string[] = [
  'POST /api/uploads',
  'HEAD /api/uploads/:uploadId',
  'PATCH /api/uploads/:uploadId',
  'DELETE /api/uploads/:uploadId',
];

/** The permission a route needs ("METHOD /path" as Fastify registered it). */
export function permissionOf(route: string): CasePermission {
  const listed = ROUTE_PERMISSIONS[route];
  if (listed) return listed;
  const [method, path] = route.split(' ');
  // A HEAD Fastify answers with a GET's handler needs what that GET needs (the handler runs all the same).
  const get = method === 'HEAD' ? ROUTE_PERMISSIONS[`GET ${path ?? ''}`] : undefined;
  if (get) return get;
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write-case';
}

/** Whether the route ("METHOD /path") acts on one case, by its path's :id or named elsewhere. */
export function actsOnOneCase(route: string): boolean {
  return isCaseRoute(route.split(' ')[1] ?? '') || ELSEWHERE_CASE_ROUTES.includes(route);
}

/** Whether the route acts on one case named by the :id of /api/cases/:id (the hook checks those). */
export function isCaseRoute(url: string): boolean {
  return url === '/api/cases/:id' || url.startsWith('/api/cases/:id/');
}
