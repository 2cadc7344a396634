import { openClipLinkBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BlobIntegrityError, DAMAGED } from '../blobs/blob-format.js';
import type { AppContext } from '../context/app-context.js';
import { HttpError } from '../http/errors.js';
import { clipContentType } from '../recordings/evidence.service.js';
import { parseRange, startReading } from '../recordings/playback.service.js';
import { clipOfLink, LINK_GONE, openClipLink, openStudentView } from './public-links.service.js';

// The public routes of shared links, for a signed-out browser: open a clip link, play its audio, open the child's
// page. Each has a rate limit of its own per address (well below the app's), so ids and codes cannot be guessed at
// speed. Answers are never cached (no-store, like all of /api) and never indexed (X-Robots-Tag, every answer).

/** Opens of a link or a page per address per minute; the audio gets more (a player asks for ranges). */
export const LINK_OPENS_PER_MINUTE = 30;
export const LINK_AUDIO_PER_MINUTE = 120;

// A link id is 22 letters; anything far off is refused before the database is asked.
const linkParams = z.object({ linkId: z.string().min(1).max(64) });
const codeParams = z.object({ code: z.string().min(1).max(64) });
const audioQuery = z.object({ pass: z.string().max(64).optional() });

const limited = (ctx: AppContext, max: number) => ({
  config: { rateLimit: { max: Math.min(max, ctx.config.rateLimitPerMinute), timeWindow: '1 minute' } },
});

export function publicLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/links/:linkId/open', limited(ctx, LINK_OPENS_PER_MINUTE), async (request, reply) => {
    const parsed = linkParams.safeParse(request.params);
    if (!parsed.success) throw new HttpError(404, LINK_GONE);
    const body = openClipLinkBodySchema.parse(request.body ?? {});
    const answer: ResponseOf<'POST /api/links/:linkId/open'> = await openClipLink(
      ctx,
      parsed.data.linkId,
      body.passphrase,
    );
    return reply.send(answer);
  });

  app.get('/api/links/:linkId/audio', limited(ctx, LINK_AUDIO_PER_MINUTE), async (request, reply) => {
    const parsed = linkParams.safeParse(request.params);
    if (!parsed.success) throw new HttpError(404, LINK_GONE);
    const { pass } = audioQuery.parse(request.query);
    const clip = await clipOfLink(ctx, parsed.data.linkId, pass);
    const range = parseRange(request.headers.range, clip.bytes);
    if (range.kind === 'unsatisfiable')
      return reply.status(416).header('content-range', `bytes */${clip.bytes}`).send({ error: 'Bad range.' });
    const bytes = range.kind === 'partial' ? { start: range.start, end: range.end } : undefined;
    let stream;
    try {
      stream = await startReading(ctx.blobs.openRead(clip.blob_id, bytes));
    } catch (error) {
      if (error instanceof BlobIntegrityError) throw new HttpError(500, DAMAGED);
      throw error;
    }
    void reply.type(clipContentType(clip.format)).header('accept-ranges', 'bytes');
    if (bytes) {
      return reply
        .status(206)
        .header('content-range', `bytes ${bytes.start}-${bytes.end}/${clip.bytes}`)
        .header('content-length', String(bytes.end - bytes.start + 1))
        .send(stream);
    }
    return reply.header('content-length', String(clip.bytes)).send(stream);
  });

  app.get('/api/student/:code', limited(ctx, LINK_OPENS_PER_MINUTE), async (request, reply) => {
    const { code } = codeParams.parse(request.params);
    const answer: ResponseOf<'GET /api/student/:code'> = await openStudentView(ctx, code);
    return reply.send(answer);
  });
}
