import type { knownDateBodySchema } from '@iep/core/contract';
import { escalationQuerySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actingOwnerId, type SessionDeps } from '../accounts/session.js';
import { sendResult } from '../cases/case-reply.js';
import { caseParams } from '../cases/cases.routes.js';
import { HttpError } from '../http/errors.js';
import { escalationOfCase, KnownDateProblem, setKnownDate } from './escalation.service.js';

// The escalation page's routes. Registered behind requireSession; each checks the case is the caller's.

const eventParams = caseParams.extend({ eventId: z.string().min(1).max(200) });
const query = escalationQuerySchema.extend({
  now: z.iso
    .datetime({
      offset: true,
      error: 'Write now as an ISO date and time with a zone, like 2026-12-04T15:00:00Z.',
    })
    .optional(),
});
const body = z.strictObject({
  knewOn: z.iso.date({ error: 'Use a real date written as YYYY-MM-DD, or null to clear it.' }).nullable(),
}) satisfies z.ZodType<z.output<typeof knownDateBodySchema>>;

export function escalationRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  const serverNow = () => deps.now().toISOString();

  app.get('/api/cases/:id/escalation', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const now = query.parse(request.query).now ?? serverNow();
    await sendResult<ResponseOf<'GET /api/cases/:id/escalation'>>(
      reply,
      await escalationOfCase(storage, actingOwnerId(request), id, now),
    );
  });

  app.put('/api/cases/:id/escalation/known-dates/:eventId', async (request, reply) => {
    const { id, eventId } = eventParams.parse(request.params);
    const { knewOn } = body.parse(request.body);
    try {
      await sendResult<ResponseOf<'PUT /api/cases/:id/escalation/known-dates/:eventId'>>(
        reply,
        await setKnownDate(storage, {
          ownerId: actingOwnerId(request),
          caseId: id,
          eventId,
          knewOn,
          now: serverNow(),
        }),
      );
    } catch (error) {
      if (error instanceof KnownDateProblem) throw new HttpError(422, error.message);
      throw error;
    }
  });
}
