import { evidenceBuildBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actingOwnerId, currentUser } from '../../accounts/session.js';
import { sendResult, unwrap } from '../../cases/case-reply.js';
import { caseParams } from '../../cases/cases.routes.js';
import type { AppContext } from '../../context/app-context.js';
import { slug } from '../../documents/dates-and-names.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { buildEvidenceJob } from './build-evidence.job.js';
import {
  buildFile,
  buildOfCase,
  buildsOfCase,
  deleteBuild,
  materialsOfCase,
  startBuild,
} from './evidence.service.js';

// The evidence binder's routes. Registered behind requireSession and the case access check (who may build and
// download is in sharing/route-permissions.ts); the build job is registered on the app's queue here.

const buildParams = caseParams.extend({ buildId: z.string().min(1).max(100) });

export function evidenceRoutes(app: FastifyInstance, ctx: AppContext, jobs: JobQueue): void {
  jobs.register(buildEvidenceJob(ctx));

  app.get('/api/cases/:id/evidence-binder/materials', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/evidence-binder/materials'>>(
      reply,
      await materialsOfCase(ctx, actingOwnerId(request), id),
    );
  });

  app.post('/api/cases/:id/evidence-binders', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const body = evidenceBuildBodySchema.parse(request.body ?? {});
    await sendResult<ResponseOf<'POST /api/cases/:id/evidence-binders'>>(
      reply,
      await startBuild(ctx, jobs, {
        ownerId: actingOwnerId(request),
        userId: currentUser(request).user.id,
        caseId: id,
        body,
      }),
      202,
    );
  });

  app.get('/api/cases/:id/evidence-binders', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/evidence-binders'>>(
      reply,
      await buildsOfCase(ctx, jobs, actingOwnerId(request), id),
    );
  });

  app.get('/api/cases/:id/evidence-binders/:buildId', async (request, reply) => {
    const { id, buildId } = buildParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/evidence-binders/:buildId'>>(
      reply,
      await buildOfCase(ctx, jobs, actingOwnerId(request), id, buildId),
    );
  });

  for (const which of ['pdf', 'zip'] as const) {
    const file = which === 'pdf' ? 'binder.pdf' : 'originals.zip';
    app.get(`/api/cases/:id/evidence-binders/:buildId/${file}`, async (request, reply) => {
      const { id, buildId } = buildParams.parse(request.params);
      const { stream, bytes, row } = unwrap(await buildFile(ctx, actingOwnerId(request), id, buildId, which));
      const name = `evidence-binder-${row.created_at.slice(0, 10)}${which === 'pdf' ? '.pdf' : '-originals.zip'}`;
      return reply
        .type(which === 'pdf' ? 'application/pdf' : 'application/zip')
        .header(
          'content-disposition',
          `attachment; filename="${slug(name.replace(/\.(pdf|zip)$/, '')) || 'evidence-binder'}.${which}"`,
        )
        .header('content-length', String(bytes))
        .header('cache-control', 'private, no-store')
        .send(stream);
    });
  }

  app.delete('/api/cases/:id/evidence-binders/:buildId', async (request, reply) => {
    const { id, buildId } = buildParams.parse(request.params);
    unwrap(await deleteBuild(ctx, jobs, actingOwnerId(request), id, buildId));
    return reply.status(204).send();
  });
}
