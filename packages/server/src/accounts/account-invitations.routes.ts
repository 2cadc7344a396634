import type { ResponseOf, newAccountInvitationBodySchema } from '@iep/core/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AccountInvitationError,
  accountInvitationLink,
  createAccountInvitation,
  listAccountInvitations,
  revokeAccountInvitation,
} from './account-invitations.service.js';
import { emailField } from './users.service.js';
import { HttpError } from '../http/errors.js';
import { currentUser, type SessionDeps } from './session.js';

// The owner's account invitations (behind the signed-in scope: session and CSRF are checked there). Only the owner
// invites; the link is shown once, when it is made, because only its hash is stored.

export const OWNER_ONLY = 'Only the owner of this app can invite people or see invitations.';

const newInvitationBody = z.object({ email: emailField }) satisfies z.ZodType<
  z.output<typeof newAccountInvitationBodySchema>
>;

/** The address people open: IEP_PUBLIC_URL when set, else the address this request came to (its Host is checked). */
export function publicBase(request: FastifyRequest, publicUrl: string | null): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export function accountInvitationRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const ownerOnly = (request: FastifyRequest) => {
    const { user } = currentUser(request);
    if (user.role !== 'owner') throw new HttpError(403, OWNER_ONLY);
    return user;
  };
  const asHttp = (error: unknown): never => {
    if (error instanceof AccountInvitationError) throw new HttpError(error.statusCode, error.message);
    throw error;
  };

  app.post('/api/account-invitations', async (request, reply) => {
    const owner = ownerOnly(request);
    const { email } = newInvitationBody.parse(request.body);
    const made = await createAccountInvitation(deps.storage, {
      invitedBy: owner.id,
      email,
      now: deps.now(),
      validDays: deps.config.invitationDays,
    }).catch(asHttp);
    const link = accountInvitationLink(publicBase(request, deps.config.publicUrl), made.token);
    return reply
      .status(201)
      .send({ invitation: made.invitation, link } satisfies ResponseOf<'POST /api/account-invitations'>);
  });

  app.get('/api/account-invitations', async (request) => {
    ownerOnly(request);
    return {
      invitations: await listAccountInvitations(deps.storage, deps.now()),
    } satisfies ResponseOf<'GET /api/account-invitations'>;
  });

  app.delete('/api/account-invitations/:invitationId', async (request, reply) => {
    ownerOnly(request);
    const { invitationId } = request.params as { invitationId: string };
    await revokeAccountInvitation(deps.storage, invitationId, deps.now()).catch(asHttp);
    return reply.status(204).send();
  });
}
