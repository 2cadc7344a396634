import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';

// The matrix entries of shared links (see route-matrix.ts): the owner's routes (make, list, revoke) and the public
// ones a signed-out browser opens with a link. Public routes answer only for a link that works: revoked, expired
// or guessed links and a wrong or missing passphrase are refused and change nothing (not even the play count).

const c = (w: World) => `/api/cases/${w.caseId}`;
// As long as a real id (22 letters of base64url), never made by the server.
const GUESSED = 'AAAAAAAAAAAAAAAAAAAAAA';

export const LINK_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/links',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/recordings/${w.recordingId}/links`,
      body: { fromMs: 100, toMs: 600, title: 'Breaks', audience: 'child', expiresInDays: 3 },
    }),
  },
  {
    route: 'GET /api/cases/:id/links',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/links` }),
  },
  {
    route: 'DELETE /api/cases/:id/links/:linkId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/links/${w.spareLinkId}` }),
  },
  {
    route: 'POST /api/cases/:id/student-views',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/student-views`,
      body: { title: 'For you', expiresInDays: 5, items: [{ note: 'Breaks in math.', linkId: w.linkId }] },
    }),
  },
  {
    route: 'DELETE /api/cases/:id/student-views/:viewId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/student-views/${w.spareStudentViewId}` }),
  },
  {
    route: 'POST /api/links/:linkId/open',
    access: 'public',
    why: 'the link is the key: a signed-out teacher or child opens the clip it names, and nothing else',
    request: (w) => ({ url: `/api/links/${w.linkId}/open`, body: {} }),
    signedOutAttacks: [
      {
        name: 'a revoked link',
        request: (w) => ({ url: `/api/links/${w.links.revokedLinkId}/open`, body: {} }),
      },
      {
        name: 'an expired link',
        request: (w) => ({ url: `/api/links/${w.links.expiredLinkId}/open`, body: {} }),
      },
      { name: 'a guessed link', request: () => ({ url: `/api/links/${GUESSED}/open`, body: {} }) },
      { name: 'a case id as a link', request: (w) => ({ url: `/api/links/${w.caseId}/open`, body: {} }) },
      {
        name: 'no passphrase',
        request: (w) => ({ url: `/api/links/${w.links.passphraseLinkId}/open`, body: {} }),
      },
      {
        name: 'a wrong passphrase',
        request: (w) => ({
          url: `/api/links/${w.links.passphraseLinkId}/open`,
          body: { passphrase: 'not the passphrase' },
        }),
      },
      {
        name: 'the passphrase on a revoked link',
        request: (w) => ({
          url: `/api/links/${w.links.revokedLinkId}/open`,
          body: { passphrase: w.links.passphrase },
        }),
      },
    ],
  },
  {
    route: 'GET /api/links/:linkId/audio',
    access: 'public',
    why: "the clip's audio, for the page a working link opened",
    request: (w) => ({ url: `/api/links/${w.linkId}/audio` }),
    signedOutAttacks: [
      { name: 'a revoked link', request: (w) => ({ url: `/api/links/${w.links.revokedLinkId}/audio` }) },
      { name: 'an expired link', request: (w) => ({ url: `/api/links/${w.links.expiredLinkId}/audio` }) },
      { name: 'a guessed link', request: () => ({ url: `/api/links/${GUESSED}/audio` }) },
      { name: 'a clip id as a link', request: (w) => ({ url: `/api/links/${w.clipId}/audio` }) },
      {
        name: 'a passphrase link without its pass',
        request: (w) => ({ url: `/api/links/${w.links.passphraseLinkId}/audio` }),
      },
      {
        name: 'a passphrase link with a made-up pass',
        request: (w) => ({ url: `/api/links/${w.links.passphraseLinkId}/audio?pass=${'0'.repeat(32)}` }),
      },
    ],
  },
  {
    route: 'GET /api/student/:code',
    access: 'public',
    why: "the child's page: its link or short code is the key",
    request: (w) => ({ url: `/api/student/${w.links.studentCode}` }),
    signedOutAttacks: [
      {
        name: 'a revoked page',
        request: (w) => ({ url: `/api/student/${w.links.revokedStudentViewId}` }),
      },
      { name: 'a guessed code', request: () => ({ url: '/api/student/ABCD-2345' }) },
      { name: 'a guessed id', request: () => ({ url: `/api/student/${GUESSED}` }) },
      { name: 'a case id', request: (w) => ({ url: `/api/student/${w.caseId}` }) },
    ],
  },
];
