import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { BackupDamagedError, prepareCaseBackup } from './case-backup.js';
import { unwrap } from '../cases/case-reply.js';
import { actingOwnerId } from '../accounts/session.js';
import type { AppContext } from '../context/app-context.js';
import { caseParams } from '../cases/cases.routes.js';

// The whole-case backup zip. Registered behind requireSession; the case is checked for its owner (another
// account's case is the same 404 as a missing one) and every stored file is checked before the answer starts.

export function backupRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/cases/:id/backup.zip', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    let backup;
    try {
      backup = unwrap(await prepareCaseBackup(ctx, actingOwnerId(request), id));
    } catch (error) {
      if (!(error instanceof BackupDamagedError)) throw error;
      return reply
        .status(500)
        .type('application/json; charset=utf-8')
        .send({ error: error.message, damaged: true });
    }
    const body = new PassThrough();
    // A file that breaks half way ends the download with an error: a broken zip, never a silently short one.
    backup.write(body).catch((error: unknown) => {
      request.log.error({ err: error }, 'case backup stopped');
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return reply
      .type('application/zip')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="${backup.fileName}"`)
      .send(body);
  });
}
