import type { Problem } from '@iep/core/contract';

/** An API failure with the server's plain sentence and, for invalid input, every problem found. */
export class ApiError extends Error {
  readonly status: number;
  readonly problems: Problem[];
  constructor(status: number, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problems = problems;
  }
}

// The CSRF token lives only in memory: a reload asks /api/auth/me for it again.
let csrfToken: string | null = null;
let onSessionEnded: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request gets 401, so the app can send the user back to sign in. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorBody {
  error?: unknown;
  problems?: unknown;
}

function readProblems(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const { path, message } = p as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
  });
}

const FALLBACK: Record<number, string> = {
  401: 'Your session has ended. Please sign in again.',
  404: 'We could not find that. It may have been removed, or it belongs to someone else.',
  409: 'This case changed somewhere else. Reload to see the newest version.',
  413: 'That is too large to send.',
  429: 'Too many tries. Please wait a few minutes and try again.',
};

async function toError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // A proxy or crash may answer without JSON; the fallback sentence still tells the user what to do.
  }
  const message =
    typeof body.error === 'string'
      ? body.error
      : (FALLBACK[response.status] ?? 'Something went wrong on our side. Please try again.');
  return new ApiError(response.status, message, readProblems(body.problems));
}

export interface RequestOptions {
  body?: unknown;
  /** Sign-in and "who am I" expect 401 as a normal answer, not as a session that ended. */
  quiet401?: boolean;
  /** A guest's own CSRF token (guest pages have no account session), instead of the session's. */
  csrf?: string;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const token = options.csrf ?? csrfToken;
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'We could not reach IEP Ready. Check your connection and try again.');
  }
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401 && !options.quiet401) onSessionEnded?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Sends a multipart form (file uploads): the browser sets the content type with its boundary. */
export async function requestForm<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'We could not reach IEP Ready. Check your connection and try again.');
  }
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401) onSessionEnded?.();
    throw error;
  }
  return (await response.json()) as T;
}
