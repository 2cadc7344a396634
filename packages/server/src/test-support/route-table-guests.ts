import type { World } from './route-fixture.js';
import type { MatrixRequest, RouteEntry } from './route-matrix.js';

// The matrix entries of guests at the table (see route-matrix.ts): the family's guest-code routes (one case, the
// role table decides members) and the guest's own routes, open without an account session: the guest cookie a code
// started is the key. A used, ended, expired or guessed code, a missing or ended guest cookie, and a guest write
// without its CSRF token are refused and change nothing. guests/guest-reach.medium.test.ts sends every other route
// with a guest's cookie (guestReachRequest) and expects a refusal.

const codes = (w: World) => `/api/cases/${w.caseId}/meetings/${w.meetingId}/guest-codes`;
const join = (code: string) => ({ url: '/api/guest/join', body: { code, name: 'Aunt Rosa' } });
const note = (id: string) => ({
  entries: [
    { id, seq: 0, at: '2026-12-07T15:10:00Z', atMs: null, session: 0, action: { type: 'note', text: 'Yes' } },
  ],
});

/** A route's request as a guest would send it: the guest cookie and the guest's CSRF token, no account session. */
export function guestReachRequest(request: MatrixRequest, w: World): MatrixRequest {
  return {
    ...request,
    headers: { ...request.headers, cookie: w.guests.cookie, 'x-csrf-token': w.guests.csrf },
  };
}

export const GUEST_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/cases/:id/meetings/:meetingId/guest-codes',
    access: 'case-write',
    request: (w) => ({ url: codes(w) }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/guest-codes',
    access: 'case-read',
    request: (w) => ({ url: codes(w) }),
  },
  {
    route: 'DELETE /api/cases/:id/meetings/:meetingId/guest-codes/:codeId',
    access: 'case-write',
    request: (w) => ({ url: `${codes(w)}/${w.guests.spareCodeId}` }),
    attacks: [
      {
        name: "own case, the owner's code",
        request: (owner, stranger) => ({ url: `${codes(stranger)}/${owner.guests.spareCodeId}` }),
      },
    ],
  },
  {
    route: 'POST /api/guest/join',
    access: 'public',
    why: 'a support person at the table types the one-time code the family made for that meeting',
    request: (w) => join(w.guests.joinCode),
    signedOutAttacks: [
      { name: 'a used code', refusedWith: [409], request: (w) => join(w.guests.usedCode) },
      { name: 'an ended code', request: (w) => join(w.guests.endedCode) },
      { name: 'an expired code', request: (w) => join(w.guests.expiredCode) },
      { name: 'a guessed code', request: () => join('ABCD-2345') },
    ],
  },
  {
    route: 'GET /api/guest/companion',
    access: 'public',
    why: "only with the guest cookie: that one meeting's cards and notes",
    request: (w) => ({ url: '/api/guest/companion', headers: { cookie: w.guests.cookie } }),
    signedOutAttacks: [
      { name: 'no guest cookie', request: () => ({ url: '/api/guest/companion' }) },
      {
        name: 'an ended guest',
        request: (w) => ({ url: '/api/guest/companion', headers: { cookie: w.guests.endedCookie } }),
      },
      {
        name: "the owner's session cookie",
        request: (w) => ({ url: '/api/guest/companion', headers: { cookie: w.session.cookie } }),
      },
    ],
  },
  {
    route: 'POST /api/guest/companion/entries',
    access: 'public',
    why: "only with the guest cookie and its token: adds notes and outcome taps to that meeting's companion",
    request: (w) => ({
      url: '/api/guest/companion/entries',
      body: note(`guest-note-${w.caseId}`),
      headers: { cookie: w.guests.cookie, 'x-csrf-token': w.guests.csrf },
    }),
    signedOutAttacks: [
      {
        name: 'no guest cookie',
        request: (w) => ({ url: '/api/guest/companion/entries', body: note(`x-${w.caseId}`) }),
      },
      {
        name: 'without the CSRF token',
        request: (w) => ({
          url: '/api/guest/companion/entries',
          body: note(`y-${w.caseId}`),
          headers: { cookie: w.guests.cookie },
        }),
      },
      {
        name: 'an ended guest',
        request: (w) => ({
          url: '/api/guest/companion/entries',
          body: note(`z-${w.caseId}`),
          headers: { cookie: w.guests.endedCookie, 'x-csrf-token': w.guests.endedCsrf },
        }),
      },
    ],
  },
];
