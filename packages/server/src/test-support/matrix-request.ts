import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { STATE_CHANGING } from '../http/security.js';
import type { MatrixRequest } from './route-matrix.js';

/**
 * Sends one matrix request as `session` (or signed out when null): its cookie, the CSRF token on a write when
 * `withCsrf`, a JSON body as JSON and raw bytes as they are. The authorization matrix and the contract
 * conformance test send the same requests, so they send them the same way.
 */
export function injectMatrixRequest(
  app: FastifyInstance,
  method: string,
  request: MatrixRequest,
  session: { cookie: string; csrf: string } | null,
  withCsrf = true,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...request.headers };
  if (session) headers.cookie = session.cookie;
  if (session && withCsrf && STATE_CHANGING.has(method)) headers['x-csrf-token'] = session.csrf;
  let payload: Buffer | string | undefined = request.payload;
  if (payload === undefined && request.body !== undefined) {
    payload = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  return app.inject({
    method: method as 'GET',
    url: request.url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}
