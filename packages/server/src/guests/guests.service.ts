import type { GuestCode, GuestCompanion, GuestEntry, NewGuestCode } from '@iep/core/contract';
import type { AppContext } from '../context/app-context.js';
import type { GuestCodesTable } from '../db/schema.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { conflict, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { caseWithMeeting } from '../letters/letters.service.js';
import { companionStateOf, storeEntries } from '../companion/companion.service.js';
import { entryAuthors, listEntries, nextSeq } from '../companion/companion.repository.js';
import { findDraft } from '../letters/letters.repository.js';
// The same short code as a child's page (8 of 31 letters with no look-alikes, about 40 bits).
import { newStudentCode as newCode, publicBase, shownCode } from '../links/link-rules.js';
import { newId, sha256Hex } from '../ids.js';
import { guestCodeExpiry, guestCodeState, meetingMarkedDone } from './guest-rules.js';
import { endGuestCode, findGuestCode, insertGuestCode, listGuestCodes } from './guests.repository.js';

// The family's side of guest codes (make, list, end) and what a guest with a working session sees and adds. The
// guest routes reach this only through a guest session (guest-session.ts), which names its one meeting.

type Ctx = Pick<AppContext, 'storage' | 'config' | 'now'>;

export const MEETING_OVER =
  'This meeting is marked as over, so a guest code would not work. Start a new session of the meeting first.';
const CODE_NOT_FOUND = 'This guest code was not found. Reload the page to see the codes of this meeting.';

/** Where a guest types the code: `base` is IEP_PUBLIC_URL or the address the family's request came to. */
export const guestPageUrl = (base: string) => `${base.replace(/\/+$/, '')}/guest`;

function codeView(ctx: Ctx, row: GuestCodesTable, done: boolean, base = publicBase(ctx.config)): GuestCode {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    url: guestPageUrl(base),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    guestName: row.guest_name,
    state: guestCodeState(row, ctx.now(), done),
  };
}

/** Whether the meeting's companion recorded the end of its last session. */
export async function meetingDone(ctx: Ctx, ownerId: string, caseId: string, meetingId: string) {
  const found = await caseWithMeeting(ctx.storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return { found, done: false };
  const entries = await listEntries(ctx.storage.db, caseId, meetingId);
  return { found, done: meetingMarkedDone(found.value.file, meetingId, entries) };
}

export async function makeGuestCode(
  ctx: Ctx,
  input: { ownerId: string; userId: string; caseId: string; meetingId: string; base?: string },
): Promise<CaseResult<NewGuestCode>> {
  const { found, done } = await meetingDone(ctx, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  if (done) return conflict(MEETING_OVER);
  const now = ctx.now();
  const code = newCode();
  const row: GuestCodesTable = {
    id: newId(),
    code_hash: sha256Hex(code),
    case_id: input.caseId,
    meeting_id: input.meetingId,
    created_by: input.userId,
    created_at: now.toISOString(),
    expires_at: guestCodeExpiry(found.value.file, input.meetingId, now),
    guest_name: null,
    used_at: null,
    ended_at: null,
  };
  await insertGuestCode(ctx.storage.db, row);
  await insertCaseEvent(ctx.storage.db, {
    caseId: input.caseId,
    at: row.created_at,
    kind: 'guest.code-made',
    data: { meetingId: input.meetingId, codeId: row.id },
  });
  return ok({ ...codeView(ctx, row, false, input.base), code: shownCode(code) });
}

export async function listCodes(
  ctx: Ctx,
  input: { ownerId: string; caseId: string; meetingId: string; base?: string },
): Promise<CaseResult<{ codes: GuestCode[] }>> {
  const { found, done } = await meetingDone(ctx, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const rows = await listGuestCodes(ctx.storage.db, input.caseId, input.meetingId);
  return ok({ codes: rows.map((r) => codeView(ctx, r, done, input.base)) });
}

export async function endCode(
  ctx: Ctx,
  input: { ownerId: string; caseId: string; meetingId: string; codeId: string },
): Promise<CaseResult<null>> {
  const found = await caseWithMeeting(ctx.storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const row = await findGuestCode(ctx.storage.db, input.caseId, input.meetingId, input.codeId);
  if (!row) return partNotFound(CODE_NOT_FOUND);
  const at = ctx.now().toISOString();
  await endGuestCode(ctx.storage.db, row.id, at);
  if (row.ended_at === null)
    await insertCaseEvent(ctx.storage.db, {
      caseId: input.caseId,
      at,
      kind: 'guest.ended',
      data: {
        meetingId: input.meetingId,
        codeId: row.id,
        ...(row.guest_name ? { name: row.guest_name } : {}),
      },
    });
  return ok(null);
}

/** What the guest of a working session sees: the meeting's cards and notes, each with who added it. */
export async function guestView(
  ctx: Ctx,
  guest: {
    ownerId: string;
    caseId: string;
    meetingId: string;
    guestName: string;
    csrfToken: string;
    expiresAt: string;
  },
): Promise<CaseResult<GuestCompanion>> {
  const { caseId, meetingId } = guest;
  const found = await caseWithMeeting(ctx.storage, guest.ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  const [entries, concerns, authors] = await Promise.all([
    listEntries(ctx.storage.db, caseId, meetingId),
    findDraft(ctx.storage.db, caseId, 'concerns', meetingId),
    entryAuthors(ctx.storage.db, caseId, meetingId),
  ]);
  const { state } = companionStateOf(found.value.file, meetingId, entries, concerns?.answers ?? null);
  return ok({
    guestName: guest.guestName,
    csrfToken: guest.csrfToken,
    expiresAt: guest.expiresAt,
    cards: state.cards.map((c) => ({
      cardId: c.cardId,
      title: c.title,
      outcome: c.outcome,
      addedBy: c.entryId === null ? null : (authors[c.entryId] ?? null),
    })),
    notes: state.notes
      .filter((n) => !n.voice)
      .map((n) => ({ entryId: n.entryId, text: n.text, addedBy: authors[n.entryId] ?? null })),
  });
}

/**
 * Stores a guest's notes and outcome taps after everything stored (the server numbers them: the guest's phone
 * cannot know the meeting's order), with no recording moment, marked with the guest's name.
 */
export async function addGuestEntries(
  ctx: Ctx,
  guest: { ownerId: string; caseId: string; meetingId: string; guestName: string },
  entries: readonly GuestEntry[],
): Promise<CaseResult<{ stored: string[] }>> {
  const first = await nextSeq(ctx.storage.db, guest.caseId, guest.meetingId);
  const result = await storeEntries(ctx.storage, {
    ownerId: guest.ownerId,
    caseId: guest.caseId,
    meetingId: guest.meetingId,
    entries: entries.map((e, i) => ({ ...e, seq: first + i, atMs: null })),
    now: ctx.now().toISOString(),
    author: { kind: 'guest', name: guest.guestName },
  });
  if (result.kind !== 'ok') return result;
  return ok({ stored: result.value.stored });
}
