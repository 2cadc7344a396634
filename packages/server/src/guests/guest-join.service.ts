import type { GuestCompanion } from '@iep/core/contract';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../context/app-context.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { sha256Hex } from '../ids.js';
import { normalizeCode } from '../links/link-rules.js';
import { guestCodeState } from './guest-rules.js';
import { startGuestSession } from './guest-session.js';
import { caseOwnerId, claimGuestCode, findGuestCodeByHash } from './guests.repository.js';
import { guestView, meetingDone } from './guests.service.js';

// A guest types the code and their name: a waiting code is claimed (once) and a guest session starts. Every
// refusal is a plain sentence that says what to do; a code that does not work changes nothing.

export const CODE_DOES_NOT_WORK =
  'This code does not work. Check the letters and numbers, or ask the parent for a new code.';
export const CODE_USED = 'This code was already used on another phone. Ask the parent for a new code.';

type Ctx = Pick<AppContext, 'storage' | 'config' | 'now'>;

export async function joinWithCode(
  ctx: Ctx,
  reply: FastifyReply,
  typed: { code: string; name: string },
): Promise<GuestCompanion> {
  const row = await findGuestCodeByHash(ctx.storage.db, sha256Hex(normalizeCode(typed.code)));
  const ownerId = row ? await caseOwnerId(ctx.storage.db, row.case_id) : null;
  if (!row || ownerId === null) throw new HttpError(404, CODE_DOES_NOT_WORK);
  const { done } = await meetingDone(ctx, ownerId, row.case_id, row.meeting_id);
  const state = guestCodeState(row, ctx.now(), done);
  if (state === 'joined') throw new HttpError(409, CODE_USED);
  if (state !== 'waiting') throw new HttpError(404, CODE_DOES_NOT_WORK);
  const at = ctx.now().toISOString();
  if (!(await claimGuestCode(ctx.storage.db, row.id, typed.name, at))) throw new HttpError(409, CODE_USED);
  const csrfToken = await startGuestSession(ctx, reply, row.id);
  await insertCaseEvent(ctx.storage.db, {
    caseId: row.case_id,
    at,
    kind: 'guest.joined',
    data: { meetingId: row.meeting_id, codeId: row.id, name: typed.name },
  });
  return unwrap(
    await guestView(ctx, {
      ownerId,
      caseId: row.case_id,
      meetingId: row.meeting_id,
      guestName: typed.name,
      csrfToken,
      expiresAt: row.expires_at,
    }),
  );
}
