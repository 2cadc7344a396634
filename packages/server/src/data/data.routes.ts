import type { ResponseOf } from '@iep/core/contract';
import fastifyMultipart from '@fastify/multipart';
import { importTemplate, isImportKind, isoDate, toCsv, type ImportKind, type ImportMapping } from '@iep/core';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireOwnedCase } from '../cases/case-access.js';
import {
  addProbe,
  addServiceLogEntry,
  caseAnalysis,
  deleteProbe,
  goalChart,
  probeInput,
  serviceLogInput,
} from './data.service.js';
import { commitImport, previewImport, type ImportUpload } from './imports.service.js';
import { MAX_IMPORT_BYTES, UPLOAD_MESSAGES, UploadError } from './read-upload.js';
import { writeXlsx } from './spreadsheet.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { holdsNullCharacter, NULL_CHARACTER } from '../http/null-character.js';
import { HttpError } from '../http/errors.js';
import { caseParams } from '../cases/cases.routes.js';
import { actingOwnerId, type SessionDeps } from '../accounts/session.js';

// The data check: analysis, goal charts, imports (multipart uploads, scoped to these routes) and manual entry.

const goalParams = caseParams.extend({ goalId: z.string().min(1).max(100) });
const serviceParams = caseParams.extend({ serviceId: z.string().min(1).max(100) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const KIND_MESSAGE = 'Choose what the file holds: probes, progress-reports, service-log or assessments.';

interface Multipart {
  fields: Record<string, string>;
  file: { name: string; data: Buffer } | null;
}

/** Reads the whole multipart body: the first `file` part and the text fields. */
async function readMultipart(request: FastifyRequest): Promise<Multipart> {
  if (!request.isMultipart())
    throw new HttpError(415, 'Send the file as a form upload (multipart/form-data) in a field named "file".');
  const fields: Record<string, string> = {};
  let file: Multipart['file'] = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file' && file === null) file = { name: part.filename || 'upload', data };
      } else fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, UPLOAD_MESSAGES.tooLarge);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new HttpError(413, 'Send one file at a time, with only the kind, mapping and onlyClean fields.');
    throw error;
  }
  // The file's name and the fields are saved as text (null-character.ts).
  if (holdsNullCharacter(fields) || file?.name.includes('\u0000') === true) throw new HttpError(400, NULL_CHARACTER);
  return { fields, file };
}

function uploadFrom(form: Multipart): ImportUpload {
  const kind = form.fields['kind'] ?? '';
  if (!isImportKind(kind)) throw new HttpError(422, KIND_MESSAGE);
  if (form.file === null || form.file.data.length === 0) throw new HttpError(422, UPLOAD_MESSAGES.noFile);
  let mapping: ImportMapping | undefined;
  const raw = form.fields['mapping'];
  if (raw !== undefined && raw.trim() !== '') {
    const parsed = z.record(z.string(), z.string().nullable()).safeParse(safeJson(raw));
    if (!parsed.success)
      throw new HttpError(422, 'The column choices (mapping) must be JSON like {"score": "WCPM"}.');
    mapping = parsed.data;
  }
  return { kind, fileName: form.file.name, data: form.file.data, mapping };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Runs an upload step, turning a refused file into its plain answer. */
async function withUpload<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UploadError) throw new HttpError(error.statusCode, error.message);
    throw error;
  }
}

function routes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  const owner = (request: FastifyRequest) => actingOwnerId(request);
  const ensureCase = async (id: string, request: FastifyRequest) => {
    await requireOwnedCase(storage, owner(request), id);
  };

  app.get('/api/cases/:id/analysis', async (request) => {
    const { id } = caseParams.parse(request.params);
    const { asOf } = asOfQuery.parse(request.query);
    return unwrap(await caseAnalysis(storage, owner(request), id, asOf, deps.now())).analysis satisfies ResponseOf<'GET /api/cases/:id/analysis'>;
  });

  for (const format of ['svg', 'png'] as const) {
    app.get(`/api/cases/:id/goals/:goalId/chart.${format}`, async (request, reply) => {
      const { id, goalId } = goalParams.parse(request.params);
      const { asOf } = asOfQuery.parse(request.query);
      const body = unwrap(
        await goalChart(storage, owner(request), id, goalId, { asOf, now: deps.now(), format }),
      );
      return reply.type(format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png').send(body);
    });
  }

  app.get('/api/import-templates/:file', async (request, reply) => {
    const { file } = z.object({ file: z.string().max(100) }).parse(request.params);
    const dot = file.lastIndexOf('.');
    const kind = file.slice(0, dot);
    const ext = file.slice(dot + 1);
    if (dot < 0 || !isImportKind(kind) || (ext !== 'csv' && ext !== 'xlsx'))
      throw new HttpError(404, `There is no template called "${file}". ${KIND_MESSAGE}`);
    const template = importTemplate(kind as ImportKind);
    const disposition = `attachment; filename="iep-${kind}-template.${ext}"`;
    if (ext === 'csv')
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', disposition)
        .send(toCsv(template.headers, template.example));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', disposition)
      .send(await writeXlsx(kind, template.headers, template.example));
  });

  app.post('/api/cases/:id/imports/preview', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    // The case is looked up before the upload is read: another user's case is a 404 whatever they send.
    await ensureCase(id, request);
    const upload = uploadFrom(await readMultipart(request));
    const result = await withUpload(() => previewImport(storage, owner(request), id, upload));
    return reply.send(unwrap(result) satisfies ResponseOf<'POST /api/cases/:id/imports/preview'>);
  });

  app.post('/api/cases/:id/imports/commit', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await ensureCase(id, request);
    const form = await readMultipart(request);
    const upload = uploadFrom(form);
    const onlyClean = form.fields['onlyClean'] === 'true';
    const version = form.fields['version'];
    const expectedVersion = version === undefined || version === '' ? undefined : Number(version);
    const result = await withUpload(() =>
      commitImport(storage, owner(request), id, { ...upload, onlyClean, expectedVersion }),
    );
    if (result.kind === 'has-problems')
      return reply.status(422).send({ error: result.message, problems: result.problems });
    return reply.send(unwrap(result) satisfies ResponseOf<'POST /api/cases/:id/imports/commit'>);
  });

  app.post('/api/cases/:id/goals/:goalId/probes', async (request, reply) => {
    const { id, goalId } = goalParams.parse(request.params);
    const input = probeInput.parse(request.body);
    await sendResult<ResponseOf<'POST /api/cases/:id/goals/:goalId/probes'>>(reply, await addProbe(storage, owner(request), id, goalId, input), 201);
  });

  app.delete('/api/cases/:id/goals/:goalId/probes/:index', async (request, reply) => {
    const params = goalParams
      .extend({ index: z.coerce.number().int().min(0).max(100_000) })
      .safeParse(request.params);
    if (!params.success)
      throw new HttpError(404, 'There is no score at this place in the list. Reload the case.');
    const { id, goalId, index } = params.data;
    await sendResult<ResponseOf<'DELETE /api/cases/:id/goals/:goalId/probes/:index'>>(reply, await deleteProbe(storage, owner(request), id, goalId, index));
  });

  app.post('/api/cases/:id/services/:serviceId/log', async (request, reply) => {
    const { id, serviceId } = serviceParams.parse(request.params);
    const input = serviceLogInput.parse(request.body);
    await sendResult<ResponseOf<'POST /api/cases/:id/services/:serviceId/log'>>(reply, await addServiceLogEntry(storage, owner(request), id, serviceId, input), 201);
  });
}

/** The data routes as a plugin: multipart is registered inside it, so other routes do not accept uploads. */
export function dataRoutes(deps: SessionDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 100_000, parts: 12 },
    });
    routes(app, deps);
  };
}
