import {
  type ClipLink,
  type CaseLinks,
  type NewClipLinkBody,
  type NewStudentViewBody,
  type StudentView,
} from '@iep/core/contract';
import { ownsCase } from '../cases/case-access.js';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import type { AppContext } from '../context/app-context.js';
import { hashPassword } from '../accounts/passwords.js';
import { newId } from '../ids.js';
import { makeClip } from '../recordings/evidence.service.js';
import { findRecordingById } from '../recordings/recordings.repository.js';
import { RECORDING_NOT_FOUND, recordingOfCase } from '../recordings/recordings.service.js';
import { getTranscriptBundle } from '../transcripts/transcripts.service.js';
import {
  clipPageUrl,
  clipWords,
  expiresAt,
  linkState,
  newStudentCode,
  publicBase,
  studentPageUrl,
} from './link-rules.js';
import {
  codeInUse,
  findCaseShareLink,
  findCaseStudentView,
  findShareLink,
  insertShareLink,
  insertStudentView,
  listShareLinks,
  listStudentViews,
  revokeShareLink,
  revokeStudentView,
  type ShareLinkRow,
  type StudentViewRow,
} from './links.repository.js';

// The owner's side of shared links: make a clip link (the clip is cut once and kept encrypted, its words kept as
// they are now), list the case's links with their plays, revoke them; the same for student views.

export const LINK_NOT_FOUND = 'This link was not found. Reload the page.';
export const STUDENT_VIEW_NOT_FOUND = 'This page for your child was not found. Reload the page.';
const LINK_OF_OTHER_CASE = 'One of the clips was not found. Reload the page and pick it again.';

type LinkDeps = Pick<AppContext, 'config' | 'now'>;

/**
 * `base`: where people open the app. The routes pass IEP_PUBLIC_URL, else the address the request came to (the
 * host guard has checked it); the CLI, IEP_PUBLIC_URL else the address the server listens on.
 */
export function clipLinkView(deps: LinkDeps, row: ShareLinkRow, base = publicBase(deps.config)): ClipLink {
  return {
    id: row.id,
    url: clipPageUrl(base, row.id),
    recordingId: row.recording_id,
    title: row.title,
    audience: row.audience,
    fromMs: Number(row.from_ms),
    toMs: Number(row.to_ms),
    hasPassphrase: row.passphrase_hash !== null,
    plays: Number(row.plays),
    state: linkState(row, deps.now()),
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

export function studentViewView(
  deps: LinkDeps,
  row: StudentViewRow,
  base = publicBase(deps.config),
): StudentView {
  return {
    id: row.id,
    code: row.code,
    url: studentPageUrl(base, row.id),
    title: row.title,
    items: JSON.parse(row.items) as StudentView['items'],
    opens: Number(row.opens),
    state: linkState(row, deps.now()),
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

export async function createClipLink(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  recordingId: string,
  body: NewClipLinkBody & { passphrase?: string | undefined },
  base = publicBase(ctx.config),
): Promise<CaseResult<ClipLink>> {
  const recording = await recordingOfCase(ctx, ownerId, caseId, recordingId);
  if (recording.kind !== 'ok') return recording;
  // MP3 streams straight from the encoder into the encrypted store: no plaintext file on disk at any moment.
  const clip = await makeClip(ctx, recording.value, {
    fromMs: body.fromMs,
    toMs: body.toMs,
    name: `Shared: ${body.title}`,
    format: 'mp3',
  });
  if (clip.kind !== 'ok') return clip;
  const bundle = await getTranscriptBundle(ctx.storage, caseId, recordingId);
  const now = ctx.now();
  const row: Omit<ShareLinkRow, 'plays'> = {
    id: newId(),
    case_id: caseId,
    recording_id: recordingId,
    clip_id: clip.value.id,
    title: body.title.trim(),
    audience: body.audience,
    from_ms: Math.round(body.fromMs),
    to_ms: Math.round(body.toMs),
    words: JSON.stringify(clipWords(bundle?.view.segments ?? [], body.fromMs, body.toMs)),
    passphrase_hash: body.passphrase ? await hashPassword(body.passphrase) : null,
    expires_at: expiresAt(now, body.expiresInDays),
    revoked_at: null,
    created_at: now.toISOString(),
  };
  await insertShareLink(ctx.storage.db, row);
  return ok(clipLinkView(ctx, { ...row, plays: 0 }, base));
}

export async function caseLinks(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  base = publicBase(ctx.config),
): Promise<CaseResult<CaseLinks>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const [links, views] = await Promise.all([
    listShareLinks(ctx.storage.db, caseId),
    listStudentViews(ctx.storage.db, caseId),
  ]);
  return ok({
    links: links.map((row) => clipLinkView(ctx, row, base)),
    studentViews: views.map((row) => studentViewView(ctx, row, base)),
  });
}

/** Revokes at once: the next public request answers 404. Revoking twice is fine (the first time is kept). */
export async function revokeClipLink(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  linkId: string,
): Promise<CaseResult<null>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  const row = await findCaseShareLink(ctx.storage.db, caseId, linkId);
  if (!row) return partNotFound(LINK_NOT_FOUND);
  await revokeShareLink(ctx.storage.db, linkId, ctx.now().toISOString());
  return ok(null);
}

async function freeCode(ctx: AppContext): Promise<string> {
  for (;;) {
    const code = newStudentCode();
    if (!(await codeInUse(ctx.storage.db, code))) return code;
  }
}

export async function createStudentView(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  body: NewStudentViewBody,
  base = publicBase(ctx.config),
): Promise<CaseResult<StudentView>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  for (const item of body.items) {
    if (item.linkId === null) continue;
    if (!(await findCaseShareLink(ctx.storage.db, caseId, item.linkId)))
      return partNotFound(LINK_OF_OTHER_CASE);
  }
  const now = ctx.now();
  const row: Omit<StudentViewRow, 'opens'> = {
    id: newId(),
    case_id: caseId,
    code: await freeCode(ctx),
    title: body.title.trim(),
    items: JSON.stringify(body.items.map((i) => ({ note: i.note.trim(), linkId: i.linkId }))),
    expires_at: expiresAt(now, body.expiresInDays),
    revoked_at: null,
    created_at: now.toISOString(),
  };
  await insertStudentView(ctx.storage.db, row);
  return ok(studentViewView(ctx, { ...row, opens: 0 }, base));
}

export async function revokeStudentViewOf(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  viewId: string,
): Promise<CaseResult<null>> {
  if (!(await ownsCase(ctx.storage, ownerId, caseId))) return notFound;
  if (!(await findCaseStudentView(ctx.storage.db, caseId, viewId)))
    return partNotFound(STUDENT_VIEW_NOT_FOUND);
  await revokeStudentView(ctx.storage.db, viewId, ctx.now().toISOString());
  return ok(null);
}

/** For the CLI, which names only the recording: the link of a recording of one of the user's cases. */
export async function createClipLinkForRecording(
  ctx: AppContext,
  ownerId: string,
  recordingId: string,
  body: NewClipLinkBody,
): Promise<CaseResult<ClipLink>> {
  const recording = await findRecordingById(ctx.storage.db, recordingId);
  if (!recording) return partNotFound(RECORDING_NOT_FOUND);
  const made = await createClipLink(ctx, ownerId, recording.case_id, recordingId, body);
  return made.kind === 'not-found' ? partNotFound(RECORDING_NOT_FOUND) : made;
}

/** For the CLI, which names only the link. Another account's link answers like a missing one. */
export async function revokeClipLinkById(
  ctx: AppContext,
  ownerId: string,
  linkId: string,
): Promise<CaseResult<ClipLink>> {
  const row = await findShareLink(ctx.storage.db, linkId);
  if (!row || !(await ownsCase(ctx.storage, ownerId, row.case_id))) return partNotFound(LINK_NOT_FOUND);
  await revokeShareLink(ctx.storage.db, linkId, ctx.now().toISOString());
  const revoked = await findShareLink(ctx.storage.db, linkId);
  return revoked ? ok(clipLinkView(ctx, revoked)) : partNotFound(LINK_NOT_FOUND);
}
