import { companionEntriesBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendResult } from '../cases/case-reply.js';
import { actingMember, actingOwnerId, currentUser, type SessionDeps } from '../accounts/session.js';
import { caseParams } from '../cases/cases.routes.js';
import { HttpError } from '../http/errors.js';
import { draftFollowUp, getCompanion, storeEntries } from './companion.service.js';

// The meeting companion's routes. Registered behind requireSession, which checks the CSRF token on writes.

const meetingParams = caseParams.extend({ meetingId: z.string().min(1).max(100) });

const BAD_ENTRIES =
  'The taps could not be read. Reload the page: your taps are kept on this phone and will be sent again.';

export function companionRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  const owner = (request: Parameters<typeof actingOwnerId>[0]) => actingOwnerId(request);

  app.get('/api/cases/:id/meetings/:meetingId/companion', async (request, reply) => {
    const { id: caseId, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/meetings/:meetingId/companion'>>(
      reply,
      await getCompanion(storage, owner(request), caseId, meetingId),
    );
  });

  app.post('/api/cases/:id/meetings/:meetingId/companion/entries', async (request, reply) => {
    const { id: caseId, meetingId } = meetingParams.parse(request.params);
    const body = companionEntriesBodySchema.safeParse(request.body);
    if (!body.success) throw new HttpError(400, BAD_ENTRIES);
    await sendResult<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/companion/entries'>>(
      reply,
      await storeEntries(storage, {
        ownerId: owner(request),
        caseId,
        meetingId,
        entries: body.data.entries,
        now: deps.now().toISOString(),
        author: {
          kind: (request.caseAccess?.role ?? 'owner') === 'owner' ? 'owner' : 'member',
          name: currentUser(request).user.name,
        },
      }),
    );
  });

  app.post('/api/cases/:id/meetings/:meetingId/companion/follow-up', async (request, reply) => {
    const { id: caseId, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/companion/follow-up'>>(
      reply,
      await draftFollowUp(storage, {
        ownerId: owner(request),
        caseId,
        meetingId,
        now: deps.now().toISOString(),
        by: actingMember(request),
      }),
    );
  });
}
