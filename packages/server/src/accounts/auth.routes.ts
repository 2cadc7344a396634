import {
  invitationTokenBodySchema,
  signInBodySchema,
  type ResponseOf,
  type signUpBodySchema,
} from '@iep/core/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SignUpClosedError, endSession, setupState, signIn, signUp } from './auth.service.js';
import {
  DuplicateEmailError,
  emailField,
  nameField,
  passwordField,
  strongPassword,
} from './users.service.js';
import {
  ACCOUNT_INVITATION_MESSAGES,
  AccountInvitationError,
  checkAccountInvitation,
} from './account-invitations.service.js';
import type { OneTimeTokenState } from './one-time-tokens.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { isCrossSite } from '../http/security.js';
import {
  checkCsrf,
  clearSessionCookie,
  currentUser,
  requireSession,
  resolveSession,
  startSession,
  type SessionDeps,
} from './session.js';

const signUpBody = z
  .object({
    name: nameField,
    email: emailField,
    password: passwordField,
    /** The token of an account invitation link (`/signup?invite=...`). */
    invite: z.string().min(1).max(200).optional(),
  })
  .superRefine(strongPassword) satisfies z.ZodType<z.output<typeof signUpBodySchema>>;

export { SIGNUP_NEEDS_INVITATION } from './auth.service.js';
// Sign-in (the contract's signInBodySchema) does not tell which rule a password breaks: any string up to the
// limit is checked against the hash.

const WRONG_SIGN_IN = 'The email or the password is not right. Check both and try again.';
const CROSS_SITE =
  'This request came from another website, so it was refused. Open the app itself and try again.';

function statusMessage(status: OneTimeTokenState): string | null {
  return status === 'pending' ? null : ACCOUNT_INVITATION_MESSAGES[status];
}

export function authRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const sameSiteOnly = async (request: FastifyRequest) => {
    if (isCrossSite(request, deps.config.publicUrl)) throw new HttpError(403, CROSS_SITE);
  };

  app.get('/api/setup', async () => {
    return (await setupState(deps.storage, deps.config.allowSignup)) satisfies ResponseOf<'GET /api/setup'>;
  });

  app.post('/api/auth/signup', { preHandler: sameSiteOnly }, async (request, reply) => {
    const body = signUpBody.parse(request.body);
    let row;
    try {
      row = await signUp(deps.storage, body, { allowSignup: deps.config.allowSignup, now: deps.now() });
    } catch (error) {
      if (error instanceof SignUpClosedError) throw new HttpError(403, error.message);
      if (error instanceof DuplicateEmailError) throw new HttpError(409, error.message);
      if (error instanceof AccountInvitationError) throw new HttpError(error.statusCode, error.message);
      throw error;
    }
    const signedIn = await startSession(deps, reply, row);
    return reply.status(201).send({
      user: signedIn.user,
      csrfToken: signedIn.csrfToken,
    } satisfies ResponseOf<'POST /api/auth/signup'>);
  });

  // The sign-up page asks what a link is for before the form is filled in: the invited email, and whether the
  // link still works. POST so the token stays out of logged URLs.
  app.post('/api/auth/invitation', { preHandler: sameSiteOnly }, async (request) => {
    const { token } = invitationTokenBodySchema.parse(request.body);
    const found = await checkAccountInvitation(deps.storage, token, deps.now());
    if (!found) throw new HttpError(404, ACCOUNT_INVITATION_MESSAGES.unknown);
    return {
      email: found.email,
      status: found.status,
      message: statusMessage(found.status),
    } satisfies ResponseOf<'POST /api/auth/invitation'>;
  });

  app.post('/api/auth/signin', { preHandler: sameSiteOnly }, async (request, reply) => {
    const body = signInBodySchema.parse(request.body);
    const limits = { perIp: deps.config.signInIpLimitPer15Min, perEmail: deps.config.signInLimitPer15Min };
    const outcome = await signIn(deps.storage, limits, deps.now(), request.ip, body);
    if (!outcome.ok && outcome.reason === 'too-many-tries')
      throw new HttpError(429, MESSAGES.signInRateLimited);
    if (!outcome.ok) throw new HttpError(401, WRONG_SIGN_IN);
    const user = outcome.user;
    const signedIn = await startSession(deps, reply, user);
    return reply.status(200).send({
      user: signedIn.user,
      csrfToken: signedIn.csrfToken,
    } satisfies ResponseOf<'POST /api/auth/signin'>);
  });

  app.post('/api/auth/signout', async (request, reply) => {
    let signedIn = null;
    try {
      signedIn = await resolveSession(deps, request, reply);
    } catch {
      // An ended session is already gone: signing out of it is done.
    }
    if (signedIn) {
      checkCsrf(request, signedIn);
      await endSession(deps.storage, signedIn.sessionId);
    }
    clearSessionCookie(deps, reply);
    return reply.status(204).send();
  });

  app.get('/api/auth/me', { preHandler: requireSession(deps) }, async (request) => {
    const { user, csrfToken } = currentUser(request);
    return { user, csrfToken } satisfies ResponseOf<'GET /api/auth/me'>;
  });
}
