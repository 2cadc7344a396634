import { DomainError, type CaseProblem } from '@iep/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { toJsonPath } from '@iep/core';

/** An error whose message is safe and useful to show to the person using the app. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly problems?: CaseProblem[],
  ) {
    super(message);
  }
}

export const MESSAGES = {
  caseNotFound: 'This case was not found. It may have been deleted, or it belongs to another account.',
  signIn: 'Please sign in first.',
  sessionEnded: 'Your session has ended. Please sign in again.',
  csrf: 'This request is missing its security token. Reload the page and try again.',
  badJson: 'The request body is not valid JSON.',
  tooLarge: 'The request is too large. Send less data at a time, or a smaller file.',
  importTooLarge:
    'This case file is too large to import (the limit is 5 MB). Check that it is the right file.',
  rateLimited: 'Too many requests. Wait a minute, then try again.',
  signInRateLimited: 'Too many sign-in attempts. Wait 15 minutes, then try again.',
  serverError: 'Something went wrong on the server. Try again; if it keeps happening, check the server log.',
  checkFields: 'Some fields are not filled in correctly. Fix the ones listed and try again.',
  noSuchApi: 'There is no such API address.',
  mediaType: 'Send the request body as JSON, with the header Content-Type: application/json.',
} as const;

export function zodProblems(error: ZodError): CaseProblem[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}

type AnyError = FastifyError | HttpError | ZodError | DomainError | Error;

/** The one error handler: plain `{error, problems?}` bodies, causes in the log, never a stack trace in a reply. */
export function handleError(error: AnyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = describe(error, request);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ err: error, status }, 'request refused');
  void reply.status(status).type('application/json; charset=utf-8').send(body);
}

function describe(
  error: AnyError,
  request: FastifyRequest,
): { status: number; body: { error: string; problems?: CaseProblem[] } } {
  if (error instanceof HttpError) {
    return {
      status: error.statusCode,
      body: error.problems ? { error: error.message, problems: error.problems } : { error: error.message },
    };
  }
  if (error instanceof ZodError)
    return { status: 400, body: { error: MESSAGES.checkFields, problems: zodProblems(error) } };
  if (error instanceof DomainError) return { status: 400, body: { error: error.message } };
  const code = 'code' in error ? error.code : undefined;
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (statusCode === 400 && error instanceof SyntaxError)
  ) {
    return { status: 400, body: { error: MESSAGES.badJson } };
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
    const isImport = request.url.startsWith('/api/cases/import');
    return { status: 413, body: { error: isImport ? MESSAGES.importTooLarge : MESSAGES.tooLarge } };
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || statusCode === 415)
    return { status: 415, body: { error: MESSAGES.mediaType } };
  if (statusCode === 429) return { status: 429, body: { error: MESSAGES.rateLimited } };
  if (statusCode >= 400 && statusCode < 500) {
    return {
      status: statusCode,
      body: { error: 'The request could not be handled. Check it and try again.' },
    };
  }
  return { status: 500, body: { error: MESSAGES.serverError } };
}
