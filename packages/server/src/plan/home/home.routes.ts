import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { currentUser, type SessionDeps } from '../../accounts/session.js';
import { homeOf } from './home.service.js';

const homeQuery = z.object({
  now: z.iso
    .datetime({
      offset: true,
      error: 'Write now as an ISO date and time with a zone, like 2026-11-23T15:00:00Z.',
    })
    .optional(),
});

/** GET /api/home (behind requireSession): per user, so no case access check; the service lists only their cases. */
export function homeRoutes(app: FastifyInstance, deps: SessionDeps): void {
  app.get('/api/home', async (request) => {
    // Whole seconds, like the plan routes: a plan computed for this second is reused.
    const now =
      homeQuery.parse(request.query).now ??
      new Date(Math.floor(deps.now().getTime() / 1000) * 1000).toISOString();
    const cases = await homeOf(deps.storage, currentUser(request).user.id, now);
    return { cases } satisfies ResponseOf<'GET /api/home'>;
  });
}
