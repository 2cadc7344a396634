import fastifyMultipart from '@fastify/multipart';
import { caseSearchQuerySchema, documentPatchBodySchema, type ResponseOf } from '@iep/core/contract';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actingOwnerId } from '../accounts/session.js';
import { requireOwnedCase } from '../cases/case-access.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { caseParams } from '../cases/cases.routes.js';
import type { AppContext } from '../context/app-context.js';
import { slug } from '../documents/dates-and-names.js';
import { HttpError } from '../http/errors.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { searchWholeCase } from './case-search.js';
import { documentCheckRoutes } from './document-checks.routes.js';
import {
  addDocument,
  caseDocuments,
  deleteDocument,
  documentOfCase,
  documentWithPages,
  patchDocument,
  retryDocument,
  tooBig,
} from './documents.service.js';
import { noticeCheckOf } from './notice-check.service.js';
import { readDocumentJob } from './read-document.job.js';
import { extensionOf } from './sniff.js';
import { holdsNullCharacter, NULL_CHARACTER } from '../http/null-character.js';
import { parseUploadFields, UPLOAD_FIELD_NAMES } from './upload-fields.js';

// The binder's routes: documents of a case (multipart upload, streamed into the encrypted store), their text and
// files, and the one search over documents and transcripts. Multipart is registered inside this plugin only.

const documentParams = caseParams.extend({ documentId: z.string().min(1).max(100) });
const NO_FILE = 'Choose a file to add: send it as a form upload in a field named "file".';
const ONE_FILE = 'Send one file at a time, in the field named "file".';
const SEND_AS_FORM = 'Send the file as a form upload (multipart/form-data) in a field named "file".';

async function receiveDocument(
  ctx: AppContext,
  jobs: JobQueue,
  caseId: string,
  request: FastifyRequest,
): Promise<{ body: ResponseOf<'POST /api/cases/:id/documents'>; created: boolean }> {
  if (!request.isMultipart()) throw new HttpError(415, SEND_AS_FORM);
  const fields: Record<string, string> = {};
  const parts = request.parts()[Symbol.asyncIterator]();
  /** The next part of the form: a text field is taken in (and its name checked), a file handed back. */
  const nextFile = async () => {
    for (;;) {
      const next = await parts.next();
      if (next.done === true) return null;
      const part = next.value;
      if (part.type === 'file') return part;
      if (!(UPLOAD_FIELD_NAMES as readonly string[]).includes(part.fieldname))
        throw new HttpError(422, `The field "${part.fieldname.slice(0, 40)}" is not one a document takes.`);
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
    }
  };
  try {
    const file = await nextFile();
    if (file === null) throw new HttpError(422, NO_FILE);
    if (file.fieldname !== 'file') {
      file.file.resume();
      throw new HttpError(422, ONE_FILE);
    }
    // The name and the fields are saved as text (null-character.ts).
    if (file.filename.includes('\u0000')) {
      file.file.resume();
      throw new HttpError(400, NULL_CHARACTER);
    }
    const added = await addDocument(
      ctx,
      jobs,
      caseId,
      { fileName: file.filename || 'document', stream: file.file, truncated: () => file.file.truncated },
      // Checked once the file is stored, with the fields that came after it too (curl -F puts them there).
      async () => {
        const another = await nextFile();
        if (another !== null) {
          another.file.resume();
          throw new HttpError(422, ONE_FILE);
        }
        if (holdsNullCharacter(fields)) throw new HttpError(400, NULL_CHARACTER);
        return parseUploadFields(fields);
      },
    );
    return { body: added.added, created: added.created };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, tooBig(ctx.config.documentLimitBytes));
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new HttpError(413, 'Send one file at a time, with only its name, kind, tab and dates.');
    throw error;
  }
}

/** Content-Disposition for a name the parent chose: an ASCII fallback and the exact name (RFC 6266). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ext = extensionOf(fileName);
  const ascii = `${slug(fileName.replace(/\.[^.]+$/, '')) || 'document'}${ext ? `.${ext.replace(/[^a-z0-9]/g, '')}` : ''}`;
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function routes(app: FastifyInstance, ctx: AppContext, jobs: JobQueue): void {
  const owner = (request: FastifyRequest) => actingOwnerId(request);

  app.get('/api/cases/:id/documents', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/documents'>>(
      reply,
      await caseDocuments(ctx, owner(request), id),
    );
  });

  app.post('/api/cases/:id/documents', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await requireOwnedCase(ctx.storage, owner(request), id);
    const { body, created } = await receiveDocument(ctx, jobs, id, request);
    return reply.status(created ? 201 : 200).send(body);
  });

  app.get('/api/cases/:id/documents/:documentId', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/documents/:documentId'>>(
      reply,
      await documentWithPages(ctx, owner(request), id, documentId),
    );
  });

  app.patch('/api/cases/:id/documents/:documentId', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    const patch = documentPatchBodySchema.parse(request.body);
    await sendResult<ResponseOf<'PATCH /api/cases/:id/documents/:documentId'>>(
      reply,
      await patchDocument(ctx, owner(request), id, documentId, patch),
    );
  });

  app.delete('/api/cases/:id/documents/:documentId', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    unwrap(await deleteDocument(ctx, owner(request), id, documentId));
    return reply.status(204).send();
  });

  app.get('/api/cases/:id/documents/:documentId/file', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    const row = unwrap(await documentOfCase(ctx, owner(request), id, documentId));
    // Pictures and PDFs open in the browser; anything else (text, email, Word) downloads, so no uploaded file is
    // ever shown as a page of this site.
    const inline = row.media_type.startsWith('image/') || row.media_type === 'application/pdf';
    return reply
      .type(row.format === 'text' ? 'text/plain; charset=utf-8' : row.media_type)
      .header('content-disposition', disposition(inline ? 'inline' : 'attachment', row.file_name))
      .header('content-length', String(row.bytes))
      .header('x-content-sha256', row.sha256)
      .header('cache-control', 'private, no-store')
      .send(ctx.blobs.openRead(row.blob_id));
  });

  app.post('/api/cases/:id/documents/:documentId/retry', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/documents/:documentId/retry'>>(
      reply,
      await retryDocument(ctx, jobs, owner(request), id, documentId),
      202,
    );
  });

  app.get('/api/cases/:id/documents/:documentId/notice-check', async (request, reply) => {
    const { id, documentId } = documentParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/documents/:documentId/notice-check'>>(
      reply,
      await noticeCheckOf(ctx, owner(request), id, documentId),
    );
  });

  app.get('/api/cases/:id/search', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const query = caseSearchQuerySchema.parse(request.query);
    await sendResult<ResponseOf<'GET /api/cases/:id/search'>>(
      reply,
      await searchWholeCase(ctx.storage, owner(request), id, query),
    );
  });
}

/** The binder's routes as a plugin, with its reading job registered on the app's queue. */
export function binderRoutes(ctx: AppContext, jobs: JobQueue): FastifyPluginAsync {
  jobs.register(readDocumentJob(ctx));
  return async (app) => {
    await app.register(fastifyMultipart, {
      limits: {
        fileSize: ctx.config.documentLimitBytes,
        files: 1,
        fields: UPLOAD_FIELD_NAMES.length,
        fieldSize: 1000,
        parts: 8,
      },
    });
    routes(app, ctx, jobs);
    documentCheckRoutes(app, ctx);
  };
}
