import type { ResponseOf } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { deleteCaseAndFiles } from './case-removal.service.js';
import {
  createCase,
  exportCaseFile,
  getStoredCaseJson,
  importCaseFile,
  listCases,
  replaceCaseFile,
} from './cases.service.js';
import { addClosure, addMeeting, deleteClosure, deleteMeeting, updateMeeting } from './meetings.service.js';
import { sendResult } from './case-reply.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { actingOwnerId, type SessionDeps } from '../accounts/session.js';
import type { AppContext } from '../context/app-context.js';

export const caseParams = z.object({ id: z.string().min(1).max(100) });
const meetingParams = caseParams.extend({ meetingId: z.string().min(1).max(100) });
const closureParams = caseParams.extend({ index: z.coerce.number().int().min(0).max(100_000) });
const newCaseBody = z.object({ student: z.unknown(), parents: z.unknown() });
const replaceBody = z.object({ version: z.number().int().min(1), file: z.unknown() });

const INVALID_CASE = 'The case file has problems, so nothing was saved. Fix the ones listed and try again.';

/** A file name made only of safe characters, from the student's name. */
export function exportFileName(studentName: string): string {
  const base = studentName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${base === '' ? 'case' : base}.iep-case.json`;
}

/** Routes on cases and the meetings and closures inside them. Registered behind requireSession. */
export function caseRoutes(
  app: FastifyInstance,
  deps: SessionDeps & Pick<AppContext, 'blobs' | 'settle'>,
): void {
  const { storage } = deps;

  app.get(
    '/api/cases',
    async (request) =>
      ({
        cases: await listCases(storage, actingOwnerId(request), deps.now()),
      }) satisfies ResponseOf<'GET /api/cases'>,
  );

  app.post('/api/cases', async (request, reply) => {
    const body = newCaseBody.parse(request.body);
    const result = await createCase(storage, actingOwnerId(request), body);
    if (!result.ok) throw new HttpError(422, INVALID_CASE, result.problems);
    return reply.status(201).send({ id: result.id } satisfies ResponseOf<'POST /api/cases'>);
  });

  app.post('/api/cases/import', { bodyLimit: deps.config.importLimitBytes }, async (request, reply) => {
    const result = await importCaseFile(storage, actingOwnerId(request), request.body);
    if (!result.ok) throw new HttpError(422, INVALID_CASE, result.problems);
    return reply.status(201).send({ id: result.id } satisfies ResponseOf<'POST /api/cases/import'>);
  });

  app.get('/api/cases/:id', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const json = await getStoredCaseJson(storage, actingOwnerId(request), id);
    if (json === null) throw new HttpError(404, MESSAGES.caseNotFound);
    return reply.type('application/json; charset=utf-8').send(json);
  });

  app.put('/api/cases/:id', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const body = replaceBody.parse(request.body);
    await sendResult<ResponseOf<'PUT /api/cases/:id'>>(
      reply,
      await replaceCaseFile(storage, actingOwnerId(request), id, body.version, body.file),
    );
  });

  app.delete('/api/cases/:id', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    if (!(await deleteCaseAndFiles(deps, actingOwnerId(request), id)))
      throw new HttpError(404, MESSAGES.caseNotFound);
    return reply.status(204).send();
  });

  app.get('/api/cases/:id/export', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    const file = await exportCaseFile(storage, actingOwnerId(request), id);
    if (!file) throw new HttpError(404, MESSAGES.caseNotFound);
    return reply
      .header('content-disposition', `attachment; filename="${exportFileName(file.student.name)}"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(file, null, 2));
  });

  app.post('/api/cases/:id/meetings', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/meetings'>>(
      reply,
      await addMeeting(storage, actingOwnerId(request), id, request.body),
      201,
    );
  });

  app.put('/api/cases/:id/meetings/:meetingId', async (request, reply) => {
    const { id, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'PUT /api/cases/:id/meetings/:meetingId'>>(
      reply,
      await updateMeeting(storage, actingOwnerId(request), id, meetingId, request.body),
    );
  });

  app.delete('/api/cases/:id/meetings/:meetingId', async (request, reply) => {
    const { id, meetingId } = meetingParams.parse(request.params);
    await sendResult<ResponseOf<'DELETE /api/cases/:id/meetings/:meetingId'>>(
      reply,
      await deleteMeeting(storage, actingOwnerId(request), id, meetingId),
    );
  });

  app.post('/api/cases/:id/closures', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'POST /api/cases/:id/closures'>>(
      reply,
      await addClosure(storage, actingOwnerId(request), id, request.body),
      201,
    );
  });

  app.delete('/api/cases/:id/closures/:index', async (request, reply) => {
    const params = closureParams.safeParse(request.params);
    if (!params.success)
      throw new HttpError(404, 'There is no closure at this place in the list. Reload the case.');
    const { id, index } = params.data;
    await sendResult<ResponseOf<'DELETE /api/cases/:id/closures/:index'>>(
      reply,
      await deleteClosure(storage, actingOwnerId(request), id, index),
    );
  });
}
