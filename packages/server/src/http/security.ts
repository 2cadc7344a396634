import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Headers for every answer. The SPA is built by Vite into files under 'self', with no inline scripts, so the
// policy can be strict. Blob URLs are allowed for media and workers because the recorder plays back and
// processes audio it has just captured.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), geolocation=(), microphone=(self)',
  // Nothing of this app belongs in a search engine: not a case, and not a shared clip whose link was passed on.
  'x-robots-tag': 'noindex, nofollow',
};

/** HSTS only when people reach the app over https: on plain http it would be ignored, or lock out a LAN set-up. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Every header an answer carries (also set by hand on the raw tus answers, which skip onSend hooks). */
export function securityHeaders(publicUrl: string | null, url: string): Record<string, string> {
  const headers = { ...SECURITY_HEADERS };
  if (publicUrl?.startsWith('https:')) headers['strict-transport-security'] = HSTS;
  // Answers from the API carry private case data: never keep them in shared or browser caches.
  if (url.startsWith('/api/')) headers['cache-control'] = 'no-store';
  return headers;
}

export function securityHeadersHook(publicUrl: string | null) {
  return (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
    done: (err: null, p: unknown) => void,
  ): void => {
    for (const [name, value] of Object.entries(securityHeaders(publicUrl, request.url)))
      reply.header(name, value);
    done(null, payload);
  };
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Sign-up and sign-in happen before there is a session (so before there is a CSRF token): refuse them when the
 * browser says the request comes from another site. Clients that send neither header (curl, the CLI) pass.
 */
export function isCrossSite(request: FastifyRequest, publicUrl: string | null): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    const url = new URL(origin);
    if (publicUrl !== null && url.origin === new URL(publicUrl).origin) return false;
    return url.host !== request.headers.host;
  } catch {
    return true;
  }
}
