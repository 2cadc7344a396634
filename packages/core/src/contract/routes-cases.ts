import { z } from 'zod';
import {
  accountInvitationListSchema,
  healthSchema,
  invitationCheckSchema,
  invitationTokenBodySchema,
  madeAccountInvitationSchema,
  newAccountInvitationBodySchema,
  sessionSchema,
  setupStateSchema,
  signInBodySchema,
  signUpBodySchema,
} from './accounts.js';
import {
  caseFileBodySchema,
  caseListSchema,
  closureBodySchema,
  createdCaseSchema,
  meetingBodySchema,
  newCaseBodySchema,
  replaceCaseBodySchema,
  storedCaseSchema,
} from './cases.js';
import {
  caseAnalysisSchema,
  importCommitSchema,
  importPreviewSchema,
  newProbeBodySchema,
  newServiceLogBodySchema,
} from './data.js';
import { deadlineResultSchema, planSchema, taskDoneBodySchema } from './plan.js';
import { empty, file, json, type RouteContract } from './route-types.js';

// The routes of accounts, cases, plans and the data check ("METHOD /path" as Fastify registers them).

const asOf = z.object({ asOf: z.string().optional() });

export const CASE_ROUTES = {
  'GET /': {
    summary: 'The web app (or a page saying it is not built yet).',
    status: 200,
    answer: file('text/html'),
  },
  'GET /api/health': { summary: 'The server is up.', status: 200, answer: json(healthSchema) },
  'GET /api/setup': {
    summary: 'Whether the first account (the owner) is still to be made, and whether sign-up is open.',
    status: 200,
    answer: json(setupStateSchema),
  },
  'POST /api/auth/signup': {
    summary: 'Makes an account (the first, or with an invitation) and signs it in.',
    status: 201,
    body: signUpBodySchema,
    answer: json(sessionSchema),
  },
  'POST /api/auth/invitation': {
    summary: 'What a sign-up link is for: the invited email and whether it still works.',
    status: 200,
    body: invitationTokenBodySchema,
    answer: json(invitationCheckSchema),
  },
  'POST /api/auth/signin': {
    summary: 'Signs in with email and password.',
    status: 200,
    body: signInBodySchema,
    answer: json(sessionSchema),
  },
  'POST /api/auth/signout': { summary: 'Ends the session.', status: 204, answer: empty },
  'GET /api/auth/me': {
    summary: 'The signed-in user and the CSRF token.',
    status: 200,
    answer: json(sessionSchema),
  },
  'POST /api/account-invitations': {
    summary: 'The owner invites an email address; the one-time link is shown only now.',
    status: 201,
    body: newAccountInvitationBodySchema,
    answer: json(madeAccountInvitationSchema),
  },
  'GET /api/account-invitations': {
    summary: "The owner's account invitations, newest first.",
    status: 200,
    answer: json(accountInvitationListSchema),
  },
  'DELETE /api/account-invitations/:invitationId': {
    summary: 'Cancels an account invitation.',
    status: 204,
    answer: empty,
  },
  'GET /api/cases': { summary: "The user's cases.", status: 200, answer: json(caseListSchema) },
  'POST /api/cases': {
    summary: 'Starts a case from the student and the parents.',
    status: 201,
    body: newCaseBodySchema,
    answer: json(createdCaseSchema),
  },
  'POST /api/cases/import': {
    summary: 'Imports a case file.',
    status: 201,
    body: caseFileBodySchema,
    answer: json(createdCaseSchema),
  },
  'GET /api/cases/:id': { summary: 'One stored case.', status: 200, answer: json(storedCaseSchema) },
  'PUT /api/cases/:id': {
    summary: 'Replaces the case file (stale version: 409).',
    status: 200,
    body: replaceCaseBodySchema,
    answer: json(storedCaseSchema),
  },
  'DELETE /api/cases/:id': { summary: 'Deletes the case and everything in it.', status: 204, answer: empty },
  'GET /api/cases/:id/export': {
    summary: 'The case file as a download (import gives the same case back).',
    status: 200,
    answer: json(caseFileBodySchema),
  },
  'GET /api/cases/:id/backup.zip': {
    summary: 'The whole case in one zip: case file, timeline, recordings, letters.',
    status: 200,
    answer: file('application/zip'),
  },
  'POST /api/cases/:id/meetings': {
    summary: 'Adds a meeting.',
    status: 201,
    body: meetingBodySchema,
    answer: json(storedCaseSchema),
  },
  'PUT /api/cases/:id/meetings/:meetingId': {
    summary: 'Changes a meeting.',
    status: 200,
    body: meetingBodySchema,
    answer: json(storedCaseSchema),
  },
  'DELETE /api/cases/:id/meetings/:meetingId': {
    summary: 'Removes a meeting.',
    status: 200,
    answer: json(storedCaseSchema),
  },
  'POST /api/cases/:id/closures': {
    summary: 'Adds days the school is closed.',
    status: 201,
    body: closureBodySchema,
    answer: json(storedCaseSchema),
  },
  'DELETE /api/cases/:id/closures/:index': {
    summary: 'Removes a closure by its place in the list.',
    status: 200,
    answer: json(storedCaseSchema),
  },
  'GET /api/cases/:id/meetings/:meetingId/plan': {
    summary: "The meeting's plan: tasks, deadlines, warnings, clocks started by letters, commitments.",
    status: 200,
    query: z.object({ now: z.string().optional() }),
    answer: json(planSchema),
  },
  'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId': {
    summary: 'Ticks a plan task done or not done.',
    status: 200,
    body: taskDoneBodySchema,
    answer: json(planSchema),
  },
  'GET /api/cases/:id/meetings/:meetingId/plan.ics': {
    summary: 'The plan as a calendar file.',
    status: 200,
    answer: file('text/calendar'),
  },
  'GET /api/deadlines/:rule': {
    summary: 'One deadline counted in business days, optionally over a case.',
    status: 200,
    query: z.object({
      from: z.string().optional(),
      sentAt: z.string().optional(),
      caseId: z.string().optional(),
      before: z.string().optional(),
      timeZone: z.string().optional(),
      planType: z.enum(['IEP', '504']).optional(),
      ssd: z.enum(['true', 'false']).optional(),
    }),
    answer: json(deadlineResultSchema),
  },
  'GET /api/cases/:id/analysis': {
    summary: 'The data check: findings, service ledgers, goal progress.',
    status: 200,
    query: asOf,
    answer: json(caseAnalysisSchema),
  },
  'GET /api/cases/:id/goals/:goalId/chart.svg': {
    summary: "A goal's progress chart as SVG.",
    status: 200,
    query: asOf,
    answer: file('image/svg+xml'),
  },
  'GET /api/cases/:id/goals/:goalId/chart.png': {
    summary: "A goal's progress chart as PNG.",
    status: 200,
    query: asOf,
    answer: file('image/png'),
  },
  'GET /api/import-templates/:file': {
    summary: 'An import template, `<kind>.csv` or `<kind>.xlsx`.',
    status: 200,
    answer: file('text/csv; application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  },
  'POST /api/cases/:id/imports/preview': {
    summary: 'Reads an uploaded CSV or XLSX and shows what would be imported; saves nothing.',
    status: 200,
    upload: 'multipart',
    answer: json(importPreviewSchema),
  },
  'POST /api/cases/:id/imports/commit': {
    summary: 'Imports the rows of an uploaded CSV or XLSX into the case.',
    status: 200,
    upload: 'multipart',
    answer: json(importCommitSchema),
  },
  'POST /api/cases/:id/goals/:goalId/probes': {
    summary: 'Adds a score to a goal.',
    status: 201,
    body: newProbeBodySchema,
    answer: json(storedCaseSchema),
  },
  'DELETE /api/cases/:id/goals/:goalId/probes/:index': {
    summary: "Removes a goal's score by its place in the list.",
    status: 200,
    answer: json(storedCaseSchema),
  },
  'POST /api/cases/:id/services/:serviceId/log': {
    summary: "Adds an entry to a service's delivery log.",
    status: 201,
    body: newServiceLogBodySchema,
    answer: json(storedCaseSchema),
  },
} as const satisfies Record<string, RouteContract>;
