import { randomBytes } from 'node:crypto';
import { readFixture } from '../test-fixtures/imports/fixtures.js';
import { multipart } from './multipart.js';
import type { World } from './route-fixture.js';
import type { RouteEntry } from './route-matrix.js';
import { PASSWORD } from './test-app.js';

// The matrix entries of the public, account, case, plan, data check and letter routes (see route-matrix.ts).

const c = (w: World) => `/api/cases/${w.caseId}`;
const meeting = (id: string) => ({
  id,
  kind: 'annual-review',
  timeZone: 'America/Chicago',
  sessions: [{ start: '2027-02-01T09:00', end: '2027-02-01T10:00' }],
});
const probesCsv = () => {
  const form = multipart({ kind: 'probes' }, { name: 'probes.csv', data: readFixture('probes-good.csv') });
  return { payload: form.payload, headers: { 'content-type': form.type } };
};

export const CASE_ROUTES: RouteEntry[] = [
  // Public: no session yet, or nothing private in the answer.
  {
    route: 'GET /',
    access: 'public',
    why: 'The web app page (or the "not built" page): no data; the app reads everything through the API.',
    request: () => ({ url: '/' }),
  },
  {
    route: 'GET /api/health',
    access: 'public',
    why: 'For the operator and the reverse proxy: answers {ok:true} only.',
    request: () => ({ url: '/api/health' }),
  },
  {
    route: 'GET /api/setup',
    access: 'public',
    why: 'The first page must know whether to ask for the owner account: says only that, and whether sign-up is open.',
    request: () => ({ url: '/api/setup' }),
  },
  {
    route: 'POST /api/auth/signup',
    access: 'public',
    why:
      'Makes an account, so there is no session yet; same-site check instead of CSRF. After the first account it ' +
      'needs an invitation for that email (unless IEP_ALLOW_SIGNUP=true).',
    // The invitation the fixture made for a new address: the call succeeds because the link is right.
    request: (w) => ({
      url: '/api/auth/signup',
      body: { name: 'New', email: w.signupInvite.email, password: PASSWORD, invite: w.signupInvite.token },
    }),
  },
  {
    route: 'POST /api/auth/invitation',
    access: 'public',
    why:
      'The sign-up page asks what its link is for before there is an account: answers only the invited email ' +
      'and whether the link still works, to the holder of the unguessable token; same-site check.',
    request: (w) => ({ url: '/api/auth/invitation', body: { token: w.signupInvite.token } }),
  },
  {
    route: 'POST /api/auth/signin',
    access: 'public',
    why: 'Starts a session, so there is none yet; same-site check; rate limited per IP and email.',
    request: (w) => ({ url: '/api/auth/signin', body: { email: w.email, password: PASSWORD } }),
  },
  {
    route: 'POST /api/auth/signout',
    access: 'public',
    why: 'Ending a session needs none (an ended one is already out); with a session it checks the CSRF token.',
    request: () => ({ url: '/api/auth/signout' }),
  },
  // The signed-in user's own account: no other account's ids can be named.
  { route: 'GET /api/auth/me', access: 'account', request: () => ({ url: '/api/auth/me' }) },
  { route: 'GET /api/cases', access: 'account', request: () => ({ url: '/api/cases' }) },
  {
    route: 'POST /api/cases',
    access: 'account',
    request: (w) => ({ url: '/api/cases', body: { student: w.file.student, parents: w.file.parents } }),
  },
  {
    route: 'POST /api/cases/import',
    access: 'account',
    request: (w) => ({ url: '/api/cases/import', body: w.file }),
  },
  { route: 'GET /api/letters/kinds', access: 'account', request: () => ({ url: '/api/letters/kinds' }) },
  {
    route: 'GET /api/import-templates/:file',
    access: 'account',
    request: () => ({ url: '/api/import-templates/probes.csv' }),
  },
  { route: 'GET /api/engines', access: 'account', request: () => ({ url: '/api/engines' }) },
  // Speech models are the whole install's: anyone signed in sees them; only the app owner downloads or stops one.
  // (The test config points downloads at a closed local port: the owner's call starts one that fails at once.)
  { route: 'GET /api/speech-models', access: 'account', request: () => ({ url: '/api/speech-models' }) },
  {
    route: 'POST /api/speech-models/download',
    access: 'app-owner',
    request: () => ({ url: '/api/speech-models/download', body: {} }),
  },
  {
    route: 'POST /api/speech-models/download/cancel',
    access: 'app-owner',
    order: 1,
    request: () => ({ url: '/api/speech-models/download/cancel' }),
  },
  // Account invitations: the app owner's alone.
  {
    route: 'POST /api/account-invitations',
    access: 'app-owner',
    request: () => ({
      url: '/api/account-invitations',
      body: { email: `invited-${randomBytes(4).toString('hex')}@example.org` },
    }),
  },
  {
    route: 'GET /api/account-invitations',
    access: 'app-owner',
    request: () => ({ url: '/api/account-invitations' }),
  },
  {
    route: 'DELETE /api/account-invitations/:invitationId',
    access: 'app-owner',
    request: (w) => ({ url: `/api/account-invitations/${w.invitationId}` }),
  },
  // One case and what is in it.
  { route: 'GET /api/cases/:id', access: 'case-read', request: (w) => ({ url: c(w) }) },
  {
    route: 'PUT /api/cases/:id',
    access: 'case-write',
    request: (w) => ({ url: c(w), body: { version: w.version, file: w.file } }),
  },
  { route: 'DELETE /api/cases/:id', access: 'case-delete', order: 9, request: (w) => ({ url: c(w) }) },
  { route: 'GET /api/cases/:id/export', access: 'case-read', request: (w) => ({ url: `${c(w)}/export` }) },
  {
    route: 'GET /api/cases/:id/backup.zip',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/backup.zip` }),
  },
  {
    route: 'POST /api/cases/:id/meetings',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/meetings`, body: meeting('m9') }),
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}`, body: meeting(w.meetingId) }),
  },
  {
    route: 'DELETE /api/cases/:id/meetings/:meetingId',
    access: 'case-write',
    order: 1,
    request: (w) => ({ url: `${c(w)}/meetings/${w.spareMeetingId}` }),
  },
  {
    route: 'POST /api/cases/:id/closures',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/closures`, body: { from: '2027-03-15', to: '2027-03-19' } }),
  },
  {
    route: 'DELETE /api/cases/:id/closures/:index',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/closures/0` }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/plan` }),
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/tasks/${w.taskId}`, body: { done: true } }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan.ics',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/plan.ics` }),
  },
  // The meeting companion.
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/companion',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/companion` }),
  },
  {
    route: 'POST /api/cases/:id/meetings/:meetingId/companion/entries',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/meetings/${w.meetingId}/companion/entries`,
      body: {
        entries: [
          {
            id: `matrix-${randomBytes(8).toString('hex')}`,
            seq: 0,
            at: '2027-02-01T15:10:00Z',
            atMs: 5000,
            session: 0,
            action: { type: 'note', text: 'A note from the matrix.' },
          },
        ],
      },
    }),
  },
  {
    route: 'POST /api/cases/:id/meetings/:meetingId/companion/follow-up',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/companion/follow-up` }),
  },
  {
    route: 'GET /api/deadlines/:rule',
    access: 'case-read',
    request: (w) => ({ url: `/api/deadlines/pwn-response?from=2026-12-18&caseId=${w.caseId}` }),
  },
  // The data check.
  {
    route: 'GET /api/cases/:id/analysis',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/analysis` }),
  },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.svg',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/goals/${w.goalId}/chart.svg` }),
  },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.png',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/goals/${w.goalId}/chart.png` }),
  },
  {
    route: 'POST /api/cases/:id/imports/preview',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/imports/preview`, ...probesCsv() }),
  },
  {
    route: 'POST /api/cases/:id/imports/commit',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/imports/commit`, ...probesCsv() }),
  },
  {
    route: 'POST /api/cases/:id/goals/:goalId/probes',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/goals/${w.goalId}/probes`, body: { date: '2026-12-01', score: 80 } }),
  },
  {
    route: 'DELETE /api/cases/:id/goals/:goalId/probes/:index',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/goals/${w.goalId}/probes/0` }),
  },
  {
    route: 'POST /api/cases/:id/services/:serviceId/log',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/services/${w.serviceId}/log`,
      body: { date: '2026-11-16', minutes: 30, status: 'delivered' },
    }),
  },
  // Letters.
  { route: 'GET /api/cases/:id/letters', access: 'case-read', request: (w) => ({ url: `${c(w)}/letters` }) },
  {
    route: 'GET /api/cases/:id/letters/:kind/draft',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/letters/${w.letterKind}/draft?meetingId=${w.meetingId}` }),
  },
  {
    route: 'PUT /api/cases/:id/letters/:kind/draft',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/letters/${w.letterKind}/draft`,
      body: { meetingId: w.meetingId, answers: { note: 'Hello' } },
    }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/draft/append',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/letters/concerns/draft/append`,
      body: { field: 'findings', items: [{ code: 'x', goalId: null, serviceId: null, question: 'Why?' }] },
    }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/preview',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/letters/${w.letterKind}/preview`, body: { meetingId: w.meetingId } }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/files',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/letters/${w.letterKind}/files`,
      body: { meetingId: w.meetingId, format: 'txt' },
    }),
  },
  {
    route: 'GET /api/cases/:id/letter-files/:fileId',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/letter-files/${w.letterFileId}` }),
  },
  {
    route: 'POST /api/cases/:id/letter-files/:fileId/sent',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/letter-files/${w.letterFileId}/sent`,
      body: { sentAt: '2026-11-23T08:00:00-06:00', method: 'email' },
    }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/sent',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/letters/${w.letterKind}/sent`,
      // Naming the file that went, so the matrix also tries another account's file id here.
      body: {
        meetingId: w.meetingId,
        sentAt: '2026-11-23T08:00:00-06:00',
        method: 'email',
        fileId: w.letterFileId,
      },
    }),
  },
  {
    route: 'PUT /api/cases/:id/sent-letters/:sentId/arrival',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/sent-letters/${w.sentLetterId}/arrival`,
      body: { receivedOn: '2026-11-23' },
    }),
  },
  {
    route: 'GET /api/cases/:id/letters/:kind/notes',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/letters/${w.letterKind}/notes?meetingId=${w.meetingId}` }),
  },
  {
    route: 'GET /api/cases/:id/timeline',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/timeline` }),
  },
];
