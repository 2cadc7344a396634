import { newClipLinkBodySchema, newStudentViewBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actingOwnerId } from '../accounts/session.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { caseParams } from '../cases/cases.routes.js';
import type { AppContext } from '../context/app-context.js';
import {
  caseLinks,
  createClipLink,
  createStudentView,
  revokeClipLink,
  revokeStudentViewOf,
} from './links.service.js';
import { publicBase } from './link-rules.js';

// The family's routes of shared links: make a clip link or a student view, list them, revoke them. Registered
// behind requireSession (CSRF on writes); the case's owner and co-parents only (sharing/route-permissions.ts).

const id = z.string().min(1).max(100);
const recordingParams = caseParams.extend({ recordingId: id });
const linkParams = caseParams.extend({ linkId: id });
const viewParams = caseParams.extend({ viewId: id });

export function linkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const owner = (request: FastifyRequest) => actingOwnerId(request);
  // Links point where people open the app: IEP_PUBLIC_URL, else the address this request came to (checked by the
  // host guard), so a server on a LAN address gives links that work on that LAN.
  const base = (request: FastifyRequest) =>
    ctx.config.publicUrl ? publicBase(ctx.config) : `${request.protocol}://${request.host}`;

  app.post('/api/cases/:id/recordings/:recordingId/links', async (request, reply) => {
    const { id: caseId, recordingId } = recordingParams.parse(request.params);
    const body = newClipLinkBodySchema.parse(request.body);
    await sendResult<ResponseOf<'POST /api/cases/:id/recordings/:recordingId/links'>>(
      reply,
      await createClipLink(ctx, owner(request), caseId, recordingId, body, base(request)),
      201,
    );
  });

  app.get('/api/cases/:id/links', async (request, reply) => {
    const { id: caseId } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/links'>>(
      reply,
      await caseLinks(ctx, owner(request), caseId, base(request)),
    );
  });

  app.delete('/api/cases/:id/links/:linkId', async (request, reply) => {
    const { id: caseId, linkId } = linkParams.parse(request.params);
    unwrap(await revokeClipLink(ctx, owner(request), caseId, linkId));
    return reply.status(204).send();
  });

  app.post('/api/cases/:id/student-views', async (request, reply) => {
    const { id: caseId } = caseParams.parse(request.params);
    const body = newStudentViewBodySchema.parse(request.body);
    await sendResult<ResponseOf<'POST /api/cases/:id/student-views'>>(
      reply,
      await createStudentView(ctx, owner(request), caseId, body, base(request)),
      201,
    );
  });

  app.delete('/api/cases/:id/student-views/:viewId', async (request, reply) => {
    const { id: caseId, viewId } = viewParams.parse(request.params);
    unwrap(await revokeStudentViewOf(ctx, owner(request), caseId, viewId));
    return reply.status(204).send();
  });
}
