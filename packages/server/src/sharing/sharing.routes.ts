import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentUser, type SessionDeps } from '../accounts/session.js';
import type { AppContext } from '../context/app-context.js';
import { publicBase } from '../accounts/account-invitations.routes.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { isCrossSite } from '../http/security.js';
import {
  SHARING_MESSAGES,
  SharingError,
  acceptCaseInvitation,
  caseInvitationLink,
  checkCaseInvitation,
  inviteBodySchema,
  inviteToCase,
  membersOf,
  removeCaseMember,
  revokeCaseInvitation,
} from './case-invitations.service.js';
import { setMemberAudio } from './audio-grant.service.js';

// Members, invitations and joining (the caseload is in plan/caseload.service.ts). The role checks of /api/cases/:id/... are done by
// case-access-hook.ts (route-permissions.ts says who may do what), so these handlers only do the work.

const caseParams = z.object({ id: z.string().min(1).max(100) });
const invitationParams = caseParams.extend({ invitationId: z.string().min(1).max(100) });
const memberParams = caseParams.extend({ memberId: z.string().min(1).max(100) });
const memberPatchBody = z.strictObject({ audioGranted: z.boolean() });
const tokenBody = z.strictObject({ token: z.string().min(1).max(200) });

const CROSS_SITE =
  'This request came from another site, so it was refused. Open the app directly and try again.';

async function asHttp<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SharingError) throw new HttpError(error.statusCode, error.message);
    throw error;
  }
}

function caseAccessOf(request: FastifyRequest) {
  if (!request.caseAccess) throw new HttpError(404, MESSAGES.caseNotFound);
  return request.caseAccess;
}

/** Behind requireSession and the case access hook. */
export function sharingRoutes(app: FastifyInstance, deps: SessionDeps & Pick<AppContext, 'openCalls'>): void {
  const { storage } = deps;
  const who = (request: FastifyRequest) => {
    const { user } = currentUser(request);
    return { id: user.id, name: user.name };
  };

  app.get('/api/cases/:id/members', async (request) => {
    const access = caseAccessOf(request);
    const found = await membersOf(storage, access.caseId, deps.now());
    return {
      yourRole: access.role,
      yourAudioGranted: access.audioGranted,
      members: found.members,
      invitations: access.role === 'owner' ? found.invitations : [],
    } satisfies ResponseOf<'GET /api/cases/:id/members'>;
  });

  app.post('/api/cases/:id/invitations', async (request, reply) => {
    const access = caseAccessOf(request);
    const body = inviteBodySchema.parse(request.body);
    const made = await asHttp(
      inviteToCase(storage, { caseId: access.caseId, invitedBy: who(request), ...body }, deps.now()),
    );
    const link = caseInvitationLink(publicBase(request, deps.config.publicUrl), made.token);
    return reply
      .status(201)
      .send({ invitation: made.invitation, link } satisfies ResponseOf<'POST /api/cases/:id/invitations'>);
  });

  app.delete('/api/cases/:id/invitations/:invitationId', async (request, reply) => {
    const { id, invitationId } = invitationParams.parse(request.params);
    await asHttp(revokeCaseInvitation(storage, id, invitationId, who(request), deps.now()));
    return reply.status(204).send();
  });

  app.patch('/api/cases/:id/members/:memberId', async (request) => {
    const { id, memberId } = memberParams.parse(request.params);
    const { audioGranted } = memberPatchBody.parse(request.body);
    const member = await asHttp(
      setMemberAudio(storage, { caseId: id, memberId, granted: audioGranted, by: who(request) }, deps.now()),
    );
    return member satisfies ResponseOf<'PATCH /api/cases/:id/members/:memberId'>;
  });

  app.delete('/api/cases/:id/members/:memberId', async (request, reply) => {
    const { id, memberId } = memberParams.parse(request.params);
    const removed = await asHttp(removeCaseMember(storage, id, memberId, who(request), deps.now()));
    // Their next request is refused by the access check; a call of theirs still open (audio playing, an upload
    // sending) is cut off now.
    deps.openCalls.closeFor(id, removed.userId);
    return reply.status(204).send();
  });

  app.post('/api/case-invitations/accept', async (request) => {
    const { token } = tokenBody.parse(request.body);
    const { user } = currentUser(request);
    const joined = await asHttp(acceptCaseInvitation(storage, token, user, deps.now()));
    return joined satisfies ResponseOf<'POST /api/case-invitations/accept'>;
  });
}

/** Public (no session yet): the join page asks what its link is for. POST keeps the token out of logged URLs. */
export function caseInvitationCheckRoute(app: FastifyInstance, deps: SessionDeps): void {
  app.post('/api/case-invitations/check', async (request) => {
    if (isCrossSite(request, deps.config.publicUrl)) throw new HttpError(403, CROSS_SITE);
    const { token } = tokenBody.parse(request.body);
    const found = await asHttp(checkCaseInvitation(deps.storage, token, deps.now()));
    return {
      ...found,
      message: found.status === 'pending' ? null : SHARING_MESSAGES[found.status],
    } satisfies ResponseOf<'POST /api/case-invitations/check'>;
  });
}
