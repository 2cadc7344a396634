import path from 'node:path';
import {
  BOOKMARK_KINDS,
  ENGINE_CHOICES,
  type ResponseOf,
  type SegmentEditBody,
  type StartTranscriptBody,
  type searchQuerySchema,
} from '@iep/core/contract';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Storage } from '../db/open-storage.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { liveTranscriptListener } from './live-transcripts.js';
import { transcriptionJob } from './transcription.job.js';
import { realTranscriptionEngine, type TranscriptionEngine } from './transcription-engine.js';
import { editSegment, mergeSpeakers, renameSpeaker } from './transcript-corrections.js';
import {
  cancelTranscription,
  getTranscript,
  listEngineInfos,
  retryTranscription,
  startTranscription,
  type TranscriptsDeps,
} from './transcripts.service.js';
import { EMPTY_SEARCH, searchCase } from './transcripts.search.js';
import { parseTerms } from './search-text.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { actingOwnerId } from '../accounts/session.js';
import type { AppContext } from '../context/app-context.js';
import { caseParams } from '../cases/cases.routes.js';

// Transcripts: the engines this machine can run, starting / cancelling / retrying a transcription (a background
// job), the transcript with the parent's corrections, corrections, and search across the case's meetings.
// Registered behind requireSession, which checks the CSRF token on writes.

export interface TranscriptRouteDeps {
  jobs: JobQueue;
  /** The speech engines; the real ones unless a test hands in a fake. */
  transcription?: TranscriptionEngine | undefined;
  /** Runs when a transcript is done (extraction of commitments and the like). */
  onTranscriptDone?: ((storage: Storage, transcriptId: string) => Promise<void>) | undefined;
}

const id = z.string().min(1).max(100);
const recordingParams = caseParams.extend({ recordingId: id });
const transcriptParams = caseParams.extend({ transcriptId: id });
const segmentParams = recordingParams.extend({ segmentId: id });
const label = z
  .string()
  .regex(/^S\d{1,3}$/, { error: 'Name the speaker by its label, like S1 or S2.' })
  .max(4);
const speakerParams = recordingParams.extend({ label });
const startBody = z
  .strictObject({
    engine: z.enum(ENGINE_CHOICES, { error: 'Pick an engine: auto, sherpa or pocketsphinx.' }),
    speakers: z
      .number()
      .int({ error: 'The number of speakers must be a whole number.' })
      .min(1, 'At least 1 speaker.')
      .max(30, 'At most 30 speakers.'),
  })
  .partial() satisfies z.ZodType<StartTranscriptBody>;
const segmentBody = z
  .strictObject({
    text: z
      .string()
      .trim()
      .min(1, 'The text cannot be empty.')
      .max(5000, 'Keep the text under 5000 characters.'),
    speaker: label,
  })
  .partial()
  .refine((b) => b.text !== undefined || b.speaker !== undefined, {
    message: 'Send the new text, the new speaker, or both.',
  }) satisfies z.ZodType<SegmentEditBody>;
const renameBody = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Give the speaker a name.')
    .max(100, 'Keep the name under 100 characters.')
    // A control character (a NUL byte, a tab) is no part of a name, and PostgreSQL refuses a NUL in text.
    .refine((name) => !/\p{Cc}/u.test(name), 'Use letters, numbers, spaces and punctuation in the name.'),
});
const mergeBody = z.strictObject({ from: label, into: label });
const searchQuery = z.object({
  q: z.string().max(200, 'Keep the search under 200 characters.').default(''),
  speaker: z.string().max(100).optional(),
  bookmark: z
    .enum(BOOKMARK_KINDS, { error: `Pick a bookmark kind: ${BOOKMARK_KINDS.join(', ')}.` })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}) satisfies z.ZodType<z.output<typeof searchQuerySchema>>;

export function transcriptRoutes(ctx: AppContext, deps: TranscriptRouteDeps): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const modelsDir = path.join(ctx.config.dataDir, 'models');
    const engine = deps.transcription ?? realTranscriptionEngine;
    deps.jobs.register(
      transcriptionJob(
        { ctx, modelsDir, engine, log: ctx.log },
        deps.onTranscriptDone ? { onDone: deps.onTranscriptDone } : {},
      ),
    );
    const service: TranscriptsDeps = { ctx, jobs: deps.jobs, engine, modelsDir };
    if (ctx.config.liveTranscription) {
      const listener = liveTranscriptListener(service);
      ctx.chunkListeners.add(listener);
      app.addHook('onClose', async () => {
        ctx.chunkListeners.delete(listener);
      });
    }
    const owner = (request: { signedIn: unknown }) => actingOwnerId(request as never);

    app.get(
      '/api/engines',
      async () => ({ engines: await listEngineInfos(service) }) satisfies ResponseOf<'GET /api/engines'>,
    );

    app.post('/api/cases/:id/recordings/:recordingId/transcripts', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const body = startBody.parse(request.body ?? {});
      const transcript = unwrap(await startTranscription(service, owner(request), caseId, recordingId, body));
      return reply
        .status(202)
        .send({ transcript } satisfies ResponseOf<'POST /api/cases/:id/recordings/:recordingId/transcripts'>);
    });

    app.get('/api/cases/:id/recordings/:recordingId/transcript', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      await sendResult<ResponseOf<'GET /api/cases/:id/recordings/:recordingId/transcript'>>(
        reply,
        await getTranscript(service, owner(request), caseId, recordingId),
      );
    });

    app.post('/api/cases/:id/transcripts/:transcriptId/cancel', async (request, reply) => {
      const { id: caseId, transcriptId } = transcriptParams.parse(request.params);
      const transcript = unwrap(await cancelTranscription(service, owner(request), caseId, transcriptId));
      return reply.send({
        transcript,
      } satisfies ResponseOf<'POST /api/cases/:id/transcripts/:transcriptId/cancel'>);
    });

    app.post('/api/cases/:id/transcripts/:transcriptId/retry', async (request, reply) => {
      const { id: caseId, transcriptId } = transcriptParams.parse(request.params);
      const transcript = unwrap(await retryTranscription(service, owner(request), caseId, transcriptId));
      return reply
        .status(202)
        .send({ transcript } satisfies ResponseOf<'POST /api/cases/:id/transcripts/:transcriptId/retry'>);
    });

    app.patch(
      '/api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId',
      async (request, reply) => {
        const { id: caseId, recordingId, segmentId } = segmentParams.parse(request.params);
        const body = segmentBody.parse(request.body);
        await sendResult<
          ResponseOf<'PATCH /api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId'>
        >(reply, await editSegment(service, owner(request), caseId, recordingId, segmentId, body));
      },
    );

    app.put('/api/cases/:id/recordings/:recordingId/transcript/speakers/:label', async (request, reply) => {
      const { id: caseId, recordingId, label: speaker } = speakerParams.parse(request.params);
      const { name } = renameBody.parse(request.body);
      await sendResult<ResponseOf<'PUT /api/cases/:id/recordings/:recordingId/transcript/speakers/:label'>>(
        reply,
        await renameSpeaker(service, owner(request), caseId, recordingId, speaker, name),
      );
    });

    app.post('/api/cases/:id/recordings/:recordingId/transcript/speakers/merge', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const { from, into } = mergeBody.parse(request.body);
      await sendResult<ResponseOf<'POST /api/cases/:id/recordings/:recordingId/transcript/speakers/merge'>>(
        reply,
        await mergeSpeakers(service, owner(request), caseId, recordingId, from, into),
      );
    });

    app.get('/api/cases/:id/transcripts/search', async (request, reply) => {
      const { id: caseId } = caseParams.parse(request.params);
      const query = searchQuery.parse(request.query);
      const result = await searchCase(ctx.storage, owner(request), caseId, query);
      // Another user's case is 404 before the input is judged, so the answer says nothing about the case.
      if (result.kind === 'ok' && parseTerms(query.q).words.length === 0 && !query.speaker && !query.bookmark)
        throw new HttpError(400, EMPTY_SEARCH);
      await sendResult<ResponseOf<'GET /api/cases/:id/transcripts/search'>>(reply, result);
    });
  };
}
