import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Server as TusServer, type Upload } from '@tus/server';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { JobQueue } from '../jobs/job-queue.js';
import { ACCEPTED_EXTENSIONS, importRecording } from './import.service.js';
import { getStoredCase } from '../cases/cases.service.js';
import { sweepUploads, touchUpload } from '../uploads/abandoned-uploads.js';
import { EncryptedUploadStore, UPLOAD_ID } from '../uploads/encrypted-upload-store.js';
import { MEETING_NOT_FOUND } from '../cases/meetings.service.js';
import { holdsNullCharacter, NULL_CHARACTER } from '../http/null-character.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { securityHeaders } from '../http/security.js';
import { checkCsrf, currentUser } from '../accounts/session.js';
import { checkCaseAccess, recordMemberCall } from '../sharing/case-access-hook.js';
import type { AppContext } from '../context/app-context.js';

// Resumable import (tus 1.0) at /api/uploads. Fastify checks the session and CSRF header (the preHandler of the
// signed-in scope); the case access check (sharing/) and the meeting's check run on creation and on every later
// request (from the upload's stored metadata), so a member removed mid-upload gets 404 on the next piece; then
// the raw request goes to @tus/server. The bytes are kept encrypted
// while they arrive (uploads/encrypted-upload-store.ts, under <dataDir>/uploads). A finished upload is decrypted
// into the private temp folder only for as long as it takes to check it and store its original encrypted; then
// that copy and the upload go, and a normalize job makes the playable audio from the stored original.
// The id that is checked is the id tus acts on: both come from uploadIdFromUrl (tus's own reading takes the last
// "/" piece of the whole URL, query string included, which once let `?x=/<other id>` reach another account's
// upload). tus writes its answers to the raw response, so the security headers are set on it here.

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024;
export const UPLOAD_TYPE =
  'This kind of file cannot be imported. Try an MP3, M4A, WAV, OGG, WebM or AAC file.';

const UPLOADS_PATH = '/api/uploads';
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export const BAD_UPLOAD_ADDRESS = 'This upload address is not right. Start the upload again from the app.';
export const UPLOAD_NOT_FOUND = 'This upload was not found. Start the upload again.';

/**
 * The upload id of a tus URL (`/api/uploads/<id>`), or null for anything else: a query string, more path pieces,
 * encoded slashes. `url` may be a path or a full address.
 */
export function uploadIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost');
  } catch {
    return null;
  }
  if (url.includes('?') || url.includes('#')) return null;
  // No dot segments or other forms the URL parser would rewrite: the path must be exactly what was sent. A full
  // address loses its scheme and host as written (not `parsed.origin`, which drops a default port: tus builds
  // `http://localhost:80/...` from a Host header that names port 80).
  const sent = url.startsWith('/') ? url : url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '');
  if (sent !== parsed.pathname) return null;
  const prefix = `${UPLOADS_PATH}/`;
  if (!parsed.pathname.startsWith(prefix)) return null;
  const id = parsed.pathname.slice(prefix.length);
  return UPLOAD_ID.test(id) ? id : null;
}

/** tus Upload-Metadata: comma-separated "key base64value" pairs. */
export function parseUploadMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key) out[key] = value ? Buffer.from(value, 'base64').toString('utf8') : '';
  }
  return out;
}

export function uploadRoutes(ctx: AppContext, queue: JobQueue): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const directory = path.join(ctx.config.dataDir, 'uploads');
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    fs.chmodSync(directory, 0o700);
    // The app's queue runs the normalize job (registered by buildApp).

    const datastore = new EncryptedUploadStore(directory, ctx.sealed);
    const maxAgeMs = ctx.config.uploadExpiryHours * 3600 * 1000;
    const sweep = () => {
      const { abandoned, plaintext } = sweepUploads(directory, ctx.now(), maxAgeMs);
      if (abandoned.length > 0) app.log.info({ removed: abandoned }, 'removed abandoned uploads');
      if (plaintext.length > 0)
        app.log.warn({ removed: plaintext }, 'removed plain upload files left by an older release');
    };
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', () => {
      sweep();
      timer = setInterval(sweep, SWEEP_EVERY_MS);
      timer.unref();
    });
    app.addHook('onClose', () => {
      if (timer) clearInterval(timer);
    });
    const tus = new TusServer({
      path: UPLOADS_PATH,
      datastore,
      maxSize: MAX_UPLOAD_BYTES,
      relativeLocation: true,
      // The same reading of the id as the ownership check below; undefined makes tus answer 404.
      getFileIdFromRequest: (req) => uploadIdFromUrl(req.url) ?? undefined,
      // The app is same-origin: no Access-Control-Allow-Origin at all (tus would send `*` by default).
      allowedOrigins: () => false,
      // Respond once the part exists: the client reads its status from the recording right after.
      onUploadFinish: async (_req, upload: Upload) => {
        const meta = upload.metadata ?? {};
        // ffprobe needs a file it can seek in (an M4A's index is at its end): a private copy, for this call only.
        const work = fs.mkdtempSync(path.join(ctx.tmpDir, 'upload-'));
        try {
          const file = path.join(work, 'upload');
          await pipeline(datastore.read(upload.id), fs.createWriteStream(file, { mode: 0o600, flags: 'wx' }));
          await importRecording(
            ctx,
            {
              caseId: meta.caseId ?? '',
              meetingId: meta.meetingId ?? '',
              file,
              originalName: meta.filename ?? 'upload',
              uploadedAt: ctx.now(),
              temporaryFile: true,
              clientPartId: `tus-${upload.id}`,
            },
            queue,
          );
        } finally {
          fs.rmSync(work, { recursive: true, force: true });
        }
        // The original is stored encrypted: the upload is not needed any more.
        await datastore.remove(upload.id);
        return {};
      },
    });

    // The case is in the upload's metadata, not the path: the one case access check runs here (members of a shared
    // case as their role allows, anyone else 404), then the case is read as its owner's.
    async function authorize(
      request: FastifyRequest,
      reply: FastifyReply,
      meta: Record<string, string | null | undefined>,
    ) {
      const access = await checkCaseAccess(ctx.storage, request, reply, meta.caseId, ctx.openCalls);
      const stored = await getStoredCase(ctx.storage, access.ownerId, access.caseId);
      if (!stored) throw new HttpError(404, MESSAGES.caseNotFound);
      if (!stored.file.meetings.some((m) => m.id === meta.meetingId))
        throw new HttpError(404, MEETING_NOT_FOUND);
    }

    // Leave the PATCH body unread: tus streams it to the file itself.
    app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

    const handle = async (request: FastifyRequest, reply: FastifyReply) => {
      const signedIn = currentUser(request);
      if (request.method !== 'HEAD' && request.method !== 'GET') checkCsrf(request, signedIn);
      let uploadId: string | null = null;
      if (request.method === 'POST') {
        if (request.url !== UPLOADS_PATH) throw new HttpError(400, BAD_UPLOAD_ADDRESS);
        const header = request.headers['upload-metadata'];
        const meta = parseUploadMetadata(typeof header === 'string' ? header : undefined);
        // The file name is saved as text (null-character.ts).
        if (holdsNullCharacter(meta)) throw new HttpError(400, NULL_CHARACTER);
        await authorize(request, reply, meta);
        const ext = path
          .extname(meta.filename ?? '')
          .slice(1)
          .toLowerCase();
        if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) throw new HttpError(415, UPLOAD_TYPE);
      } else {
        uploadId = uploadIdFromUrl(request.url);
        if (uploadId === null) throw new HttpError(400, BAD_UPLOAD_ADDRESS);
        // Someone else's upload id answers exactly like a missing one.
        const upload = await datastore.getUpload(uploadId).catch(() => null);
        if (!upload) throw new HttpError(404, UPLOAD_NOT_FOUND);
        await authorize(request, reply, upload.metadata ?? {});
      }
      reply.hijack();
      // Merged by Node into the headers tus writes (onSend hooks do not run on a hijacked reply).
      for (const [name, value] of Object.entries(securityHeaders(ctx.config.publicUrl, request.url)))
        reply.raw.setHeader(name, value);
      await tus.handle(request.raw, reply.raw);
      // onSend hooks do not run on a hijacked reply: the member's paper trail is written here.
      await recordMemberCall(ctx.storage, ctx.now, request, reply.raw.statusCode);
      if (uploadId !== null && request.method !== 'DELETE') touchUpload(directory, uploadId, ctx.now());
      else if (request.method === 'POST') {
        const location = reply.raw.getHeader('location');
        const created = typeof location === 'string' ? uploadIdFromUrl(location) : null;
        if (created !== null) touchUpload(directory, created, ctx.now());
      }
    };
    app.post(UPLOADS_PATH, handle);
    for (const method of ['HEAD', 'PATCH', 'DELETE'] as const)
      app.route({ method, url: `${UPLOADS_PATH}/:uploadId`, handler: handle });
  };
}
