import path from 'node:path';
import { speechModelsQuerySchema, startModelDownloadBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { currentUser } from '../accounts/session.js';
import type { AppContext } from '../context/app-context.js';
import { HttpError } from '../http/errors.js';
import type { CatalogEntry } from '../transcription/models/catalog.js';
import { ModelDownloads, type ModelDownloadsOptions } from '../transcription/models/download-service.js';
import type { Machine } from '../transcription/models/machine.js';
import { ModelError } from '../transcription/models/model-types.js';
import { DOWNLOADS_OFF, SpeechModelsService } from './speech-models.service.js';

// Speech models for the whole install: everyone signed in sees the recommendation and the download; only the app
// owner (the first account) starts or stops it. The download goes on after a restart (resumed at onReady) and
// stops, keeping its partial file, when the app closes. Registered behind requireSession (CSRF on writes).

export interface SpeechModelRouteDeps {
  /** Tests: a fake publisher (fetch), its catalog, a machine, quicker retries, a failing disk. */
  fetch?: typeof fetch;
  catalog?: readonly CatalogEntry[];
  machine?: Machine;
  retryDelayMs?: number;
  createWriteStream?: ModelDownloadsOptions['createWriteStream'];
}

export const MODELS_OWNER_ONLY =
  'Only the owner of this app can get or stop a speech model, because it is used for every case.';

export function speechModelRoutes(ctx: AppContext, deps: SpeechModelRouteDeps = {}): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const modelsDir = path.join(ctx.config.dataDir, 'models');
    const downloads = new ModelDownloads({
      modelsDir,
      now: ctx.now,
      baseUrl: ctx.config.modelDownloadUrl,
      log: ctx.log,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.catalog ? { catalog: deps.catalog } : {}),
      ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}),
      ...(deps.createWriteStream ? { createWriteStream: deps.createWriteStream } : {}),
    });
    const service = new SpeechModelsService({
      downloads,
      modelsDir,
      enabled: ctx.config.modelDownloads,
      baseUrl: ctx.config.modelDownloadUrl,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.catalog ? { catalog: deps.catalog } : {}),
      ...(deps.machine ? { machine: deps.machine } : {}),
    });
    if (ctx.config.modelDownloads) app.addHook('onReady', async () => downloads.resumePending());
    app.addHook('onClose', () => downloads.close());

    const isOwner = (request: FastifyRequest) => currentUser(request).user.role === 'owner';
    const ownerOnly = (request: FastifyRequest) => {
      if (!isOwner(request)) throw new HttpError(403, MODELS_OWNER_ONLY);
    };
    const plain = (error: unknown): never => {
      if (error instanceof ModelError) throw new HttpError(409, error.message);
      throw error;
    };

    app.get('/api/speech-models', async (request) => {
      const { check } = speechModelsQuerySchema.parse(request.query);
      return (await service.view(
        isOwner(request),
        check === 'true',
      )) satisfies ResponseOf<'GET /api/speech-models'>;
    });

    app.post('/api/speech-models/download', async (request, reply) => {
      ownerOnly(request);
      const { name } = startModelDownloadBodySchema.parse(request.body ?? {});
      if (!ctx.config.modelDownloads) throw new HttpError(409, DOWNLOADS_OFF);
      try {
        downloads.start(name ?? service.recommended().name);
      } catch (error) {
        plain(error);
      }
      return reply
        .status(202)
        .send((await service.view(true, false)) satisfies ResponseOf<'POST /api/speech-models/download'>);
    });

    app.post('/api/speech-models/download/cancel', async (request) => {
      ownerOnly(request);
      await downloads.cancel();
      return (await service.view(
        true,
        false,
      )) satisfies ResponseOf<'POST /api/speech-models/download/cancel'>;
    });
  };
}
