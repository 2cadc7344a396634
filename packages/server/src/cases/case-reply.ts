import type { FastifyReply } from 'fastify';
import type { CaseResult } from './case-results.js';
import { HttpError, MESSAGES } from '../http/errors.js';

/** Turns a service result into an answer: not-found 404, invalid 422 with problems, conflict 409. */
export function unwrap<T>(result: CaseResult<T>): T {
  switch (result.kind) {
    case 'ok':
      return result.value;
    case 'not-found':
      throw new HttpError(404, result.message ?? MESSAGES.caseNotFound);
    case 'invalid':
      throw new HttpError(422, 'The case has problems. Fix the ones listed and try again.', result.problems);
    case 'conflict':
      throw new HttpError(409, result.message);
  }
}

export async function sendResult<T>(reply: FastifyReply, result: CaseResult<T>, status = 200): Promise<void> {
  await reply.status(status).send(unwrap(result));
}
