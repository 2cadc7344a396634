import { answerMarkBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actingOwnerId, currentUser, type SessionDeps } from '../../accounts/session.js';
import { sendResult, unwrap } from '../../cases/case-reply.js';
import { caseParams } from '../../cases/cases.routes.js';
import { answersOfCase, markAnswered, unmarkAnswered } from './answers.service.js';

const itemParams = caseParams.extend({ itemId: z.string().min(1).max(300) });
const answersQuery = z.object({
  now: z.iso
    .datetime({
      offset: true,
      error: 'Write now as an ISO date and time with a zone, like 2026-11-23T15:00:00Z.',
    })
    .optional(),
});

/** The answer tracker: what the school owes, and marks that it answered. Registered behind requireSession. */
export function answerRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  // Whole seconds, like the plan's routes: the plans the list is made from are then reused.
  const serverNow = () => new Date(Math.floor(deps.now().getTime() / 1000) * 1000).toISOString();

  app.get('/api/cases/:id/answers', async (request) => {
    const { id } = caseParams.parse(request.params);
    const now = answersQuery.parse(request.query).now ?? serverNow();
    const result = unwrap(await answersOfCase(storage, actingOwnerId(request), id, now));
    return result.list satisfies ResponseOf<'GET /api/cases/:id/answers'>;
  });

  app.put('/api/cases/:id/answers/:itemId', async (request, reply) => {
    const { id, itemId } = itemParams.parse(request.params);
    const body = answerMarkBodySchema.parse(request.body);
    await sendResult<ResponseOf<'PUT /api/cases/:id/answers/:itemId'>>(
      reply,
      await markAnswered(storage, {
        ownerId: actingOwnerId(request),
        actorId: currentUser(request).user.id,
        caseId: id,
        itemId,
        documentId: body.documentId,
        answeredOn: body.answeredOn,
        now: serverNow(),
      }),
    );
  });

  app.delete('/api/cases/:id/answers/:itemId', async (request, reply) => {
    const { id, itemId } = itemParams.parse(request.params);
    await sendResult<ResponseOf<'DELETE /api/cases/:id/answers/:itemId'>>(
      reply,
      await unmarkAnswered(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        itemId,
        now: serverNow(),
      }),
    );
  });
}
