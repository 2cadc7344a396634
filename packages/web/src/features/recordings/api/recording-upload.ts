import type { ChunkAck, NewPartBody, RecordingPart } from '@iep/core/contract';
import { sessionApi } from '../../../api/session';
import { ApiError } from '../../../api/client';
import { UploadError, type Transport } from '../store/recording-queue';
import type { LocalPart } from '../store/recording-store';

// The recorder's HTTP side: raw chunk bytes need their own fetch (the JSON client cannot send them), so the
// CSRF token is asked for here (GET /api/auth/me) and asked again after a 403 (for example after a restart).

let token: Promise<string> | null = null;

export function csrfToken(refresh = false): Promise<string> {
  if (refresh || !token) {
    token = sessionApi.me().then((s) => s.csrfToken);
    token.catch(() => {
      token = null;
    });
  }
  return token;
}

async function send(method: 'POST' | 'PUT', path: string, body: BodyInit, type: string): Promise<Response> {
  for (let round = 0; round < 2; round += 1) {
    let csrf: string;
    try {
      csrf = await csrfToken(round > 0);
    } catch (e) {
      throw new UploadError(e instanceof ApiError ? e.status : 0, 'We could not reach IEP Ready.');
    }
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers: { 'content-type': type, 'x-csrf-token': csrf, accept: 'application/json' },
        credentials: 'same-origin',
        body,
      });
    } catch {
      throw new UploadError(0, 'We could not reach IEP Ready.');
    }
    if (response.status === 403 && round === 0) continue;
    if (!response.ok) {
      let message = 'The server did not take this piece of the recording.';
      let reason: string | undefined;
      try {
        const parsed = (await response.json()) as { error?: unknown; reason?: unknown };
        if (typeof parsed.error === 'string') message = parsed.error;
        if (typeof parsed.reason === 'string') reason = parsed.reason;
      } catch {
        // No JSON (a proxy, a restart): the status says enough.
      }
      throw new UploadError(response.status, message, reason);
    }
    return response;
  }
  throw new UploadError(403, 'Your session has ended. Please sign in again.');
}

const caseBase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function httpTransport(caseId: string): Transport {
  return {
    async createPart(part: LocalPart) {
      const body: NewPartBody = {
        clientPartId: part.clientPartId,
        startedAt: part.startedAt,
        mimeType: part.mimeType,
        device: navigator.userAgent.slice(0, 200),
      };
      const response = await send(
        'POST',
        `${caseBase(caseId)}/meetings/${encodeURIComponent(part.meetingId)}/recording/parts`,
        JSON.stringify(body),
        'application/json',
      );
      return ((await response.json()) as RecordingPart).id;
    },
    async putChunk(serverPartId, seq, data) {
      const response = await send(
        'PUT',
        `${caseBase(caseId)}/recording-parts/${encodeURIComponent(serverPartId)}/chunks/${seq}`,
        data,
        'application/octet-stream',
      );
      return (await response.json()) as ChunkAck;
    },
    async finish(serverPartId, lastSeq) {
      await send(
        'POST',
        `${caseBase(caseId)}/recording-parts/${encodeURIComponent(serverPartId)}/finish`,
        JSON.stringify({ lastSeq }),
        'application/json',
      );
    },
  };
}
