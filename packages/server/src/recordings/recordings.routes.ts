import { createHash } from 'node:crypto';
import {
  BOOKMARK_KINDS,
  CLIP_FORMATS,
  type BookmarkPatchBody,
  type NewBookmarkBody,
  type NewClipBody,
  type NewPartBody,
  type ResponseOf,
  type finishPartBodySchema,
} from '@iep/core/contract';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BlobIntegrityError, DAMAGED } from '../blobs/blob-format.js';
import {
  addBookmark,
  bookmarkOfCase,
  buildManifest,
  changeBookmark,
  clipContentType,
  clipFileName,
  clipOfCase,
  evidenceZip,
  makeClip,
  removeBookmark,
} from './evidence.service.js';
import { finalizeSoon, startSweeper } from './finalize.service.js';
import { DamagedAudioError, parseRange, partAudio, reportDamaged, startReading } from './playback.service.js';
import {
  CHUNK_CHANGED,
  finishPart,
  deleteRecording,
  getMeetingRecording,
  listCaseRecordings,
  partOfCase,
  putChunk,
  recordingOfCase,
  startPart,
} from './recordings.service.js';
import { partView } from './views.js';
import { requireOwnedCase } from '../cases/case-access.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { actingOwnerId } from '../accounts/session.js';
import { assertMayChangeNote, recordNoteAuthor } from '../sharing/note-authors.js';
import type { AppContext } from '../context/app-context.js';
import { caseParams } from '../cases/cases.routes.js';

// Recordings of a case: parts and their chunks (the browser recorder), playback with HTTP Range, peaks,
// bookmarks, clips and the manifest. Registered behind requireSession, which checks the CSRF token on writes.

export const CHUNK_LIMIT_BYTES = 5 * 1024 * 1024;
const id = z.string().min(1).max(100);
const meetingParams = caseParams.extend({ meetingId: id });
const partParams = caseParams.extend({ partId: id });
const chunkParams = partParams.extend({
  seq: z.coerce.number({ error: 'The piece number must be a whole number.' }).int().min(0).max(10_000_000),
});
const recordingParams = caseParams.extend({ recordingId: id });
const bookmarkParams = caseParams.extend({ bookmarkId: id });
const clipParams = caseParams.extend({ clipId: id });
const partBody = z.strictObject({
  clientPartId: z.string().min(1).max(100),
  startedAt: z.iso.datetime({ offset: true, error: 'Send startedAt as an ISO date and time with a zone.' }),
  mimeType: z.string().min(1).max(100),
  device: z.string().max(200).optional(),
}) satisfies z.ZodType<NewPartBody>;
const finishBody = z.strictObject({
  lastSeq: z.number().int().min(-1).max(10_000_000),
}) satisfies z.ZodType<z.output<typeof finishPartBodySchema>>;
const atMs = z
  .number()
  .min(0)
  .max(7 * 24 * 3600 * 1000);
const kind = z.enum(BOOKMARK_KINDS, {
  error: `Pick a kind: ${BOOKMARK_KINDS.join(', ')}.`,
});
const note = z.string().max(2000);
const bookmarkBody = z.strictObject({
  atMs,
  kind,
  note: note.optional(),
  partId: id.optional(),
}) satisfies z.ZodType<NewBookmarkBody>;
const bookmarkPatch = z.strictObject({
  atMs: atMs.optional(),
  kind: kind.optional(),
  note: note.optional(),
}) satisfies z.ZodType<BookmarkPatchBody>;
const clipBody = z
  .strictObject({
    fromMs: atMs,
    toMs: atMs,
    name: z.string().trim().min(1, 'Give the clip a name.').max(120),
    format: z.enum(CLIP_FORMATS, { error: 'Pick a format: m4a or mp3.' }),
  })
  .refine((b) => b.toMs > b.fromMs, { message: 'The clip must end after it starts.', path: ['toMs'] })
  .refine((b) => b.toMs - b.fromMs <= 2 * 3600 * 1000, {
    message: 'A clip can be at most 2 hours long.',
    path: ['toMs'],
  }) satisfies z.ZodType<NewClipBody>;
const BAD_SHA = 'The piece of audio changed on the way (its SHA-256 does not match). Send it again.';
const EMPTY_CHUNK = 'This piece of audio is empty. Send the bytes the recorder made.';

async function sendDamaged(reply: FastifyReply): Promise<void> {
  await reply.status(500).type('application/json; charset=utf-8').send({ error: DAMAGED, damaged: true });
}

export function recordingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const stopSweeper = startSweeper(ctx);
    app.addHook('onClose', async () => {
      stopSweeper();
      await ctx.settle();
    });
    // Chunks are raw bytes. The parser lives in this plugin only, so no other route accepts octet-streams.
    app.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: CHUNK_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    const owner = (request: { signedIn: unknown }) => actingOwnerId(request as never);

    app.get('/api/cases/:id/recordings', async (request, reply) => {
      const { id: caseId } = caseParams.parse(request.params);
      await sendResult<ResponseOf<'GET /api/cases/:id/recordings'>>(
        reply,
        await listCaseRecordings(ctx, owner(request), caseId),
      );
    });

    app.get('/api/cases/:id/meetings/:meetingId/recording', async (request, reply) => {
      const { id: caseId, meetingId } = meetingParams.parse(request.params);
      await sendResult<ResponseOf<'GET /api/cases/:id/meetings/:meetingId/recording'>>(
        reply,
        await getMeetingRecording(ctx, owner(request), caseId, meetingId),
      );
    });

    app.post('/api/cases/:id/meetings/:meetingId/recording/parts', async (request, reply) => {
      const { id: caseId, meetingId } = meetingParams.parse(request.params);
      const body = partBody.parse(request.body);
      const { part, created } = unwrap(await startPart(ctx, owner(request), caseId, meetingId, body));
      return reply
        .status(created ? 201 : 200)
        .send(part satisfies ResponseOf<'POST /api/cases/:id/meetings/:meetingId/recording/parts'>);
    });

    app.put('/api/cases/:id/recording-parts/:partId/chunks/:seq', async (request, reply) => {
      const { id: caseId, partId, seq } = chunkParams.parse(request.params);
      const part = unwrap(await partOfCase(ctx, owner(request), caseId, partId));
      if (!Buffer.isBuffer(request.body))
        throw new HttpError(415, 'Send the audio as raw bytes with Content-Type: application/octet-stream.');
      const body = request.body;
      if (body.length === 0) throw new HttpError(400, EMPTY_CHUNK);
      const claimed = request.headers['x-chunk-sha256'];
      if (typeof claimed === 'string') {
        if (createHash('sha256').update(body).digest('hex') !== claimed.toLowerCase())
          throw new HttpError(400, BAD_SHA);
      }
      const answer = await putChunk(ctx, part, seq, body);
      // Different bytes under a stored number is the one 409 a retry can never fix: the recorder must know.
      if (answer.kind === 'conflict' && answer.message === CHUNK_CHANGED)
        return reply.status(409).send({ error: CHUNK_CHANGED, reason: 'chunk-differs' });
      const result = unwrap(answer);
      // The last missing piece of a finished part has arrived: finish it now rather than at the next sweep.
      if (part.last_seq !== null && result.contiguousUpTo >= part.last_seq) finalizeSoon(ctx, part.id);
      return reply.send(
        result satisfies ResponseOf<'PUT /api/cases/:id/recording-parts/:partId/chunks/:seq'>,
      );
    });

    app.post('/api/cases/:id/recording-parts/:partId/finish', async (request, reply) => {
      const { id: caseId, partId } = partParams.parse(request.params);
      const { lastSeq } = finishBody.parse(request.body);
      const part = unwrap(await partOfCase(ctx, owner(request), caseId, partId));
      await finishPart(ctx, part, lastSeq);
      const fresh = unwrap(await partOfCase(ctx, owner(request), caseId, partId));
      return reply
        .status(202)
        .send(partView(fresh) satisfies ResponseOf<'POST /api/cases/:id/recording-parts/:partId/finish'>);
    });

    app.get('/api/cases/:id/recording-parts/:partId/audio', async (request, reply) => {
      const { id: caseId, partId } = partParams.parse(request.params);
      const part = unwrap(await partOfCase(ctx, owner(request), caseId, partId));
      let audio;
      try {
        audio = await partAudio(ctx, part);
      } catch (error) {
        if (error instanceof DamagedAudioError) return sendDamaged(reply);
        throw error;
      }
      const range = parseRange(request.headers.range, audio.size);
      void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, no-store');
      if (range.kind === 'unsatisfiable') {
        return reply
          .status(416)
          .header('content-range', `bytes */${audio.size}`)
          .type('application/json; charset=utf-8')
          .send({ error: 'This part of the audio does not exist. Ask for bytes inside the file.' });
      }
      const span = range.kind === 'partial' ? range : { start: 0, end: audio.size - 1 };
      let stream;
      try {
        stream = await startReading(audio.open(span));
      } catch (error) {
        if (!(error instanceof BlobIntegrityError)) throw error;
        await reportDamaged(ctx, part, '');
        return sendDamaged(reply);
      }
      // A segment damaged later in the range ends the answer with an error: the player sees a broken
      // download, never silent audio.
      stream.on('error', (error) => {
        if (error instanceof BlobIntegrityError) void reportDamaged(ctx, part, '');
      });
      void reply.type(audio.contentType).header('content-length', String(span.end - span.start + 1));
      if (range.kind === 'partial')
        void reply.status(206).header('content-range', `bytes ${span.start}-${span.end}/${audio.size}`);
      return reply.send(stream);
    });

    app.get('/api/cases/:id/recording-parts/:partId/peaks', async (request, reply) => {
      const { id: caseId, partId } = partParams.parse(request.params);
      const part = unwrap(await partOfCase(ctx, owner(request), caseId, partId));
      if (part.peaks === null || part.duration_ms === null)
        throw new HttpError(409, 'The waveform is made when the part is finished. Try again in a minute.');
      const { peaksPerSecond, peaks } = JSON.parse(part.peaks) as { peaksPerSecond: number; peaks: number[] };
      return reply.send({
        durationMs: part.duration_ms,
        peaksPerSecond,
        peaks,
      } satisfies ResponseOf<'GET /api/cases/:id/recording-parts/:partId/peaks'>);
    });

    app.post('/api/cases/:id/recordings/:recordingId/bookmarks', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const body = bookmarkBody.parse(request.body);
      const recording = unwrap(await recordingOfCase(ctx, owner(request), caseId, recordingId));
      const added = unwrap(await addBookmark(ctx, recording, body));
      await recordNoteAuthor(ctx.storage.db, request, { id: added.id, at: ctx.now().toISOString() });
      return reply
        .status(201)
        .send(added satisfies ResponseOf<'POST /api/cases/:id/recordings/:recordingId/bookmarks'>);
    });

    // A note to change: an advocate's own only (sharing/note-authors.ts).
    const bookmarkOf = async (request: FastifyRequest, caseId: string, bookmarkId: string) => {
      const ownerId = owner(request);
      await requireOwnedCase(ctx.storage, ownerId, caseId);
      const bookmark = await bookmarkOfCase(ctx, caseId, bookmarkId);
      if (!bookmark) throw new HttpError(404, 'This bookmark was not found. Reload the page.');
      await assertMayChangeNote(ctx.storage.db, request, bookmark.id);
      return bookmark;
    };

    app.put('/api/cases/:id/bookmarks/:bookmarkId', async (request, reply) => {
      const { id: caseId, bookmarkId } = bookmarkParams.parse(request.params);
      const body = bookmarkPatch.parse(request.body);
      const bookmark = await bookmarkOf(request, caseId, bookmarkId);
      return reply.send(
        (await changeBookmark(
          ctx,
          bookmark,
          body,
        )) satisfies ResponseOf<'PUT /api/cases/:id/bookmarks/:bookmarkId'>,
      );
    });

    app.delete('/api/cases/:id/bookmarks/:bookmarkId', async (request, reply) => {
      const { id: caseId, bookmarkId } = bookmarkParams.parse(request.params);
      const bookmark = await bookmarkOf(request, caseId, bookmarkId);
      await removeBookmark(ctx, bookmark);
      return reply.status(204).send();
    });

    app.delete('/api/cases/:id/recordings/:recordingId', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const recording = unwrap(await recordingOfCase(ctx, owner(request), caseId, recordingId));
      await deleteRecording(ctx, recording);
      return reply.status(204).send();
    });

    app.get('/api/cases/:id/recordings/:recordingId/manifest', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const recording = unwrap(await recordingOfCase(ctx, owner(request), caseId, recordingId));
      return reply.send(
        (await buildManifest(
          ctx,
          recording,
        )) satisfies ResponseOf<'GET /api/cases/:id/recordings/:recordingId/manifest'>,
      );
    });

    app.get('/api/cases/:id/recordings/:recordingId/evidence.zip', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const recording = unwrap(await recordingOfCase(ctx, owner(request), caseId, recordingId));
      const zip = await evidenceZip(ctx, recording);
      return reply
        .type('application/zip')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="recording-${recording.meeting_id}-evidence.zip"`,
        )
        .send(zip);
    });

    app.post('/api/cases/:id/recordings/:recordingId/clips', async (request, reply) => {
      const { id: caseId, recordingId } = recordingParams.parse(request.params);
      const body = clipBody.parse(request.body);
      const recording = unwrap(await recordingOfCase(ctx, owner(request), caseId, recordingId));
      return reply
        .status(201)
        .send(
          unwrap(
            await makeClip(ctx, recording, body),
          ) satisfies ResponseOf<'POST /api/cases/:id/recordings/:recordingId/clips'>,
        );
    });

    app.get('/api/cases/:id/clips/:clipId', async (request, reply) => {
      const { id: caseId, clipId } = clipParams.parse(request.params);
      await requireOwnedCase(ctx.storage, owner(request), caseId);
      const clip = await clipOfCase(ctx, caseId, clipId);
      if (!clip) throw new HttpError(404, 'This clip was not found. Reload the page.');
      let stream;
      try {
        stream = await startReading(ctx.blobs.openRead(clip.blob_id));
      } catch (error) {
        if (error instanceof BlobIntegrityError) return sendDamaged(reply);
        throw error;
      }
      const filename = clipFileName(clip.name, clip.format);
      return reply
        .type(clipContentType(clip.format))
        .header('content-length', String(clip.bytes))
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(stream);
    });
  };
}
