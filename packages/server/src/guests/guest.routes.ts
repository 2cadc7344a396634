import { guestEntriesBodySchema, guestJoinBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context/app-context.js';
import { unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { joinWithCode } from './guest-join.service.js';
import { requireGuest } from './guest-session.js';
import { addGuestEntries, guestView } from './guests.service.js';

// The guest's routes, outside the signed-in app: they answer only to the guest cookie (guest-session.ts) and only
// about its one meeting's companion. Typing codes has a tight limit per address, so a code (about 40 bits) cannot
// be guessed before it ends with the meeting.

/** Code attempts per address per minute, and the guest's other calls. */
export const GUEST_JOINS_PER_MINUTE = 10;
export const GUEST_CALLS_PER_MINUTE = 120;

const BAD_JOIN = 'Type the code and your name, then try again.';
const BAD_ENTRIES = 'Your note could not be read. Reload the page and add it again.';

const limited = (ctx: AppContext, max: number) => ({
  config: { rateLimit: { max: Math.min(max, ctx.config.rateLimitPerMinute), timeWindow: '1 minute' } },
});

export function guestRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/guest/join', limited(ctx, GUEST_JOINS_PER_MINUTE), async (request, reply) => {
    const body = guestJoinBodySchema.safeParse(request.body);
    if (!body.success) throw new HttpError(400, BAD_JOIN);
    const answer: ResponseOf<'POST /api/guest/join'> = await joinWithCode(ctx, reply, body.data);
    return reply.send(answer);
  });

  app.get('/api/guest/companion', limited(ctx, GUEST_CALLS_PER_MINUTE), async (request, reply) => {
    const guest = await requireGuest(ctx, request, reply);
    const answer: ResponseOf<'GET /api/guest/companion'> = unwrap(await guestView(ctx, guest));
    return reply.send(answer);
  });

  app.post('/api/guest/companion/entries', limited(ctx, GUEST_CALLS_PER_MINUTE), async (request, reply) => {
    const guest = await requireGuest(ctx, request, reply);
    const body = guestEntriesBodySchema.safeParse(request.body);
    if (!body.success) throw new HttpError(400, BAD_ENTRIES);
    const answer: ResponseOf<'POST /api/guest/companion/entries'> = unwrap(
      await addGuestEntries(ctx, guest, body.data.entries),
    );
    return reply.send(answer);
  });
}
