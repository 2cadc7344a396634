import {
  LETTER_FORMATS,
  NOTES_FORMATS,
  type ResponseOf,
  type arrivalBodySchema,
  type draftAppendBodySchema,
  type draftBodySchema,
  type letterFileBodySchema,
  type markFileSentBodySchema,
  type markLetterSentBodySchema,
  type notesQuerySchema,
  type previewBodySchema,
} from '@iep/core/contract';
import { LETTER_KIND_INFO, LETTER_KINDS, SEND_METHODS, isLetterKind, type LetterKind } from '@iep/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CONTENT_TYPES } from './letter-layout.js';
import {
  appendToDraft,
  getDraft,
  getLetterFile,
  letterNotesFile,
  listLetters,
  makeLetterFile,
  previewLetter,
  putDraft,
} from './letters.service.js';
import { markLetterSent, markLetterSentBy, setLetterArrival } from './letters-sent.service.js';
import { caseTimeline } from '../cases/timeline.service.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { HttpError } from '../http/errors.js';
import { actingMember, actingOwnerId, currentUser, type SessionDeps } from '../accounts/session.js';
import { caseParams } from '../cases/cases.routes.js';

// Letters of a case: interview drafts, preview, files (stored byte for byte) and the record of sending.
// Registered behind requireSession, which also checks the CSRF token on every write.

/** A route's own check (with its plain messages) must give what the contract's schema gives. */
type Wire<S extends z.ZodType> = z.ZodType<z.output<S>>;

const kindParams = caseParams.extend({ kind: z.string().min(1).max(60) });
const fileParams = caseParams.extend({ fileId: z.string().min(1).max(100) });
const meetingId = z.string().max(100).optional();
const isoInstant = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `Write ${what} as an ISO date and time with a zone, like 2026-11-23T15:00:00-06:00.`,
  });
const answers = z.record(z.string().max(100), z.unknown(), { error: 'Send answers as an object.' });
const draftBody = z.strictObject({ meetingId, answers }) satisfies Wire<typeof draftBodySchema>;
const appendBody = z.strictObject({
  meetingId,
  field: z.string().min(1).max(100),
  items: z.array(z.unknown()).min(1, 'Send at least one item to add.').max(500),
}) satisfies Wire<typeof draftAppendBodySchema>;
const previewBody = z.strictObject({
  meetingId,
  answers: answers.optional(),
  now: isoInstant('now').optional(),
}) satisfies Wire<typeof previewBodySchema>;
const fileBody = z.strictObject({
  meetingId,
  format: z.enum(LETTER_FORMATS, {
    error: 'Pick a format: pdf, docx, txt or eml.',
  }),
}) satisfies Wire<typeof letterFileBodySchema>;
const method = z.enum(SEND_METHODS, {
  error: 'Say how you sent it: email, mail, hand-delivery, fax or portal.',
});
const receivedOn = z.iso.date({ error: 'Write the day it arrived as a real date, like 2026-11-25.' });
const sentBody = z.strictObject({
  sentAt: isoInstant('the time you sent it'),
  method,
  receivedOn: receivedOn.optional(),
}) satisfies Wire<typeof markFileSentBodySchema>;
const sentByMethodBody = z.strictObject({
  meetingId,
  sentAt: isoInstant('the time you sent it'),
  method,
  fileId: z.string().min(1).max(100).optional(),
  receivedOn: receivedOn.optional(),
}) satisfies Wire<typeof markLetterSentBodySchema>;
const sentParams = caseParams.extend({ sentId: z.string().min(1).max(100) });
const arrivalBody = z.strictObject({ receivedOn }) satisfies Wire<typeof arrivalBodySchema>;
const draftQuery = z.object({ meetingId });
const notesQuery = z.object({
  meetingId,
  format: z
    .enum(NOTES_FORMATS, {
      error: 'Pick a format for the notes: pdf or txt.',
    })
    .default('pdf'),
}) satisfies Wire<typeof notesQuerySchema>;

const MISSING_FACTS = 'This letter cannot be made yet. Add what is listed, then try again.';
// A little slack for clocks that differ; a letter cannot be sent tomorrow.
const FUTURE_SLACK_MS = 10 * 60 * 1000;

function checkSentAt(sentAt: string, now: Date): void {
  if (Date.parse(sentAt) > now.getTime() + FUTURE_SLACK_MS)
    throw new HttpError(422, 'The time sent is in the future. Give the time you actually sent the letter.');
}

function letterKind(kind: string): LetterKind {
  if (!isLetterKind(kind)) {
    throw new HttpError(
      404,
      `We do not know a letter called "${kind}". Known letters: ${LETTER_KINDS.join(', ')}.`,
    );
  }
  return kind;
}

export function letterRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  const now = () => deps.now().toISOString();

  app.get(
    '/api/letters/kinds',
    () =>
      ({
        kinds: LETTER_KINDS.map((k) => LETTER_KIND_INFO[k]),
      }) satisfies ResponseOf<'GET /api/letters/kinds'>,
  );

  app.get('/api/cases/:id/letters', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/letters'>>(
      reply,
      await listLetters(storage, actingOwnerId(request), id),
    );
  });

  app.get('/api/cases/:id/letters/:kind/draft', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const query = draftQuery.parse(request.query);
    const ownerId = actingOwnerId(request);
    await sendResult<ResponseOf<'GET /api/cases/:id/letters/:kind/draft'>>(
      reply,
      await getDraft(
        storage,
        ownerId,
        id,
        letterKind(kind),
        query.meetingId ?? '',
        currentUser(request).user.id,
      ),
    );
  });

  app.put('/api/cases/:id/letters/:kind/draft', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const body = draftBody.parse(request.body);
    const result = await putDraft(storage, {
      ownerId: actingOwnerId(request),
      caseId: id,
      kind: letterKind(kind),
      meetingId: body.meetingId ?? '',
      answers: body.answers,
      now: now(),
      by: actingMember(request),
    });
    await sendResult<ResponseOf<'PUT /api/cases/:id/letters/:kind/draft'>>(reply, result);
  });

  app.post('/api/cases/:id/letters/:kind/draft/append', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const body = appendBody.parse(request.body);
    const result = await appendToDraft(storage, {
      ownerId: actingOwnerId(request),
      caseId: id,
      kind: letterKind(kind),
      meetingId: body.meetingId ?? '',
      field: body.field,
      items: body.items,
      now: now(),
      by: actingMember(request),
    });
    await sendResult<ResponseOf<'POST /api/cases/:id/letters/:kind/draft/append'>>(reply, result);
  });

  app.post('/api/cases/:id/letters/:kind/preview', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const body = previewBody.parse(request.body ?? {});
    const result = await previewLetter(storage, {
      ownerId: actingOwnerId(request),
      caseId: id,
      kind: letterKind(kind),
      meetingId: body.meetingId ?? '',
      ...(body.answers ? { answers: body.answers } : {}),
      now: body.now ?? now(),
    });
    await sendResult<ResponseOf<'POST /api/cases/:id/letters/:kind/preview'>>(reply, result);
  });

  app.post('/api/cases/:id/letters/:kind/files', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const body = fileBody.parse(request.body);
    const made = unwrap(
      await makeLetterFile(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        kind: letterKind(kind),
        meetingId: body.meetingId ?? '',
        format: body.format,
        now: now(),
      }),
    );
    if ('problem' in made) {
      return made.problem === 'missing'
        ? reply.status(422).send({ error: MISSING_FACTS, missing: made.missing })
        : reply.status(422).send({ error: made.message, missing: [] });
    }
    return reply.status(201).send(made satisfies ResponseOf<'POST /api/cases/:id/letters/:kind/files'>);
  });

  app.get('/api/cases/:id/letter-files/:fileId', async (request, reply) => {
    const { id, fileId } = fileParams.parse(request.params);
    const file = unwrap(await getLetterFile(storage, actingOwnerId(request), id, fileId));
    return (
      reply
        .type(CONTENT_TYPES[file.format])
        // The stored file name is made of [a-z0-9.-] only (letterFileName), so it needs no quoting rules.
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, no-store')
        .send(file.content)
    );
  });

  app.post('/api/cases/:id/letter-files/:fileId/sent', async (request, reply) => {
    const { id, fileId } = fileParams.parse(request.params);
    const body = sentBody.parse(request.body);
    checkSentAt(body.sentAt, deps.now());
    const result = await markLetterSent(storage, {
      ownerId: actingOwnerId(request),
      caseId: id,
      fileId,
      sentAt: body.sentAt,
      method: body.method,
      receivedOn: body.receivedOn,
      now: now(),
    });
    await sendResult<ResponseOf<'POST /api/cases/:id/letter-files/:fileId/sent'>>(reply, result, 201);
  });

  // The day a letter arrived (by mail only the parent knows it): the plan's clocks that start on receipt count from it.
  app.put('/api/cases/:id/sent-letters/:sentId/arrival', async (request, reply) => {
    const { id, sentId } = sentParams.parse(request.params);
    const body = arrivalBody.parse(request.body);
    await sendResult<ResponseOf<'PUT /api/cases/:id/sent-letters/:sentId/arrival'>>(
      reply,
      await setLetterArrival(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        sentId,
        receivedOn: body.receivedOn,
        now: now(),
      }),
    );
  });

  // How it was sent picks the file that went (the .eml for an email, the PDF for the post), unless one is named.
  app.post('/api/cases/:id/letters/:kind/sent', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const body = sentByMethodBody.parse(request.body);
    checkSentAt(body.sentAt, deps.now());
    const sent = unwrap(
      await markLetterSentBy(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        kind: letterKind(kind),
        meetingId: body.meetingId ?? '',
        method: body.method,
        ...(body.fileId === undefined ? {} : { fileId: body.fileId }),
        sentAt: body.sentAt,
        receivedOn: body.receivedOn,
        now: now(),
      }),
    );
    if ('problem' in sent) {
      return sent.problem === 'missing'
        ? reply.status(422).send({ error: MISSING_FACTS, missing: sent.missing })
        : reply.status(422).send({ error: sent.message, missing: [] });
    }
    return reply.status(201).send(sent satisfies ResponseOf<'POST /api/cases/:id/letters/:kind/sent'>);
  });

  // The "Notes for you" page of the saved draft: for the parent to print, never part of what is sent.
  app.get('/api/cases/:id/letters/:kind/notes', async (request, reply) => {
    const { id, kind } = kindParams.parse(request.params);
    const query = notesQuery.parse(request.query);
    const notes = unwrap(
      await letterNotesFile(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        kind: letterKind(kind),
        meetingId: query.meetingId ?? '',
        format: query.format,
        now: now(),
      }),
    );
    if ('problem' in notes) {
      return notes.problem === 'missing'
        ? reply.status(422).send({ error: MISSING_FACTS, missing: notes.missing })
        : reply.status(422).send({ error: notes.message, missing: [] });
    }
    return reply
      .type(notes.contentType)
      .header('content-disposition', `attachment; filename="${notes.filename}"`)
      .header('cache-control', 'private, no-store')
      .send(notes.bytes);
  });

  app.get('/api/cases/:id/timeline', async (request, reply) => {
    const { id } = caseParams.parse(request.params);
    await sendResult<ResponseOf<'GET /api/cases/:id/timeline'>>(
      reply,
      await caseTimeline(storage, actingOwnerId(request), id),
    );
  });
}
