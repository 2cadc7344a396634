import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportTranscript } from './export-service.js';
import { BAD_FORMAT, isTranscriptFormat } from './export-render.js';
import { checkItemPatch } from './items.patch.js';
import { extractForUser, listItems, patchItem } from './items.service.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { actingOwnerId, type SessionDeps } from '../accounts/session.js';
import { caseParams } from '../cases/cases.routes.js';

// What was promised, refused, agreed and asked in a meeting (found in its transcript), the parent's decisions on
// each, and transcript downloads. Registered behind requireSession, which checks the CSRF token on writes.

const id = z.string().min(1).max(100);
const recordingParams = caseParams.extend({ recordingId: id });
const itemParams = caseParams.extend({ itemId: id });
const exportQuery = z.object({ format: z.string().max(20).optional() });

export function transcriptItemRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  const owner = (request: Parameters<typeof actingOwnerId>[0]) => actingOwnerId(request);

  app.get('/api/cases/:id/recordings/:recordingId/items', async (request, reply) => {
    const { id: caseId, recordingId } = recordingParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/recordings/:recordingId/items'>>(
      reply,
      await listItems(storage, owner(request), caseId, recordingId),
    );
  });

  app.post('/api/cases/:id/recordings/:recordingId/items/extract', async (request, reply) => {
    const { id: caseId, recordingId } = recordingParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/recordings/:recordingId/items/extract'>>(
      reply,
      await extractForUser(storage, owner(request), caseId, recordingId),
    );
  });

  app.patch('/api/cases/:id/items/:itemId', async (request, reply) => {
    const { id: caseId, itemId } = itemParams.parse(request.params);
    const checked = checkItemPatch(request.body);
    if (!checked.ok) throw new HttpError(400, checked.message);
    await sendResult<ResponseOf<'PATCH /api/cases/:id/items/:itemId'>>(
      reply,
      await patchItem(storage, { ownerId: owner(request), caseId, itemId, patch: checked.patch }),
    );
  });

  app.get('/api/cases/:id/recordings/:recordingId/transcript/export', async (request, reply) => {
    const { id: caseId, recordingId } = recordingParams.parse(request.params);
    const { format } = exportQuery.parse(request.query);
    if (!isTranscriptFormat(format)) throw new HttpError(400, BAD_FORMAT);
    const file = unwrap(
      await exportTranscript(storage, { ownerId: owner(request), caseId, recordingId, format }),
    );
    return (
      reply
        .type(file.contentType)
        // The file name is made of [a-z0-9.-] only (transcriptFileName), so it needs no quoting rules.
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes)
    );
  });
}
