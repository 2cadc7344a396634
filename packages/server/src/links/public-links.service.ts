import type { ClipWords, PublicClip, PublicStudentView } from '@iep/core/contract';
import { burnPasswordCheck, verifyPassword } from '../accounts/passwords.js';
import type { AppContext } from '../context/app-context.js';
import { HttpError } from '../http/errors.js';
import { findClip, type ClipRow } from '../recordings/recordings.repository.js';
import { audioPass, linkState, normalizeCode } from './link-rules.js';
import {
  countOpen,
  countPlay,
  findShareLink,
  findStudentView,
  type ShareLinkRow,
} from './links.repository.js';

// The public side of shared links, for a browser with no session. A link that was never made, has ended or was
// revoked answers the same 404 (nobody learns which); a wrong passphrase changes nothing. The answers hold the
// clip, its words and its title: no case, student, meeting or recording id.

export const LINK_GONE =
  'This link does not work. It may have ended or been turned off. Ask the person who sent it for a new one.';
export const STUDENT_PAGE_GONE =
  'This page does not work. It may have ended or been turned off. Check the code, or ask for a new one.';
export const PASSPHRASE_NEEDED = 'This link has a passphrase. Type the passphrase you were given.';
export const PASSPHRASE_WRONG = 'That passphrase is not right. Check it and try again.';

const audioUrl = (row: ShareLinkRow): string =>
  `/api/links/${row.id}/audio${row.passphrase_hash ? `?pass=${audioPass(row.id, row.passphrase_hash)}` : ''}`;

function publicClip(row: ShareLinkRow): PublicClip {
  return {
    title: row.title,
    audience: row.audience,
    durationMs: Number(row.to_ms) - Number(row.from_ms),
    words: JSON.parse(row.words) as ClipWords[],
    audioUrl: audioUrl(row),
    expiresAt: row.expires_at,
  };
}

async function liveLink(ctx: AppContext, linkId: string): Promise<ShareLinkRow | null> {
  const row = await findShareLink(ctx.storage.db, linkId);
  return row && linkState(row, ctx.now()) === 'active' ? row : null;
}

/** Opens a clip link and counts a play; 404 unless it works, 401/403 without the right passphrase. */
export async function openClipLink(
  ctx: AppContext,
  linkId: string,
  passphrase?: string,
): Promise<PublicClip> {
  const row = await liveLink(ctx, linkId);
  if (!row) {
    // The same work as a passphrase check, so a guessed id cannot be told from a protected one by timing.
    if (passphrase) await burnPasswordCheck(passphrase);
    throw new HttpError(404, LINK_GONE);
  }
  if (row.passphrase_hash !== null) {
    if (!passphrase) throw new HttpError(401, PASSPHRASE_NEEDED);
    if (!(await verifyPassword(row.passphrase_hash, passphrase))) throw new HttpError(403, PASSPHRASE_WRONG);
  }
  await countPlay(ctx.storage.db, row.id);
  return publicClip(row);
}

/** The stored clip of a link that works, when the pass fits (a link with a passphrase needs it). */
export async function clipOfLink(
  ctx: AppContext,
  linkId: string,
  pass: string | undefined,
): Promise<ClipRow> {
  const row = await liveLink(ctx, linkId);
  if (!row) throw new HttpError(404, LINK_GONE);
  if (row.passphrase_hash !== null && pass !== audioPass(row.id, row.passphrase_hash))
    throw new HttpError(401, PASSPHRASE_NEEDED);
  const clip = await findClip(ctx.storage.db, row.case_id, row.clip_id);
  if (!clip) throw new HttpError(404, LINK_GONE);
  return clip;
}

/** The child's page by its link id or its short code; each note keeps its clip while that clip's link works. */
export async function openStudentView(ctx: AppContext, idOrCode: string): Promise<PublicStudentView> {
  const view = await findStudentView(ctx.storage.db, normalizeCode(idOrCode.trim()));
  if (!view || linkState(view, ctx.now()) !== 'active') throw new HttpError(404, STUDENT_PAGE_GONE);
  const items = JSON.parse(view.items) as { note: string; linkId: string | null }[];
  const shown = [];
  for (const item of items) {
    const link = item.linkId === null ? null : await liveLink(ctx, item.linkId);
    // A clip of another case can never be named here (checked when the page was made); this is the second lock.
    shown.push({ note: item.note, clip: link && link.case_id === view.case_id ? publicClip(link) : null });
  }
  await countOpen(ctx.storage.db, view.id);
  return { title: view.title, items: shown, expiresAt: view.expires_at };
}
