import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { currentUser, type SessionDeps } from '../../accounts/session.js';
import { homeOf } from './home.service.js';

/** GET /api/home (behind requireSession): per user, so no case access check; the service lists only their cases. */
export function homeRoutes(app: FastifyInstance, deps: SessionDeps): void {
  app.get('/api/home', async (request) => {
    // Whole seconds, like the plan routes: a plan computed for this second is reused.
    const now = new Date(Math.floor(deps.now().getTime() / 1000) * 1000).toISOString();
    const cases = await homeOf(deps.storage, currentUser(request).user.id, now);
    return { cases } satisfies ResponseOf<'GET /api/home'>;
  });
}
