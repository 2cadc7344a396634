import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context/app-context.js';
import { actingOwnerId, currentUser } from '../accounts/session.js';
import { sendResult } from '../cases/case-reply.js';
import { caseParams } from '../cases/cases.routes.js';
import { publicBase } from '../accounts/account-invitations.routes.js';
import { endCode, listCodes, makeGuestCode } from './guests.service.js';

// The family's guest-code routes, behind the session and the case access check (route-permissions.ts: making
// and ending codes need 'write-case', so the owner and a co-parent).

const meetingParams = caseParams.extend({ meetingId: z.string().min(1).max(100) });
const codeParams = meetingParams.extend({ codeId: z.string().min(1).max(100) });

export function guestCodeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/cases/:id/meetings/:meetingId/guest-codes', async (request, reply) => {
    const { id: caseId, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/meetings/:meetingId/guest-codes'>>(
      reply,
      await makeGuestCode(ctx, {
        ownerId: actingOwnerId(request),
        userId: currentUser(request).user.id,
        caseId,
        meetingId,
        base: publicBase(request, ctx.config.publicUrl),
      }),
      201,
    );
  });

  app.get('/api/cases/:id/meetings/:meetingId/guest-codes', async (request, reply) => {
    const { id: caseId, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/meetings/:meetingId/guest-codes'>>(
      reply,
      await listCodes(ctx, {
        ownerId: actingOwnerId(request),
        caseId,
        meetingId,
        base: publicBase(request, ctx.config.publicUrl),
      }),
    );
  });

  app.delete('/api/cases/:id/meetings/:meetingId/guest-codes/:codeId', async (request, reply) => {
    const { id: caseId, meetingId, codeId } = codeParams.parse(request.params);
    const result = await endCode(ctx, { ownerId: actingOwnerId(request), caseId, meetingId, codeId });
    if (result.kind !== 'ok') return sendResult(reply, result);
    return reply.status(204).send();
  });
}
