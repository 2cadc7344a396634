import { meetingCompareQuerySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actingOwnerId } from '../accounts/session.js';
import { sendResult } from '../cases/case-reply.js';
import { caseParams } from '../cases/cases.routes.js';
import type { AppContext } from '../context/app-context.js';
import { compareWithMeeting, progressCheck } from './document-checks.service.js';

// The routes of the binder's checks: an IEP against a meeting, a progress report against the data.

const documentParams = caseParams.extend({ documentId: z.string().min(1).max(100) });

export function documentCheckRoutes(app: FastifyInstance, ctx: AppContext): void {
  const owner = (request: FastifyRequest) => actingOwnerId(request);

  app.get('/api/cases/:id/documents/:documentId/meeting-compare', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    const { meetingId } = meetingCompareQuerySchema.parse(request.query);
    await sendResult<ResponseOf<'GET /api/cases/:id/documents/:documentId/meeting-compare'>>(
      reply,
      await compareWithMeeting(ctx, owner(request), id, documentId, meetingId),
    );
  });

  app.get('/api/cases/:id/documents/:documentId/progress-check', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/documents/:documentId/progress-check'>>(
      reply,
      await progressCheck(ctx, owner(request), id, documentId),
    );
  });
}
